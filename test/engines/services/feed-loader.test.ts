// Issue 12 items 2, 3 and 7, issue 14 item 5: what the feed loader requests, how much it keeps, and
// that no feed leaves the element stuck or throwing. `fetch` is stubbed: these are the requests made.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import '../../../src/components/find-support/nwd-find-support.js';
import type { NwdFindSupport } from '../../../src/components/find-support/find-support.js';
import { loadFeed } from '../../../src/components/find-support/feed-loader.js';
import { adaptFeed } from '../../../src/engines/services/adapters/index.js';

let unique = 0;
const feedUrl = () => `https://council.example/services?run=${Date.now()}-${unique++}`; // the loader caches per URL
const json = (body: unknown) => new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
const item = (id: string, extra: Record<string, unknown> = {}) => ({ id, name: `Service ${id}`, ...extra });
/** An ORUK 3.0 page: `pages` in all, `size` items each. */
const orukPage = (page: number, pages: number, size: number) => ({
  total_pages: pages, page_number: page, last_page: page === pages,
  contents: Array.from({ length: size }, (_, n) => item(`p${page}-${n}`)),
});
const pageOf = (input: RequestInfo | URL) => Number(new URL(String(input)).searchParams.get('page') ?? 1);
const text = (el: NwdFindSupport) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');

describe('feed loader', () => {
  afterEach(() => sinon.restore());

  it('issue 12 item 2: a page of 300,000 items gives the first 2,000 and does not throw', async () => {
    const body = { contents: Array.from({ length: 300_000 }, (_, n) => ({ id: n, name: 'S' })) }; // 7 MB, under the 10 MB cap
    sinon.stub(window, 'fetch').callsFake(async () => json(body));
    const { services } = await loadFeed(feedUrl());
    expect(services).to.have.length(2000);
    expect(services[0].id).to.equal('oruk:0');
    expect(services[1999].id).to.equal('oruk:1999');
  });

  it('issue 12 item 3: requests refuse redirects, so only the feed URL and its next pages are ever asked for', async () => {
    const fetch = sinon.stub(window, 'fetch').callsFake(async (input) => json(orukPage(pageOf(input), 2, 1)));
    const url = feedUrl();
    await loadFeed(url);
    expect(fetch.args.map(([input]) => String(input))).to.deep.equal([url, `${url}&page=2`]);
    for (const [, init] of fetch.args) expect(init).to.include({ redirect: 'error', credentials: 'omit', referrerPolicy: 'no-referrer' });
  });

  it('issue 12 item 3: a redirect (which fetch then refuses) fails the feed with a plain message', async () => {
    sinon.stub(window, 'fetch').rejects(new TypeError('Failed to fetch'));
    const error = await loadFeed(feedUrl()).then(() => undefined, (e: Error) => e);
    expect(error?.message).to.equal('Failed to fetch');
  });

  it('issue 14 item 5: reaches the 2,000 cap on a feed of 50-item pages (more than 10 pages)', async () => {
    sinon.stub(window, 'fetch').callsFake(async (input) => json(orukPage(pageOf(input), 118, 50)));
    const { services } = await loadFeed(feedUrl());
    expect(services).to.have.length(2000);
  });

  it('issue 14 item 5: keeps the pages already loaded when a later one fails, with a note', async () => {
    const warn = sinon.stub(console, 'warn');
    sinon.stub(window, 'fetch').callsFake(async (input) => (pageOf(input) === 3 ? new Response('down', { status: 500 }) : json(orukPage(pageOf(input), 5, 2))));
    const url = feedUrl();
    const { services } = await loadFeed(url);
    expect(services.map((s) => s.id)).to.deep.equal(['oruk:p1-0', 'oruk:p1-1', 'oruk:p2-0', 'oruk:p2-1']);
    expect(warn.calledWithMatch(/page=3 failed \(The feed answered 500\.\); kept 4 services\./)).to.equal(true);
  });

  it('issue 14 item 5: stops on the first empty page', async () => {
    const fetch = sinon.stub(window, 'fetch').callsFake(async (input) => json(orukPage(pageOf(input), 50, pageOf(input) === 2 ? 0 : 3)));
    const { services } = await loadFeed(feedUrl());
    expect(services).to.have.length(3);
    expect(fetch.callCount).to.equal(2);
  });
});

