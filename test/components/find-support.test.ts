import { elementUpdated, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../../src/components/find-support/nwd-find-support.js';
import type { NwdFindSupport } from '../../src/components/find-support/find-support.js';
import type { Service } from '../../src/engines/services/model.js';
import { emulate, findAx } from '../helpers.js';

const WEDNESDAY_NOON = Date.parse('2026-01-14T12:00:00Z');
const root = (el: NwdFindSupport) => el.shadowRoot!;
const ids = (el: NwdFindSupport, scope = '') =>
  [...root(el).querySelectorAll<HTMLElement>(`${scope} [part="service"]`)].map((li) => li.dataset.serviceId);
const crisisIds = (el: NwdFindSupport) => ids(el, '[part="crisis"]');
const text = (el: NwdFindSupport) => root(el).textContent!.replace(/\s+/g, ' ');
const fetched = (since: number) =>
  (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
    .filter((entry) => entry.startTime >= since && (entry.initiatorType === 'fetch' || entry.initiatorType === 'xmlhttprequest'))
    .map((entry) => new URL(entry.name).pathname + new URL(entry.name).search);
let unique = 0;
const feedUrl = (name: string) => `/test-feeds/${name}?run=${Date.now()}-${unique++}`; // the element caches per URL

const ALL_CRISIS = ['emergency-999', 'a-and-e', 'nhs24-111-scotland', 'nhs-111-england', 'nhs-111-wales', 'lifeline-ni', 'samaritans', 'shout'];
const LOCAL: Service = {
  id: 'host-1', name: 'Anytown drop-in', organisation: 'Anytown Council',
  channels: [{ type: 'phone', value: '01234 000000' }], hours: { kind: 'unknown' }, audience: {}, tier: 'local',
  sources: [{ name: 'Anytown Council', url: 'https://anytown.example' }], checked: { date: '2026-11-01', how: 'host' }, confidence: 'medium',
};

describe('<nwd-find-support>', () => {
  afterEach(async () => {
    sinon.restore();
    await emulate();
  });

  describe('renders', () => {
    it('crisis help first: 999 and A&E, then urgent lines, then helplines', async () => {
      const el = await fixture<NwdFindSupport>(html`<nwd-find-support nation="wales"></nwd-find-support>`);
      const all = ids(el);
      expect(all.slice(0, 5)).to.deep.equal(['emergency-999', 'a-and-e', 'nhs-111-wales', 'samaritans', 'shout']);
      expect(crisisIds(el)).to.deep.equal(all.slice(0, 5));
      expect(all).to.include('call-wales');
      expect(await findAx('nwd-find-support', 'heading', 'If you are in danger now')).to.not.equal(null);
    });

    it('calls a number by tel: link, read digit by digit, shown grouped', async () => {
      const el = await fixture<NwdFindSupport>(html`<nwd-find-support nation="england"></nwd-find-support>`);
      const samaritans = root(el).querySelector('[data-service-id="samaritans"] a[data-channel="phone"]') as HTMLAnchorElement;
      expect(samaritans.getAttribute('href')).to.equal('tel:116123');
      expect(samaritans.textContent!.replace(/\s+/g, ' ').trim()).to.contain('116 123');
      expect(await findAx('nwd-find-support', 'link', 'Call 1 1 6, 1 2 3')).to.not.equal(null);
    });

    it('texts with the keyword in the message and in words', async () => {
      const el = await fixture<NwdFindSupport>(html`<nwd-find-support nation="england"></nwd-find-support>`);
      const shout = root(el).querySelector('[data-service-id="shout"] a[data-channel="text"]') as HTMLAnchorElement;
      expect(shout.getAttribute('href')).to.equal('sms:85258?&body=SHOUT');
      expect(shout.textContent).to.contain('Text SHOUT to 85258');
    });

    it('opens websites and chat in a new tab with rel="noopener", saying so', async () => {
      const el = await fixture<NwdFindSupport>(html`<nwd-find-support nation="england"></nwd-find-support>`);
      const chat = root(el).querySelector('[data-service-id="calm"] a[data-channel="webchat"]') as HTMLAnchorElement;
      expect([chat.target, chat.rel]).to.deep.equal(['_blank', 'noopener']);
      expect(chat.textContent).to.contain('(opens in a new tab)');
    });

    it('only ever renders https:, tel:, sms: and mailto: links', async () => {
      const el = await fixture<NwdFindSupport>(html`<nwd-find-support show-filters></nwd-find-support>`);
      const schemes = new Set([...root(el).querySelectorAll('a')].map((a) => new URL(a.href).protocol));
      expect([...schemes].every((s) => ['https:', 'tel:', 'sms:', 'mailto:'].includes(s))).to.equal(true);
    });

    it('states each service’s source and the date it was checked', async () => {
      const el = await fixture<NwdFindSupport>(html`<nwd-find-support nation="scotland"></nwd-find-support>`);
      const about = root(el).querySelector('[data-service-id="breathing-space"] details')!;
      expect(about.textContent).to.contain('Source: Breathing Space: opening hours banner');
      expect(about.textContent).to.contain('Checked 2 December 2026');
    });
  });

  describe('nation and age', () => {
    it('asks where you are when no nation is set, saving nothing, and shows every nation’s urgent line meanwhile', async () => {
      const setItem = sinon.spy(Storage.prototype, 'setItem');
      const el = await fixture<NwdFindSupport>(html`<nwd-find-support></nwd-find-support>`);
      expect(crisisIds(el)).to.deep.equal(ALL_CRISIS);
      expect(root(el).querySelector('[data-service-id="nhs24-111-scotland"]')!.textContent).to.contain('(Scotland only)');
      const scotland = root(el).querySelector<HTMLInputElement>('input[value="scotland"]')!;
      scotland.click();
      await elementUpdated(el);
      expect(crisisIds(el)).to.deep.equal(['emergency-999', 'a-and-e', 'nhs24-111-scotland', 'samaritans', 'shout']);
      expect(ids(el)).to.include('breathing-space');
      expect(setItem.called).to.equal(false);
      expect(document.cookie).to.equal('');
    });

    it('Breathing Space for Scotland only', async () => {
      const scotland = await fixture<NwdFindSupport>(html`<nwd-find-support nation="scotland"></nwd-find-support>`);
      const england = await fixture<NwdFindSupport>(html`<nwd-find-support nation="england"></nwd-find-support>`);
      expect(ids(scotland)).to.include('breathing-space');
      expect(ids(england)).to.not.include('breathing-space');
    });

    it('Childline for age 15, not for 40', async () => {
      const young = await fixture<NwdFindSupport>(html`<nwd-find-support nation="england" age="15"></nwd-find-support>`);
      const older = await fixture<NwdFindSupport>(html`<nwd-find-support nation="england" age="40"></nwd-find-support>`);
      expect(ids(young)).to.include('childline');
      expect(ids(older)).to.not.include('childline');
      expect(crisisIds(older)).to.deep.equal(crisisIds(young));
    });
  });

  describe('open now', () => {
    it('data-open follows the clock (Europe/London), minute by minute', async () => {
      const clock = sinon.useFakeTimers({ now: Date.parse('2026-01-14T17:59:30Z'), toFake: ['Date', 'setInterval', 'clearInterval'] });
      const el = await fixture<NwdFindSupport>(html`<nwd-find-support nation="scotland"></nwd-find-support>`);
      const breathing = () => root(el).querySelector<HTMLElement>('[data-service-id="breathing-space"]')!;
      expect(breathing().dataset.open).to.equal('false');
      expect(breathing().querySelector('[part="status"]')!.textContent).to.equal('Opens 6pm');
      clock.tick(60_000);
      await elementUpdated(el);
      expect(breathing().dataset.open).to.equal('true');
      expect(breathing().querySelector('[part="status"]')!.textContent).to.equal('Open now · closes 2am');
      expect(root(el).querySelector<HTMLElement>('[data-service-id="samaritans"]')!.dataset.open).to.equal('true');
      expect(root(el).querySelector<HTMLElement>('[data-service-id="self-injury-support"]')!.dataset.open).to.equal('unknown');
      expect(root(el).querySelector('[data-service-id="self-injury-support"] [part="status"]')!.textContent).to.equal('Check opening times');
    });

    it('says when the weekend span ends: "closes Monday 6am"', async () => {
      sinon.useFakeTimers({ now: Date.parse('2026-01-17T12:00:00Z'), toFake: ['Date'] });
      const el = await fixture<NwdFindSupport>(html`<nwd-find-support nation="scotland"></nwd-find-support>`);
      expect(root(el).querySelector('[data-service-id="breathing-space"] [part="status"]')!.textContent).to.equal('Open now · closes Monday 6am');
    });
  });

  describe('filters', () => {
    it('never hide the crisis block, and announce the new count politely', async () => {
      sinon.useFakeTimers({ now: WEDNESDAY_NOON, toFake: ['Date'] });
      const el = await fixture<NwdFindSupport>(html`<nwd-find-support nation="england" show-filters></nwd-find-support>`);
      const before = crisisIds(el);
      const email = [...root(el).querySelectorAll<HTMLInputElement>('input[type="checkbox"]')][3];
      email.click();
      const openNow = [...root(el).querySelectorAll<HTMLInputElement>('input[type="checkbox"]')][4];
      openNow.click();
      await elementUpdated(el);
      expect(crisisIds(el)).to.deep.equal(before);
      const shown = ids(el).filter((id) => !before.includes(id!));
      expect(shown).to.deep.equal(['papyrus-hopeline247']); // emails, open now; CALM (5pm) is closed at noon
      expect(root(el).querySelector('[role="status"]')!.textContent).to.equal('Showing 1 service');
    });

    it('work from the keyboard alone: arrows choose a nation, the age list and checkboxes respond', async () => {
      const el = await fixture<NwdFindSupport>(html`<nwd-find-support show-filters></nwd-find-support>`);
      root(el).querySelector<HTMLInputElement>('input[value="scotland"]')!.focus();
      await sendKeys({ press: 'Space' });
      await sendKeys({ press: 'ArrowRight' }); // England
      await elementUpdated(el);
      expect(crisisIds(el)).to.include('nhs-111-england');
      expect(crisisIds(el)).to.not.include('nhs24-111-scotland');
      await sendKeys({ press: 'Tab' }); // the age list
      expect(root(el).activeElement!.localName).to.equal('select');
      await sendKeys({ press: 'ArrowDown' }); // Under 16
      await elementUpdated(el);
      expect(ids(el)).to.include('childline');
      expect(root(el).querySelector('[role="status"]')!.textContent).to.match(/^Showing \d+ services$/);
    });

    it('Tab reaches the crisis links first', async () => {
      const el = await fixture<NwdFindSupport>(html`<nwd-find-support nation="england"></nwd-find-support>`);
      await sendKeys({ press: 'Tab' });
      expect(root(el).activeElement!.getAttribute('href')).to.equal('tel:999');
    });
  });

  describe('events', () => {
    it('fires nwd-contact with the service and channel when a contact link is used', async () => {
      const el = await fixture<NwdFindSupport>(html`<nwd-find-support nation="england"></nwd-find-support>`);
      const heard = sinon.spy();
      el.addEventListener('nwd-contact', (event) => heard(event.detail));
      const stay = (event: Event) => event.preventDefault(); // keep the test page: no dialler here
      window.addEventListener('click', stay);
      root(el).querySelector<HTMLAnchorElement>('[data-service-id="shout"] a[data-channel="text"]')!.click();
      window.removeEventListener('click', stay);
      expect(heard.calledOnceWith({ serviceId: 'shout', channel: 'text' })).to.equal(true);
    });
  });

  describe('feeds', () => {
    it('requests nothing at all without a feed', async () => {
      const since = performance.now();
      await fixture<NwdFindSupport>(html`<nwd-find-support show-filters></nwd-find-support>`);
      expect(fetched(since)).to.deep.equal([]);
    });

    it('requests only the feed URL and its next pages, and labels local services with their organisation', async () => {
      const since = performance.now();
      const url = feedUrl('paged');
      const el = await fixture<NwdFindSupport>(html`<nwd-find-support nation="england" feed=${url}></nwd-find-support>`);
      await waitUntil(() => ids(el).includes('oruk:p3b'), 'pages not followed');
      expect(fetched(since)).to.deep.equal([url, `${url}&page=2`, `${url}&page=3`]);
      expect(ids(el).slice(0, 5)).to.deep.equal(crisisIds(el)); // still crisis first
    });

    it('shows local services ten at a time; "Show more" adds ten and moves focus to the first new one', async () => {
      const many = Array.from({ length: 25 }, (_, n) => ({ ...LOCAL, id: `host-${n}`, name: `Service ${n}` }));
      const el = await fixture<NwdFindSupport>(html`<nwd-find-support nation="england" .services=${many}></nwd-find-support>`);
      const local = () => ids(el, '.local');
      expect(local()).to.have.length(10);
      expect(text(el)).to.contain('Showing 10 of 25 local services');
      const more = root(el).querySelector<HTMLButtonElement>('button.more')!;
      more.focus();
      await sendKeys({ press: 'Enter' });
      await elementUpdated(el);
      expect(local()).to.have.length(20);
      expect(root(el).activeElement!.closest('[part="service"]')!.getAttribute('data-service-id')).to.equal('host-10');
    });

    it('requests a feed URL once, however many elements use it (cached in memory)', async () => {
      const since = performance.now();
      const url = feedUrl('paged');
      const page = await fixture<HTMLDivElement>(html`<div><nwd-find-support feed=${url}></nwd-find-support><nwd-find-support variant="compact" feed=${url}></nwd-find-support></div>`);
      const [first] = page.querySelectorAll('nwd-find-support');
      await waitUntil(() => ids(first).includes('oruk:p3b'), 'feed not loaded');
      expect(fetched(since)).to.deep.equal([url, `${url}&page=2`, `${url}&page=3`]);
    });

    it('shows host-given services, labelled with their organisation', async () => {
      const el = await fixture<NwdFindSupport>(html`<nwd-find-support nation="england" .services=${[LOCAL]}></nwd-find-support>`);
      expect(root(el).querySelector('[data-service-id="host-1"]')!.textContent).to.contain('From Anytown Council');
    });

    for (const name of ['broken', 'malformed', 'empty', 'unknown', 'huge', 'loop-missing-route']) {
      it(`a ${name} feed leaves national help on screen with one quiet line`, async () => {
        const warn = sinon.stub(console, 'warn');
        const el = await fixture<NwdFindSupport>(html`<nwd-find-support nation="england" feed=${feedUrl(name)}></nwd-find-support>`);
        await waitUntil(() => text(el).includes('Local services couldn’t be loaded.'), `no failure line for ${name}`, { timeout: 4000 });
        expect(crisisIds(el)).to.deep.equal(['emergency-999', 'a-and-e', 'nhs-111-england', 'samaritans', 'shout']);
        expect(ids(el)).to.include('calm');
        expect(warn.calledWithMatch(/could not be loaded/)).to.equal(true);
      });
    }

    it('a slow feed gives up after 8 seconds; national help shows throughout', async () => {
      const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'], shouldClearNativeTimers: true });
      sinon.stub(console, 'warn');
      const el = await fixture<NwdFindSupport>(html`<nwd-find-support nation="england" feed=${feedUrl('slow')}></nwd-find-support>`);
      // the loader is a chunk of its own: wait (by frames, which the fake clock leaves alone) until it has set its time limit
      for (let frame = 0; frame < 120 && clock.countTimers() === 0; frame++) await new Promise(requestAnimationFrame);
      expect(text(el)).to.contain('Finding support near you…');
      expect(crisisIds(el)).to.have.length(5);
      clock.tick(7_999);
      expect(text(el)).to.not.contain('couldn’t be loaded');
      clock.tick(2);
      clock.restore();
      await waitUntil(() => text(el).includes('Local services couldn’t be loaded.'), 'no time-out');
    });

    it('a hostile feed executes nothing and renders no markup or unsafe link', async () => {
      const el = await fixture<NwdFindSupport>(html`<nwd-find-support nation="england" feed=${feedUrl('hostile')}></nwd-find-support>`);
      await waitUntil(() => ids(el).includes('oruk:h1'), 'hostile feed not shown');
      const card = root(el).querySelector('[data-service-id="oruk:h1"]')!;
      expect(card.textContent).to.contain('Safe name');
      expect(root(el).querySelectorAll('img, script, b').length).to.equal(0);
      expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
      const hrefs = [...root(el).querySelectorAll('[data-service-id^="oruk:"] a')].map((a) => a.getAttribute('href'));
      expect(hrefs).to.deep.equal(['mailto:a@b.co']);
    });
  });

  describe('compact', () => {
    it('is a small banner with the 24/7 lines that expands in place', async () => {
      const el = await fixture<NwdFindSupport>(html`<nwd-find-support variant="compact" nation="england"></nwd-find-support>`);
      expect(crisisIds(el)).to.deep.equal(['samaritans', 'shout']);
      expect(root(el).querySelector('[part="crisis"]')!.textContent).to.contain('Need to talk? Help is available now.');
      const toggle = root(el).querySelector<HTMLButtonElement>('[part="toggle"]')!;
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      toggle.focus();
      await sendKeys({ press: 'Enter' });
      await elementUpdated(el);
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(ids(el)).to.include('emergency-999');
      expect(toggle.textContent!.trim()).to.equal('Show less');
    });
  });

  describe('bad input', () => {
    it('an unknown nation asks the person, warns once, and crisis help still renders', async () => {
      const warn = sinon.stub(console, 'warn');
      const el = await fixture<NwdFindSupport>(html`<nwd-find-support nation="narnia" age="old" channels="pigeon phone"></nwd-find-support>`);
      expect(crisisIds(el)).to.deep.equal(ALL_CRISIS);
      expect(root(el).querySelector('fieldset.nation legend')!.textContent).to.equal('Where in the UK are you?');
      expect(warn.calledWithMatch(/nation="narnia"/)).to.equal(true);
      expect(warn.calledWithMatch(/age="old"/)).to.equal(true);
      expect(warn.calledWithMatch(/"pigeon" not understood/)).to.equal(true);
    });

    it('a services property that is not a list is ignored, with a warning', async () => {
      const warn = sinon.stub(console, 'warn');
      const el = await fixture<NwdFindSupport>(html`<nwd-find-support nation="england" .services=${{ nope: true } as unknown as Service[]}></nwd-find-support>`);
      expect(crisisIds(el)).to.have.length(5);
      expect(warn.calledWithMatch(/services must be an array/)).to.equal(true);
    });

    it('a non-http feed is refused without a request', async () => {
      const warn = sinon.stub(console, 'warn');
      const since = performance.now();
      const el = await fixture<NwdFindSupport>(html`<nwd-find-support nation="england" feed="javascript:alert(1)"></nwd-find-support>`);
      expect(fetched(since)).to.deep.equal([]);
      expect(text(el)).to.contain('Local services couldn’t be loaded.');
      expect(warn.calledWithMatch(/not an http\(s\) URL/)).to.equal(true);
    });
  });

  describe('languages', () => {
    it('speaks Welsh inside lang="cy"; service names stay as published', async () => {
      const page = await fixture<HTMLDivElement>(html`<div lang="cy"><nwd-find-support nation="wales"></nwd-find-support></div>`);
      const el = page.querySelector('nwd-find-support')!;
      await el.updateComplete; // the Welsh strings are a chunk of their own, loaded on first use
      expect(text(el)).to.contain('Os ydych chi mewn perygl nawr');
      expect(text(el)).to.contain('Samaritans');
      expect(text(el)).to.contain('Ffonio');
      expect(root(el).querySelector('[data-service-id="nhs-111-wales"]')!.textContent).to.contain('Yna pwyswch 2.');
    });

    it('speaks Gaelic inside lang="gd"', async () => {
      const page = await fixture<HTMLDivElement>(html`<div lang="gd"><nwd-find-support nation="scotland"></nwd-find-support></div>`);
      await page.querySelector('nwd-find-support')!.updateComplete;
      expect(text(page.querySelector('nwd-find-support')!)).to.contain('Ma tha thu ann an cunnart an-dràsta');
    });
  });

  describe('accessibility', () => {
    for (const [name, media] of [['light', {}], ['dark', { colorScheme: 'dark' }], ['forced colours', { forcedColors: true }]] as const) {
      it(`has no axe violations in ${name}: full with filters, compact, and Welsh`, async () => {
        await emulate(media);
        const page = await fixture<HTMLDivElement>(html`<div>
          <nwd-find-support show-filters></nwd-find-support>
          <nwd-find-support variant="compact"></nwd-find-support>
          <div lang="cy"><nwd-find-support nation="wales" show-filters></nwd-find-support></div>
        </div>`);
        for (const el of page.querySelectorAll('nwd-find-support')) await expect(el).to.be.accessible();
      });
    }

    it('fits a 320px screen with text at 200%', async () => {
      const { setViewport } = await import('@web/test-runner-commands');
      await setViewport({ width: 320, height: 640 });
      document.documentElement.style.fontSize = '200%';
      try {
        const el = await fixture<NwdFindSupport>(html`<nwd-find-support show-filters nation="scotland"></nwd-find-support>`);
        const edge = el.getBoundingClientRect().right;
        const over = [...root(el).querySelectorAll('*')].filter((n) => n.getBoundingClientRect().right > edge + 1).map((n) => `${n.localName}.${n.className}: ${n.textContent!.trim().slice(0, 40)}`);
        expect(over.slice(0, 8)).to.deep.equal([]);
        expect(el.scrollWidth).to.be.at.most(el.clientWidth);
        expect(document.documentElement.scrollWidth).to.be.at.most(320);
      } finally {
        document.documentElement.style.fontSize = '';
        await setViewport({ width: 800, height: 600 });
      }
    });
  });
});
