import { elementUpdated, expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../../src/components/language-check/nwd-language-check.js';
import type { NwdLanguageCheck } from '../../src/components/language-check/language-check.js';
import { emulate } from '../helpers.js';

const NOTE = 'Her tutor called it attention seeking. An older cousin committed suicide last spring.';
const root = (el: NwdLanguageCheck) => el.shadowRoot!;
const area = (el: Element) => el.querySelector('textarea')!;
const findings = (el: NwdLanguageCheck) => [...root(el).querySelectorAll<HTMLElement>('[part="finding"]')];
const button = (el: NwdLanguageCheck, label: string) =>
  [...root(el).querySelectorAll('button')].find((b) => b.textContent!.trim() === label)!;
const settled = async (el: NwdLanguageCheck) => {
  await nextFrame();
  await nextFrame();
  await elementUpdated(el);
};

async function notes(value = NOTE, extra = html``) {
  const form = await fixture<HTMLFormElement>(html`<form>
    <nwd-language-check>
      <label for="n">Notes</label>
      <textarea id="n" name="notes" rows="4" style="inline-size: 30rem; font: 16px/1.5 sans-serif; padding: 8px">${value}</textarea>
    </nwd-language-check>${extra}
  </form>`);
  const el = form.querySelector('nwd-language-check')!;
  await settled(el);
  return { form, el };
}

describe('<nwd-language-check>', () => {
  afterEach(async () => {
    sinon.restore();
    await emulate();
  });

  describe('marks', () => {
    it('underlines each whole phrase in a mirror that matches the textarea text and box', async () => {
      const { el } = await notes();
      const mirror = root(el).querySelector<HTMLElement>('[part="mirror"]')!;
      expect(mirror.textContent).to.equal(`${NOTE} `);
      expect([...mirror.querySelectorAll('mark')].map((m) => m.textContent)).to.deep.equal(['attention seeking', 'committed suicide']);
      const [a, m] = [area(el).getBoundingClientRect(), mirror.getBoundingClientRect()];
      expect([m.left, m.top, m.width, m.height]).to.deep.equal([a.left, a.top, a.width, a.height]); // no scrollbar here
      const style = getComputedStyle(mirror);
      const control = getComputedStyle(area(el));
      for (const property of ['font-family', 'font-size', 'line-height', 'padding-left', 'padding-top', 'border-left-width']) {
        expect(style.getPropertyValue(property), property).to.equal(control.getPropertyValue(property));
      }
    });

    it('follows scrolling and resizing', async () => {
      const { el } = await notes(`${'A line of ordinary notes.\n'.repeat(30)}He committed suicide.`);
      const mirror = root(el).querySelector<HTMLElement>('[part="mirror"]')!;
      area(el).scrollTop = 200;
      area(el).dispatchEvent(new Event('scroll'));
      expect(mirror.scrollTop).to.equal(area(el).scrollTop);
      // With a scrollbar the text wraps at clientWidth: the mirror is that wide plus the borders.
      const expected = () => area(el).clientWidth + 2 * parseFloat(getComputedStyle(area(el)).borderLeftWidth);
      expect(Math.abs(mirror.getBoundingClientRect().width - expected())).to.be.lessThan(1);
      area(el).style.inlineSize = '15rem';
      await waitUntil(() => Math.abs(mirror.getBoundingClientRect().width - expected()) < 1 && expected() < 300, 'mirror did not follow the resize');
    });

    it('checks as the person types', async () => {
      const { el } = await notes('');
      area(el).focus();
      await sendKeys({ type: 'She was a self-harmer.' });
      await settled(el);
      expect(findings(el).map((f) => f.dataset.ruleId)).to.deep.equal(['self-harmer']);
    });
  });

  describe('suggestions', () => {
    it('explain why, and replace the whole phrase keeping the caret; Ctrl+Z brings the original back', async () => {
      const { el } = await notes();
      expect(findings(el)[1].textContent).to.contain('“Commit” is the language of crime.');
      area(el).setSelectionRange(NOTE.length, NOTE.length); // caret at the end
      button(el, 'Replace with “died by suicide”').click();
      await settled(el);
      const replaced = NOTE.replace('committed suicide', 'died by suicide');
      expect(area(el).value).to.equal(replaced);
      expect(area(el).selectionStart).to.equal(replaced.length);
      area(el).focus();
      await sendKeys({ down: 'Control' });
      await sendKeys({ press: 'z' });
      await sendKeys({ up: 'Control' });
      await settled(el);
      expect(area(el).value).to.equal(NOTE);
    });

    it('Ignore hides that phrase and keeps it hidden as the person types on', async () => {
      const { el } = await notes();
      findings(el)[0].querySelector<HTMLButtonElement>('[part="ignore"]')!.click();
      await settled(el);
      expect(findings(el).map((f) => f.dataset.ruleId)).to.deep.equal(['committed-suicide']);
      area(el).focus();
      await sendKeys({ type: ' More notes.' });
      await settled(el);
      expect(findings(el).map((f) => f.dataset.ruleId)).to.deep.equal(['committed-suicide']);
    });

    it('works from the keyboard alone: Tab to a suggestion, Enter to replace, focus moves on', async () => {
      const { el } = await notes();
      area(el).focus();
      await sendKeys({ press: 'Tab' });
      expect(root(el).activeElement!.textContent!.trim()).to.equal('Replace with “seeking support”');
      await sendKeys({ press: 'Enter' });
      await settled(el);
      expect(area(el).value).to.contain('called it seeking support.');
      expect(root(el).activeElement!.textContent!.trim()).to.equal('Replace with “died by suicide”');
    });

    it('says how many suggestions there are once the person pauses, and tells the host counts only', async () => {
      const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
      const { el } = await notes('');
      const review = sinon.spy();
      el.addEventListener('nwd-review', (event) => review(event.detail));
      area(el).focus();
      await sendKeys({ type: 'A failed suicide attempt.' });
      await settled(el);
      expect(root(el).querySelector('[role="status"]')!.textContent).to.equal('');
      clock.tick(1000);
      await elementUpdated(el);
      expect(root(el).querySelector('[role="status"]')!.textContent).to.equal('1 suggestion about wording.');
      expect(review.calledOnceWith({ low: 0, medium: 0, high: 1 })).to.equal(true);
    });
  });

  describe('forms', () => {
    it('never blocks: the form submits the person’s words as they are', async () => {
      const { form } = await notes();
      const submitted = new Promise<FormData>((resolve) => form.addEventListener('submit', (e) => { e.preventDefault(); resolve(new FormData(form)); }));
      form.requestSubmit();
      expect((await submitted).get('notes')).to.equal(NOTE);
    });

    it('with require-review, asks once through the control’s validity, then lets the form through', async () => {
      const { form, el } = await notes();
      el.requireReview = true;
      area(el).dispatchEvent(new Event('input', { bubbles: true }));
      await settled(el);
      const submit = sinon.spy((e: Event) => e.preventDefault());
      form.addEventListener('submit', submit);
      form.requestSubmit();
      expect(submit.called).to.equal(false);
      expect(area(el).validationMessage).to.contain('Some wording could be kinder or safer.');
      await waitUntil(() => area(el).validationMessage === '', 'question asked more than once');
      form.requestSubmit();
      expect(submit.calledOnce).to.equal(true);
    });
  });

  describe('public forms (audience="public")', () => {
    it('offers help calmly when the words suggest distress, and never corrects wording', async () => {
      const form = await fixture<HTMLFormElement>(html`<form><nwd-language-check audience="public">
        <label for="m">Your message</label><textarea id="m" name="message"></textarea></nwd-language-check></form>`);
      const el = form.querySelector('nwd-language-check')!;
      await settled(el);
      const signposted = sinon.spy();
      el.addEventListener('nwd-signpost', (event) => signposted(event.detail));
      area(el).focus();
      await sendKeys({ type: 'My brother committed suicide and now I want to die.' });
      await settled(el);
      const text = root(el).textContent!.replace(/\s+/g, ' ');
      expect(text).to.contain('If you are finding things hard');
      expect(root(el).querySelector('a[href="tel:116123"]')!.textContent).to.equal('Call Samaritans on 116 123, any time');
      expect(root(el).querySelector('a[href="tel:999"]')!.textContent).to.equal('If you are in danger now, call 999.');
      expect(text).to.not.match(/wording|stigma|Replace with|Suggestions/i);
      expect(findings(el)).to.have.length(0);
      expect(signposted.calledOnceWith({})).to.equal(true);
      expect(area(el).value).to.equal('My brother committed suicide and now I want to die.');
    });

    it('says nothing for ordinary messages or figures of speech', async () => {
      const form = await fixture<HTMLFormElement>(html`<form><nwd-language-check audience="public">
        <label for="m">Your message</label><textarea id="m">I'm dying to see the new library. It was a failed attempt to book online.</textarea></nwd-language-check></form>`);
      const el = form.querySelector('nwd-language-check')!;
      await settled(el);
      expect(root(el).querySelector('[part="signpost"]')).to.equal(null);
      expect(findings(el)).to.have.length(0);
    });
  });

  describe('single-line input', () => {
    it('marks phrases in an <input type="text"> and follows its horizontal scroll', async () => {
      const long = `${'Summary of the meeting and the actions agreed by everyone present. '.repeat(3)}He committed suicide.`;
      const el = await fixture<NwdLanguageCheck>(html`<nwd-language-check><label for="s">Subject</label>
        <input id="s" type="text" style="inline-size: 20rem; font: 16px sans-serif; padding: 4px" .value=${long} /></nwd-language-check>`);
      await settled(el);
      const input = el.querySelector('input')!;
      const mirror = root(el).querySelector<HTMLElement>('[part="mirror"]')!;
      expect([...mirror.querySelectorAll('mark')].map((m) => m.textContent)).to.deep.equal(['committed suicide']);
      expect(getComputedStyle(mirror).whiteSpace).to.equal('pre');
      input.scrollLeft = 300;
      input.dispatchEvent(new Event('scroll'));
      expect(mirror.scrollLeft).to.equal(input.scrollLeft);
      expect(input.scrollLeft).to.be.greaterThan(0);
    });
  });

  describe('contenteditable', () => {
    it('paints flagged phrases with the CSS Custom Highlight API', async () => {
      const el = await fixture<NwdLanguageCheck>(html`<nwd-language-check>
        <div contenteditable="true" aria-label="Page content"><p>The report warns of a <b>suicide epidemic</b>.</p></div></nwd-language-check>`);
      await settled(el);
      expect(findings(el).map((f) => f.dataset.ruleId)).to.deep.equal(['suicide-epidemic']);
      const highlight = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('nwd-language-check')!;
      expect([...highlight].map((range) => range.toString())).to.deep.equal(['suicide epidemic']);
    });
  });

  describe('privacy, language and accessibility', () => {
    it('makes no network request while checking', async () => {
      const since = performance.now();
      const { el } = await notes('');
      area(el).focus();
      await sendKeys({ type: 'He committed suicide.' });
      await settled(el);
      expect(performance.getEntriesByType('resource').filter((e) => e.startTime >= since)).to.deep.equal([]);
    });

    it('explains in Welsh inside lang="cy"', async () => {
      const page = await fixture<HTMLDivElement>(html`<div lang="cy"><nwd-language-check><label for="c">Nodiadau</label><textarea id="c">He committed suicide.</textarea></nwd-language-check></div>`);
      const el = page.querySelector('nwd-language-check')!;
      await settled(el);
      expect(root(el).textContent).to.contain('Awgrymiadau am eiriau');
      expect(root(el).textContent).to.contain('Iaith trosedd yw “cyflawni”.');
    });

    for (const [name, media] of [['light', {}], ['dark', { colorScheme: 'dark' }], ['forced colours', { forcedColors: true }]] as const) {
      it(`has no axe violations in ${name}, with suggestions and with the help panel`, async () => {
        await emulate(media);
        const { el } = await notes();
        await expect(el).to.be.accessible();
        el.audience = 'public';
        area(el).value = 'I want to die';
        area(el).dispatchEvent(new Event('input', { bubbles: true }));
        await settled(el);
        expect(root(el).querySelector('[part="signpost"]')).to.not.equal(null);
        await expect(el).to.be.accessible();
      });
    }
  });
});
