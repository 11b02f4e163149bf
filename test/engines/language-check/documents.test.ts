import { expect } from '@open-wc/testing';
import { kindOf, proseOf } from '../../../src/engines/language-check/index.js';

describe('engines/language-check documents', () => {
  it('blanks markup and code but keeps every offset and line', () => {
    const html = '<p class="x">She said <b>hello</b></p>\n<script>var a = "b";</script>\n<!-- nwd-ignore-next -->\nText';
    const prose = proseOf(html, 'html');
    expect(prose.length).to.equal(html.length);
    expect(prose.split('\n').length).to.equal(html.split('\n').length);
    expect(prose.replace(/\s+/g, ' ').trim()).to.equal('She said hello <!-- nwd-ignore-next --> Text');
  });

  it('skips fenced and inline code and link targets in Markdown, keeping link text', () => {
    const md = 'Read [the guide](https://x.example/committed-suicide) and `code`.\n```\nfenced\n```\nEnd.';
    const prose = proseOf(md, 'markdown');
    expect(prose.length).to.equal(md.length);
    expect(prose.replace(/\s+/g, ' ').trim()).to.equal('Read [the guide and . End.');
  });

  it('tells the kind of document from the file name', () => {
    expect([kindOf('a.md'), kindOf('b.HTML'), kindOf('c.txt'), kindOf('notes')]).to.deep.equal(['markdown', 'html', 'text', 'text']);
  });
});