describe('issue 12 item 7: invalid dates in feeds (the date is left unsaid, not claimed as today)', () => {
  afterEach(() => sinon.restore());
  const BAD = ['2024-99-99', '2024-13-45', '0000-00-00', '2023-02-29', 'yesterday'];

  it('become an unknown date (\'\') in every format, never today and never a throw', () => {
    const origin = { url: 'https://council.example/', today: '2026-11-27' };
    for (const date of BAD) {
      const pages = [
        adaptFeed({ contents: [item('o', { last_modified: date })] }, origin, 0),
        adaptFeed({ content: [item('v1', { updated_at: date })] }, origin, 0),
        adaptFeed({ count: 1, data: [item('a', { last_updated: date })] }, origin, 0),
        adaptFeed({ format: 'nwd-services', services: [item('n', { checked: date })] }, origin, 0),
      ];
      for (const { services } of pages) {
        expect(services[0].checked.date, date).to.equal('');
        expect(services[0].sources[0].date, date).to.equal(undefined);
      }
    }
    expect(adaptFeed({ contents: [item('o', { last_modified: '2024-02-29T10:00:00Z' })] }, origin, 0).services[0].checked.date).to.equal('2024-02-29');
  });

  it('the element shows the services without a checked date (never today), and the nation chooser and "More" still work', async () => {
    sinon.stub(window, 'fetch').callsFake(async () => json({ contents: BAD.map((date, n) => item(`d${n}`, { last_modified: date, assured_date: date })) }));
    const el = await fixture<NwdFindSupport>(html`<nwd-find-support feed=${feedUrl()}></nwd-find-support>`);
    await waitUntil(() => el.shadowRoot!.querySelector('[data-service-id="oruk:d4"]'), 'feed services never shown');
    expect(text(el)).to.not.contain('Finding support near you…');
    const card = el.shadowRoot!.querySelector('[data-service-id="oruk:d0"]')!;
    expect(card.textContent).to.contain('Service d0');
    expect(card.textContent).to.not.contain('Checked');
    const wales = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="radio"]')].find((r) => r.value === 'wales')!;
    wales.click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[data-service-id="nhs-111-wales"]')).to.not.equal(null);
    expect(el.shadowRoot!.querySelector('[data-service-id="nhs-111-england"]')).to.equal(null);

    const compact = await fixture<NwdFindSupport>(html`<nwd-find-support variant="compact" feed=${feedUrl()}></nwd-find-support>`);
    const more = compact.shadowRoot!.querySelector<HTMLButtonElement>('button[part="toggle"]')!;
    more.click();
    await compact.updateComplete;
    await waitUntil(() => compact.shadowRoot!.querySelector('[data-service-id="oruk:d4"]'), 'compact "More" shows no feed services');
    expect(more.getAttribute('aria-expanded')).to.equal('true');
  });
});

describe('issue 14 item 4: a relative ALISS next page', () => {
  afterEach(() => sinon.restore());

  it('is followed on the same site, and a protocol-relative one to another site is not', async () => {
    const fetch = sinon.stub(window, 'fetch').callsFake(async (input) => {
      const page = pageOf(input);
      return json({ count: 3, next: page === 1 ? '/services?page=2' : page === 2 ? '//elsewhere.example/services?page=3' : null, data: [item(`a${page}`)] });
    });
    const url = feedUrl();
    const { services } = await loadFeed(url);
    expect(services.map((s) => s.id)).to.deep.equal(['aliss:a1', 'aliss:a2']);
    expect(fetch.args.map(([input]) => new URL(String(input)).host)).to.deep.equal(['council.example', 'council.example']);
  });
});
