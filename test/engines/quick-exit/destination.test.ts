import { expect } from '@open-wc/testing';
import { DEFAULT_EXIT_URL, resolveDestination } from '../../../src/engines/quick-exit/destination.js';

const BASE = 'https://council.example/support/';

describe('engines/quick-exit resolveDestination', () => {
  it('keeps http(s) URLs, resolving relative ones against the page', () => {
    expect(resolveDestination('https://www.google.com/webhp', BASE)).to.deep.equal({ url: 'https://www.google.com/webhp' });
    expect(resolveDestination('http://example.org/', BASE).url).to.equal('http://example.org/');
    expect(resolveDestination('/weather', BASE).url).to.equal('https://council.example/weather');
  });

  it('uses the fallback, quietly, when nothing was asked for', () => {
    expect(resolveDestination(undefined, BASE)).to.deep.equal({ url: DEFAULT_EXIT_URL });
    expect(resolveDestination('   ', BASE, 'https://fallback.example/')).to.deep.equal({ url: 'https://fallback.example/' });
  });

  it('refuses every other scheme, saying why', () => {
    for (const bad of ['javascript:alert(1)', 'data:text/html,hi', 'tel:999', 'file:///etc/passwd', ' JavaScript:void(0)']) {
      const result = resolveDestination(bad, BASE);
      expect(result.url, bad).to.equal(DEFAULT_EXIT_URL);
      expect(result.rejected, bad).to.match(/not allowed/);
    }
  });

  it('refuses what is not a URL at all', () => {
    const result = resolveDestination('http://', BASE);
    expect(result.url).to.equal(DEFAULT_EXIT_URL);
    expect(result.rejected).to.match(/not a valid URL/);
  });
});
