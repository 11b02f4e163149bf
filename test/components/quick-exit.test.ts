import { elementUpdated, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../../src/components/quick-exit/nwd-quick-exit.js';
import type { NwdQuickExit } from '../../src/components/quick-exit/quick-exit.js';
import { navigation } from '../../src/components/quick-exit/navigation.js';
import { registerStrings } from '../../src/core/i18n.js';
import { DEFAULT_EXIT_URL } from '../../src/engines/quick-exit/destination.js';
import { clickOn, emulate, findAx } from '../helpers.js';

const TARGET = 'https://www.example.org/neutral';
const control = (el: NwdQuickExit) => el.shadowRoot!.querySelector<HTMLAnchorElement>('[part="button"]')!;
const status = (el: NwdQuickExit) => el.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim();
const overlay = () => document.querySelector<HTMLElement>('.nwd-exit-overlay');
const press = async (key: string, times = 1) => {
  for (let i = 0; i < times; i++) await sendKeys({ press: key });
};

describe('<nwd-quick-exit>', () => {
  let go: sinon.SinonStub;

  beforeEach(() => {
    go = sinon.stub(navigation, 'go');
  });

  afterEach(async () => {
    sinon.restore();
    // Back to a usable page, the way a Back navigation does it.
    window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
    await emulate();
  });

  describe('renders', () => {
    it('a link, in the role of a button, named "Emergency Exit this page"', async () => {
      const el = await fixture<NwdQuickExit>(html`<nwd-quick-exit href=${TARGET}></nwd-quick-exit>`);
      const link = control(el);
      expect(link.localName).to.equal('a');
      expect(link.href).to.equal(TARGET);
      expect(link.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Emergency Exit this page');
      expect(await findAx('nwd-quick-exit', 'button', 'Emergency Exit this page')).to.not.equal(null);
    });

    it('shows only "Exit this page": "Emergency" is for screen readers', async () => {
      const el = await fixture<NwdQuickExit>(html`<nwd-quick-exit></nwd-quick-exit>`);
      const hidden = control(el).querySelector('.visually-hidden')!;
      expect(hidden.textContent!.trim()).to.equal('Emergency');
      expect(hidden.getBoundingClientRect().width).to.be.at.most(1);
    });

    it('takes the destination from the fallback link when there is no href attribute', async () => {
      const el = await fixture<NwdQuickExit>(
        html`<nwd-quick-exit><a href="https://www.bbc.co.uk/news">Exit this page</a></nwd-quick-exit>`,
      );
      expect(control(el).href).to.equal('https://www.bbc.co.uk/news');
      // the fallback link is not shown twice after upgrade
      expect(el.querySelector('a')!.getBoundingClientRect().height).to.equal(0);
    });

    it('goes to BBC Weather by default', async () => {
      const el = await fixture<NwdQuickExit>(html`<nwd-quick-exit></nwd-quick-exit>`);
      expect(control(el).href).to.equal(DEFAULT_EXIT_URL);
    });

    it('is at least 44 by 44 pixels and sticks to the top of the viewport', async () => {
      const el = await fixture<NwdQuickExit>(html`<nwd-quick-exit></nwd-quick-exit>`);
      const box = control(el).getBoundingClientRect();
      expect(box.width).to.be.at.least(44);
      expect(box.height).to.be.at.least(44);
      expect(getComputedStyle(el).position).to.equal('sticky');
      expect(getComputedStyle(el).top).to.equal('0px');
    });

    it('sticks to the bottom with position="bottom"', async () => {
      const el = await fixture<NwdQuickExit>(html`<nwd-quick-exit position="bottom"></nwd-quick-exit>`);
      expect(getComputedStyle(el).bottom).to.equal('0px');
      expect(getComputedStyle(el).top).to.equal('auto');
    });

    it('fits a 320px screen with text at 200%', async () => {
      await setViewport({ width: 320, height: 640 });
      document.documentElement.style.fontSize = '200%';
      try {
        const el = await fixture<NwdQuickExit>(html`<nwd-quick-exit></nwd-quick-exit>`);
        const link = control(el);
        expect(link.getBoundingClientRect().right).to.be.at.most(320);
        expect(link.scrollWidth).to.be.at.most(link.clientWidth);
        expect(document.documentElement.scrollWidth).to.be.at.most(320);
      } finally {
        document.documentElement.style.fontSize = '';
        await setViewport({ width: 800, height: 600 });
      }
    });

    it('is hidden in print', async () => {
      const el = await fixture<NwdQuickExit>(html`<nwd-quick-exit></nwd-quick-exit>`);
      await emulate({ print: true });
      expect(getComputedStyle(el).display).to.equal('none');
    });
  });

  describe('activation', () => {
    it('fires nwd-exit, then covers the page, then navigates, all before the click returns', async () => {
      const el = await fixture<NwdQuickExit>(html`<div><p>Sensitive text</p><nwd-quick-exit href=${TARGET}></nwd-quick-exit></div>`);
      const qe = el.querySelector('nwd-quick-exit')!;
      const steps: string[] = [];
      qe.addEventListener('nwd-exit', (event) => {
        steps.push(`event:${event.detail.trigger}:${event.detail.href}:${overlay() ? 'covered' : 'visible'}`);
      });
      go.callsFake((url: string, mode: string) => {
        const cover = overlay()!;
        steps.push(`navigate:${url}:${mode}:${cover.getAttribute('role')}:${cover.textContent}:${el.checkVisibility() ? 'visible' : 'hidden'}`);
      });
      await clickOn(control(qe));
      expect(steps).to.deep.equal([`event:click:${TARGET}:visible`, `navigate:${TARGET}:replace:alert:Loading.:hidden`]);
    });

    it('leaves the page hidden from assistive technology: only "Loading." remains', async () => {
      const el = await fixture<NwdQuickExit>(html`<nwd-quick-exit href=${TARGET}></nwd-quick-exit>`);
      control(el).click();
      expect(await findAx('body', 'button')).to.equal(null);
      expect(overlay()!.textContent).to.equal('Loading.');
      const cover = overlay()!.getBoundingClientRect();
      expect([cover.width, cover.height]).to.deep.equal([innerWidth, innerHeight]);
    });

    it('works from the keyboard with Enter and with Space', async () => {
      const el = await fixture<NwdQuickExit>(html`<nwd-quick-exit href=${TARGET}></nwd-quick-exit>`);
      control(el).focus();
      await press('Enter');
      expect(go.calledOnceWith(TARGET, 'replace')).to.equal(true);
      window.dispatchEvent(new PageTransitionEvent('pageshow'));
      control(el).focus();
      await press('Space');
      expect(go.callCount).to.equal(2);
    });

    it('is reached by Tab and shows a visible focus highlight', async () => {
      const el = await fixture<NwdQuickExit>(html`<nwd-quick-exit></nwd-quick-exit>`);
      await press('Tab');
      expect(el.shadowRoot!.activeElement).to.equal(control(el));
      expect(getComputedStyle(control(el)).backgroundColor).to.equal('rgb(255, 221, 0)');
    });

    it('never deletes stored data or touches the title (an accidental exit must cost nothing)', async () => {
      localStorage.setItem('nwd-test', 'plan');
      sessionStorage.setItem('nwd-test', 'draft');
      const title = document.title;
      await fixture<NwdQuickExit>(html`<nwd-quick-exit></nwd-quick-exit>`);
      await press('Shift', 3);
      expect(go.calledOnce).to.equal(true);
      expect([localStorage.getItem('nwd-test'), sessionStorage.getItem('nwd-test'), document.title]).to.deep.equal(['plan', 'draft', title]);
      localStorage.removeItem('nwd-test');
      sessionStorage.removeItem('nwd-test');
    });

    it('uses location.assign with mode="assign"', async () => {
      const el = await fixture<NwdQuickExit>(html`<nwd-quick-exit href=${TARGET} mode="assign"></nwd-quick-exit>`);
      control(el).click();
      expect(go.calledOnceWith(TARGET, 'assign')).to.equal(true);
    });

    it('stays on the page when a listener cancels nwd-exit', async () => {
      const el = await fixture<NwdQuickExit>(html`<nwd-quick-exit></nwd-quick-exit>`);
      el.addEventListener('nwd-exit', (event) => event.preventDefault());
      control(el).click();
      expect(go.called).to.equal(false);
      expect(overlay()).to.equal(null);
      expect(el.checkVisibility()).to.equal(true);
    });

    it('lets nwd-exit reach document listeners through shadow roots', async () => {
      const el = await fixture<NwdQuickExit>(html`<nwd-quick-exit></nwd-quick-exit>`);
      const heard = sinon.spy();
      document.addEventListener('nwd-exit', heard);
      control(el).click();
      document.removeEventListener('nwd-exit', heard);
      expect(heard.calledOnce).to.equal(true);
    });

    it('works from a host-written skip link', async () => {
      const el = await fixture<HTMLDivElement>(
        html`<div><a href=${TARGET} data-nwd-quick-exit>Exit this page</a><nwd-quick-exit href=${TARGET}></nwd-quick-exit></div>`,
      );
      const skip = el.querySelector<HTMLAnchorElement>('a[data-nwd-quick-exit]')!;
      expect(skip.getBoundingClientRect().width).to.be.at.most(1); // hidden until focused
      await press('Tab');
      expect(document.activeElement).to.equal(skip);
      expect(skip.getBoundingClientRect().width).to.be.greaterThan(1);
      await press('Enter');
      expect(go.calledOnceWith(TARGET, 'replace')).to.equal(true);
    });

    it('refuses a non-http href, warns, and uses the default', async () => {
      const warn = sinon.stub(console, 'warn');
      const el = await fixture<NwdQuickExit>(html`<nwd-quick-exit href="javascript:alert(1)"></nwd-quick-exit>`);
      expect(control(el).href).to.equal(DEFAULT_EXIT_URL);
      control(el).click();
      expect(go.calledOnceWith(DEFAULT_EXIT_URL, 'replace')).to.equal(true);
      expect(warn.calledWithMatch(/href refused/)).to.equal(true);
    });

    it('opens an http(s) decoy-href in a new tab, and refuses any other', async () => {
      const open = sinon.stub(window, 'open');
      const warn = sinon.stub(console, 'warn');
      const el = await fixture<NwdQuickExit>(html`<nwd-quick-exit href=${TARGET} decoy-href="https://www.google.com/webhp"></nwd-quick-exit>`);
      control(el).click();
      expect(open.calledOnceWith('https://www.google.com/webhp', '_blank', 'noopener')).to.equal(true);
      window.dispatchEvent(new PageTransitionEvent('pageshow'));
      el.decoyHref = 'data:text/html,hello';
      control(el).click();
      expect(open.callCount).to.equal(1);
      expect(warn.calledWithMatch(/decoy-href refused/)).to.equal(true);
      expect(go.callCount).to.equal(2);
    });
  });

  describe('Shift shortcut', () => {
    it('three presses of Shift exit, announcing progress on the way', async () => {
      const el = await fixture<NwdQuickExit>(html`<nwd-quick-exit href=${TARGET}></nwd-quick-exit>`);
      await press('Shift');
      await elementUpdated(el);
      expect(status(el)).to.equal('Shift, press 2 more times to exit.');
      expect(el.shadowRoot!.querySelectorAll('[part="indicator"] [data-on]').length).to.equal(1);
      await press('Shift');
      await elementUpdated(el);
      expect(status(el)).to.equal('Shift, press 1 more time to exit.');
      await press('Shift');
      expect(go.calledOnceWith(TARGET, 'replace')).to.equal(true);
    });

    it('Shift+A, then Shift twice, does not exit', async () => {
      await fixture<NwdQuickExit>(html`<nwd-quick-exit></nwd-quick-exit>`);
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'A' });
      await sendKeys({ up: 'Shift' });
      await press('Shift', 2);
      expect(go.called).to.equal(false);
      await press('Shift');
      expect(go.calledOnce).to.equal(true);
    });

    it('any other key between presses starts the count again', async () => {
      await fixture<NwdQuickExit>(html`<nwd-quick-exit></nwd-quick-exit>`);
      await press('Shift', 2);
      await press('KeyX');
      await press('Shift', 2);
      expect(go.called).to.equal(false);
    });

    it('left, right, left Shift exits, even when the presses overlap', async () => {
      await fixture<NwdQuickExit>(html`<nwd-quick-exit></nwd-quick-exit>`);
      await press('ShiftLeft');
      await press('ShiftRight');
      await press('ShiftLeft');
      expect(go.calledOnce).to.equal(true);
      window.dispatchEvent(new PageTransitionEvent('pageshow'));
      await sendKeys({ down: 'ShiftLeft' });
      await sendKeys({ down: 'ShiftRight' });
      await sendKeys({ up: 'ShiftLeft' });
      await sendKeys({ up: 'ShiftRight' });
      await press('ShiftLeft');
      expect(go.calledTwice).to.equal(true);
    });

    it('a gap of more than 5 seconds expires the sequence, and says so', async () => {
      const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'], shouldClearNativeTimers: true });
      const el = await fixture<NwdQuickExit>(html`<nwd-quick-exit></nwd-quick-exit>`);
      await press('Shift');
      clock.tick(4999);
      await press('Shift');
      clock.tick(5001);
      await elementUpdated(el);
      expect(status(el)).to.equal('Exit this page expired.');
      await press('Shift', 2);
      expect(go.called).to.equal(false);
      clock.tick(5001); // expires again; the notice clears 5 s after that
      await elementUpdated(el);
      expect(status(el)).to.equal('Exit this page expired.');
      clock.tick(5001);
      await elementUpdated(el);
      expect(status(el)).to.equal('');
    });

    it('is off with shortcut="none"', async () => {
      await fixture<NwdQuickExit>(html`<nwd-quick-exit shortcut="none"></nwd-quick-exit>`);
      await press('Shift', 3);
      expect(go.called).to.equal(false);
    });

    it('treats an unknown shortcut as shift3, with a warning', async () => {
      const warn = sinon.stub(console, 'warn');
      const el = await fixture<NwdQuickExit>(html`<nwd-quick-exit shortcut="triple-click"></nwd-quick-exit>`);
      expect(el.shortcut).to.equal('shift3');
      expect(warn.calledWithMatch(/shortcut="triple-click"/)).to.equal(true);
      await press('Shift', 3);
      expect(go.calledOnce).to.equal(true);
    });

    it('adds one set of document listeners however many instances, and removes it with the last', async () => {
      const add = sinon.spy(document, 'addEventListener');
      const remove = sinon.spy(document, 'removeEventListener');
      const wrapper = await fixture<HTMLDivElement>(
        html`<div><nwd-quick-exit></nwd-quick-exit><nwd-quick-exit></nwd-quick-exit><nwd-quick-exit></nwd-quick-exit></div>`,
      );
      expect(add.getCalls().filter((call) => call.args[0] === 'keyup').length).to.equal(1);
      const [first, second, third] = wrapper.querySelectorAll('nwd-quick-exit');
      first.remove();
      second.remove();
      expect(remove.getCalls().filter((call) => call.args[0] === 'keyup').length).to.equal(0);
      await press('Shift', 3);
      expect(go.calledOnce).to.equal(true); // the remaining instance still answers
      third.remove();
      expect(remove.getCalls().filter((call) => call.args[0] === 'keyup').length).to.equal(1);
    });

    it('with several instances, only one speaks the progress', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div><nwd-quick-exit></nwd-quick-exit><nwd-quick-exit></nwd-quick-exit></div>`);
      const [a, b] = wrapper.querySelectorAll('nwd-quick-exit');
      await press('Shift');
      await Promise.all([elementUpdated(a), elementUpdated(b)]);
      expect([status(a), status(b)]).to.deep.equal(['Shift, press 2 more times to exit.', '']);
    });
  });

  describe('Escape shortcut (shortcut="esc2")', () => {
    it('two presses of Escape exit', async () => {
      await fixture<NwdQuickExit>(html`<nwd-quick-exit shortcut="esc2"></nwd-quick-exit>`);
      await press('Escape', 2);
      expect(go.calledOnce).to.equal(true);
    });

    it('leaves Escape to a text field that has focus', async () => {
      const el = await fixture<HTMLDivElement>(html`<div><input aria-label="Search" /><nwd-quick-exit shortcut="esc2"></nwd-quick-exit></div>`);
      el.querySelector('input')!.focus();
      await press('Escape', 2);
      expect(go.called).to.equal(false);
    });
  });

  describe('back/forward cache', () => {
    it('pageshow removes the overlay and makes the page usable again', async () => {
      const el = await fixture<NwdQuickExit>(html`<nwd-quick-exit href=${TARGET}></nwd-quick-exit>`);
      await press('Shift', 3);
      expect(overlay()).to.not.equal(null);
      expect(el.checkVisibility()).to.equal(false);
      window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
      await elementUpdated(el);
      expect(overlay()).to.equal(null);
      expect(el.checkVisibility()).to.equal(true);
      expect(status(el)).to.equal('');
      control(el).click();
      expect(go.calledTwice).to.equal(true);
    });
  });

  describe('accessibility', () => {
    it('has no axe violations, at rest and mid-shortcut', async () => {
      const el = await fixture<NwdQuickExit>(html`<nwd-quick-exit></nwd-quick-exit>`);
      await expect(el).to.be.accessible();
      await press('Shift');
      await elementUpdated(el);
      await expect(el).to.be.accessible();
    });

    it('has no axe violations in the dark scheme', async () => {
      await emulate({ colorScheme: 'dark' });
      const el = await fixture<NwdQuickExit>(html`<nwd-quick-exit></nwd-quick-exit>`);
      await expect(el).to.be.accessible();
    });

    it('keeps a visible border and focus outline in forced colours, and passes axe', async () => {
      await emulate({ forcedColors: true });
      const el = await fixture<NwdQuickExit>(html`<nwd-quick-exit></nwd-quick-exit>`);
      await expect(el).to.be.accessible();
      const link = control(el);
      const transparent = 'rgba(0, 0, 0, 0)';
      expect(getComputedStyle(link).borderTopWidth).to.equal('2px');
      expect(getComputedStyle(link).borderTopColor).to.not.equal(transparent);
      await press('Tab');
      expect(getComputedStyle(link).outlineWidth).to.equal('3px');
      expect(getComputedStyle(link).outlineColor).to.not.equal(transparent);
      // the shortcut indicator still shows which dots are filled
      await press('Shift');
      await elementUpdated(el);
      el.shadowRoot!.getAnimations().forEach((transition) => transition.finish());
      const [on, off] = [...el.shadowRoot!.querySelectorAll('[part="indicator"] span')].slice(0, 2).map((dot) => getComputedStyle(dot).backgroundColor);
      expect(on).to.not.equal(off);
    });

    it('drops transitions when the user prefers reduced motion', async () => {
      const el = await fixture<NwdQuickExit>(html`<nwd-quick-exit></nwd-quick-exit>`);
      const dot = el.shadowRoot!.querySelector('[part="indicator"] span')!;
      expect(getComputedStyle(dot).transitionDuration).to.not.equal('0s');
      await emulate({ reducedMotion: true });
      expect(getComputedStyle(dot).transitionDuration).to.equal('0s');
    });
  });

  describe('languages', () => {
    it('speaks Welsh inside lang="cy" and Gaelic inside lang="gd", English beside them', async () => {
      const page = await fixture<HTMLDivElement>(html`
        <div>
          <div lang="cy"><nwd-quick-exit id="cy"></nwd-quick-exit></div>
          <div lang="gd"><nwd-quick-exit id="gd"></nwd-quick-exit></div>
          <div lang="en"><nwd-quick-exit id="en"></nwd-quick-exit></div>
        </div>
      `);
      for (const el of page.querySelectorAll<NwdQuickExit>('nwd-quick-exit')) await el.updateComplete; // Welsh and Gaelic load on first use
      const name = (id: string) => control(page.querySelector<NwdQuickExit>(`#${id}`)!).textContent!.replace(/\s+/g, ' ').trim();
      expect(name('cy')).to.equal('Argyfwng Gadael y dudalen hon');
      expect(name('gd')).to.equal('Èiginn Fàg an duilleag seo');
      expect(name('en')).to.equal('Emergency Exit this page');
    });

    it('announces shortcut progress in Welsh', async () => {
      const page = await fixture<HTMLDivElement>(html`<div lang="cy-GB"><nwd-quick-exit></nwd-quick-exit></div>`);
      const el = page.querySelector('nwd-quick-exit')!;
      await press('Shift');
      await elementUpdated(el);
      expect(status(el)).to.equal('Shift, pwyswch ddwywaith eto i adael.');
      await press('Shift');
      await elementUpdated(el);
      expect(status(el)).to.equal('Shift, pwyswch unwaith eto i adael.');
    });

    it('follows a change of lang on an ancestor', async () => {
      const page = await fixture<HTMLDivElement>(html`<div lang="en"><nwd-quick-exit></nwd-quick-exit></div>`);
      const el = page.querySelector('nwd-quick-exit')!;
      page.setAttribute('lang', 'gd');
      await waitUntil(() => control(el).textContent!.includes('Fàg an duilleag seo'), 'did not switch to Gaelic');
    });

    it('falls back to English for a language that does not ship', async () => {
      const page = await fixture<HTMLDivElement>(html`<div lang="fr"><nwd-quick-exit></nwd-quick-exit></div>`);
      expect(control(page.querySelector('nwd-quick-exit')!).textContent).to.contain('Exit this page');
    });

    it('takes overrides from registerStrings page-wide and from .strings per element, which wins', async () => {
      registerStrings('cy', 'quick-exit', { label: 'Gadael nawr' });
      try {
        const page = await fixture<HTMLDivElement>(html`<div lang="cy"><nwd-quick-exit id="a"></nwd-quick-exit><nwd-quick-exit id="b"></nwd-quick-exit></div>`);
        const [a, b] = [page.querySelector<NwdQuickExit>('#a')!, page.querySelector<NwdQuickExit>('#b')!];
        expect(control(a).textContent).to.contain('Gadael nawr');
        b.strings = { label: 'Allan', emergency: 'Brys' };
        await elementUpdated(b);
        expect(control(b).textContent!.replace(/\s+/g, ' ').trim()).to.equal('Brys Allan');
        expect(control(a).textContent).to.contain('Gadael nawr');
      } finally {
        registerStrings('cy', 'quick-exit', { label: 'Gadael y dudalen hon' });
      }
    });

    it('uses the label attribute as the whole name', async () => {
      await fixture<NwdQuickExit>(html`<nwd-quick-exit label="Leave this site"></nwd-quick-exit>`);
      expect(await findAx('nwd-quick-exit', 'button', 'Leave this site')).to.not.equal(null);
    });
  });
});
