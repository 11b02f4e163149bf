// Issue 13 item 5: the first render measures nothing. Mirror alignment reads the control's box
// (a forced synchronous layout of the whole page); it now runs in the next animation frame.
import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/components/language-check/nwd-language-check.js';
import type { NwdLanguageCheck } from '../../src/components/language-check/language-check.js';

describe('<nwd-language-check> first render', () => {
  afterEach(() => sinon.restore());

  it('does not measure the control during the update; aligns the mirror in the next frame', async () => {
    const measured = sinon.spy(HTMLTextAreaElement.prototype, 'getBoundingClientRect');
    const form = await fixture<HTMLFormElement>(html`<form><nwd-language-check><label for="t">Notes</label>
      <textarea id="t">He committed suicide.</textarea></nwd-language-check></form>`);
    const el = form.querySelector<NwdLanguageCheck>('nwd-language-check')!;
    await el.updateComplete;
    expect(measured.callCount, 'measured inside the update').to.equal(0);
    await nextFrame();
    await nextFrame();
    expect(measured.callCount).to.be.greaterThan(0);
    const mirror = el.shadowRoot!.querySelector<HTMLElement>('[part="mirror"]')!;
    const [a, m] = [form.querySelector('textarea')!.getBoundingClientRect(), mirror.getBoundingClientRect()];
    expect(Math.abs(a.left - m.left)).to.be.below(1);
    expect(Math.abs(a.top - m.top)).to.be.below(1);
  });
});
