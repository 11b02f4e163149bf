// The class-only entry (no-wrong-door/quick-exit/class) must register nothing, so hosts can choose
// their own tag name (scoped registries, or a clash with another library). wtr runs each test file
// in its own page, so nothing else has registered the element here.
import { expect, fixture } from '@open-wc/testing';
import { NwdQuickExit } from '../../src/components/quick-exit/quick-exit.js';

describe('quick-exit class-only entry', () => {
  it('registers nothing on import', () => {
    expect(customElements.get('nwd-quick-exit')).to.equal(undefined);
  });

  it('works under a tag name the host chooses', async () => {
    customElements.define('council-exit', class extends NwdQuickExit {});
    const el = await fixture<NwdQuickExit>('<council-exit></council-exit>');
    expect(el.shadowRoot!.querySelector('[part="button"]')!.textContent).to.contain('Exit this page');
  });
});
