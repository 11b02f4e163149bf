// Themes and type on real host pages (issue 16 item 1): light unless the host opts in to dark, a
// sans-serif even where the page sets its font on classes (GOV.UK Frontend), and no 9px text under a
// CMS's `html { font-size: 62.5% }`.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/quick-exit/nwd-quick-exit.js';
import '../../src/components/find-support/nwd-find-support.js';
import type { NwdFindSupport } from '../../src/components/find-support/find-support.js';
import { emulate } from '../helpers.js';

const background = (el: NwdFindSupport) => getComputedStyle(el.shadowRoot!.querySelector('button[aria-expanded]')!).backgroundColor;
const bodyText = (el: Element) => getComputedStyle(el.shadowRoot!.querySelector('p, li')!);

describe('themes and type', () => {
  afterEach(async () => {
    document.documentElement.style.fontSize = '';
    await emulate();
  });

  it('stays light when the device is dark and the host has not opted in', async () => {
    await emulate({ colorScheme: 'dark', hostDark: false });
    const el = await fixture<NwdFindSupport>(html`<nwd-find-support variant="compact"></nwd-find-support>`);
    expect(getComputedStyle(el).colorScheme).to.equal('light');
    expect(background(el)).to.equal('rgb(255, 255, 255)');
  });

  it('turns dark when the host opts in with --nwd-color-scheme', async () => {
    await emulate({ colorScheme: 'dark', hostDark: false });
    const el = await fixture<NwdFindSupport>(html`<nwd-find-support variant="compact" style="--nwd-color-scheme: light dark"></nwd-find-support>`);
    expect(background(el)).to.equal('rgb(29, 29, 29)');
  });

  it('uses a sans-serif when the page sets its font only on classes; font-family: inherit on the element is the opt-in', async () => {
    const page = await fixture<HTMLDivElement>(html`<div>
      <p class="govuk-body" style="font-family: serif">Page text</p>
      <nwd-find-support id="own" variant="compact"></nwd-find-support>
      <div style="font-family: Georgia, serif"><nwd-find-support id="inherit" variant="compact" style="font-family: inherit"></nwd-find-support></div>
    </div>`);
    expect(bodyText(page.querySelector('#own')!).fontFamily).to.contain('sans-serif');
    expect(bodyText(page.querySelector('#inherit')!).fontFamily).to.contain('Georgia');
  });

  it('text stays at least 16px under a 62.5% root, and a larger root still scales it', async () => {
    document.documentElement.style.fontSize = '62.5%';
    const el = await fixture<NwdFindSupport>(html`<nwd-find-support variant="compact"></nwd-find-support>`);
    expect(parseFloat(bodyText(el).fontSize)).to.be.at.least(15); // compact lines are 0.9375em of 16px
    document.documentElement.style.fontSize = '125%';
    await el.updateComplete;
    expect(parseFloat(getComputedStyle(el).fontSize)).to.equal(20);
  });
});
