// The compact banner carries only the crisis lines: the rest of the national list is fetched when the
// full view first shows (issue 13, item 4). Resource timing tells what the page downloaded.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/find-support/nwd-find-support.js';
import type { NwdFindSupport } from '../../src/components/find-support/find-support.js';

const fetched = (part: string) => performance.getEntriesByType('resource').some((entry) => entry.name.includes(part));
const ids = (el: NwdFindSupport) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="service"]')].map((li) => li.dataset.serviceId);

describe('<nwd-find-support> loads only what it shows', () => {
  it('the compact banner shows the 24/7 lines without the national list; "Show more support" brings it', async () => {
    const el = await fixture<NwdFindSupport>(html`<nwd-find-support variant="compact" nation="scotland"></nwd-find-support>`);
    expect(el.shadowRoot!.textContent).to.contain('116 123');
    expect(fetched('/engines/services/data/national.')).to.equal(false);
    el.shadowRoot!.querySelector<HTMLButtonElement>('button[aria-expanded]')!.click();
    await el.updateComplete;
    expect(fetched('/engines/services/data/national.')).to.equal(true);
    await waitUntil(() => ids(el).includes('breathing-space'), 'the national helplines never arrived');
    expect(el.shadowRoot!.textContent).to.not.contain('Loading more support…');
  });
});

describe('<nwd-find-support topic="self-harm">', () => {
  it('names the list "Self-harm support" and shows the self-harm resources (issue 11 item 2)', async () => {
    const el = await fixture<NwdFindSupport>(html`<nwd-find-support topic="self-harm" nation="scotland"></nwd-find-support>`);
    const headings = [...el.shadowRoot!.querySelectorAll('[role="heading"], h2, h3, h4')].map((h) => h.textContent!.trim());
    expect(headings).to.include('Self-harm support');
    expect(headings).to.not.include('Helplines');
    expect(ids(el)).to.include.members(['self-harm-network-scotland', 'calm-harm', 'alumina', 'lifesigns']);
    const plain = await fixture<NwdFindSupport>(html`<nwd-find-support nation="scotland"></nwd-find-support>`);
    expect([...plain.shadowRoot!.querySelectorAll('[role="heading"], h2, h3, h4')].map((h) => h.textContent!.trim())).to.include('Helplines');
  });
});

describe('<nwd-find-support> on a Welsh page (issue 10 item 20)', () => {
  it('English-only data carries lang="en-GB"; Welsh data and our own strings carry none', async () => {
    const page = await fixture<HTMLDivElement>(html`<div lang="cy"><nwd-find-support nation="wales"></nwd-find-support></div>`);
    const el = page.querySelector<NwdFindSupport>('nwd-find-support')!;
    await el.updateComplete;
    const card = (id: string) => el.shadowRoot!.querySelector(`[data-service-id="${id}"]`)!;
    const shout = card('shout').querySelector('.instructions')!;
    expect(shout.textContent).to.contain('If you text very often');
    expect(shout.getAttribute('lang')).to.equal('en-GB');
    const samaritans = card('samaritans').querySelector('p[lang]');
    expect(samaritans?.getAttribute('lang')).to.equal('en-GB'); // its description is English only
    const welshLine = card('samaritans-welsh-line').querySelector('details li[lang], details li:last-child')!;
    expect(welshLine.textContent).to.equal('Am ddim');
    expect(welshLine.hasAttribute('lang')).to.equal(false);
    expect(card('shout').querySelector('.status')!.hasAttribute('lang')).to.equal(false);
  });
});
