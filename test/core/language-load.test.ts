// Issue 13 item 3: Welsh and Gaelic strings are chunks loaded on first use. Until they arrive the
// element shows its own light-DOM fallback (here the plain exit link), never English.
import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import '../../src/components/quick-exit/nwd-quick-exit.js';
import type { NwdQuickExit } from '../../src/components/quick-exit/quick-exit.js';

describe('an element whose language is still loading', () => {
  it('shows its fallback link, then Welsh, and never English', async () => {
    const seen: string[] = [];
    const page = await fixture<HTMLDivElement>(html`<div lang="cy"><nwd-quick-exit href="/away"><a href="/away">Gadael y dudalen hon</a></nwd-quick-exit></div>`);
    const el = page.querySelector<NwdQuickExit>('nwd-quick-exit')!;
    const record = () => seen.push(el.shadowRoot?.querySelector('[part="button"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '(fallback)');
    const observer = new MutationObserver(record);
    observer.observe(el.shadowRoot!, { childList: true, subtree: true, characterData: true });
    await nextFrame();
    record();
    const fallback = el.querySelector('a')!;
    if (!el.shadowRoot!.querySelector('[part="button"]')) expect(fallback.getClientRects().length, 'fallback link visible while loading').to.be.greaterThan(0);
    await el.updateComplete;
    record();
    observer.disconnect();
    expect(seen.at(-1)).to.equal('Argyfwng Gadael y dudalen hon');
    expect(seen.filter((text) => /Exit this page|Emergency/.test(text)), `English was shown: ${seen.join(' | ')}`).to.deep.equal([]);
  });
});
