// Issue 12 item 4: the language engine is linear on hostile shapes. Growth is a ratio (each doubling
// of the input may cost at most 2.5× the time; quadratic costs 4×), never an absolute time.
import { expect } from '@open-wc/testing';
import { checkText, proseOf, type DocumentKind } from '../../../src/engines/language-check/index.js';

function time(check: (text: string) => unknown, text: string, times = 1): number {
  const t0 = performance.now();
  for (let i = 0; i < times; i++) check(text);
  return performance.now() - t0;
}

/**
 * How much the time grows each time the input doubles, measured from n to 4n at the first n (from
 * `n`, doubling, up to 64K characters) that takes 5 ms. Each sample does the same amount of work if
 * the check is linear (4 runs of n against 1 of 4n), so a busy spell on a shared machine hits both
 * alike; the best of seven, taken in turn. Linear is 2, quadratic 4.
 */
function growth(make: (n: number) => string, check: (text: string) => unknown, n: number): number {
  let small = make(n);
  while (time(check, small) < 5 && small.length < 1 << 16) small = make((n *= 2));
  const large = make(n * 4);
  const times = Math.ceil(20 / Math.max(1, time(check, large)));
  let [one, four] = [Infinity, Infinity];
  for (let i = 0; i < 7; i++) {
    one = Math.min(one, time(check, small, 4 * times));
    four = Math.min(four, time(check, large, times));
  }
  return 2 * Math.sqrt(four / one);
}

/** Up to three measures: a busy spell passes on a later one; quadratic never does. */
function expectLinear(label: string, make: (n: number) => string, check: (text: string) => unknown, n: number) {
  let ratio = Infinity;
  for (let tries = 0; tries < 3 && ratio > 2.5; tries++) ratio = Math.min(ratio, growth(make, check, n));
  expect(ratio, `${label}: 2× input took ${ratio.toFixed(2)}× the time`).to.be.at.most(2.5);
}

const prose = (kind: DocumentKind) => (text: string) => proseOf(text, kind);

describe('engines/language-check linear time (issue 12 item 4)', function () {
  this.timeout(60_000);

  it('nwd-ignore-next repeated 65,536 times, on lines and in paragraphs', () => {
    expectLinear('marker lines', (n) => 'nwd-ignore-next\n'.repeat(n), checkText, 1 << 12);
    expectLinear('markers on one line', (n) => `${'nwd-ignore-next '.repeat(n)}\nx`, checkText, 1 << 12);
    expectLinear('marker then text', (n) => '# nwd-ignore-next\nHe committed suicide.\n'.repeat(n), checkText, 1 << 12);
    expect(checkText('nwd-ignore-next\n'.repeat(65_536))).to.deep.equal([]);
  });

  it('still ignores exactly the next paragraph', () => {
    const text = 'nwd-ignore-next nwd-ignore-next\n\ncommitted suicide\ncommitted suicide\n\ncommitted suicide';
    expect(checkText(text).map((f) => f.start)).to.deep.equal([text.lastIndexOf('committed')]);
  });

  it('proseOf: "<" repeated, newlines, "](" repeated', () => {
    expectLinear('"<" in HTML', (n) => '<'.repeat(n), prose('html'), 1 << 12);
    expectLinear('"<" in Markdown', (n) => '<'.repeat(n), prose('markdown'), 1 << 12);
    expectLinear('newlines', (n) => '\n'.repeat(n), prose('markdown'), 1 << 12);
    expectLinear('spaced newlines', (n) => ' \n'.repeat(n), prose('markdown'), 1 << 12);
    expectLinear('"](" repeated', (n) => ']('.repeat(n), prose('markdown'), 1 << 12);
  });

  it('proseOf: unclosed <pre, <script and <!--', () => {
    for (const opener of ['<pre', '<script ', '<!--', '<textarea>', '<STYLE>']) {
      expectLinear(opener, (n) => opener.repeat(n), prose('html'), 1 << 11);
    }
    expectLinear('fences, one unclosed', (n) => `\`\`\`\n${'~~~\n'.repeat(n)}`, prose('markdown'), 1 << 11);
  });

  it('an opener with no closer hides nothing after it', () => {
    const html = '<!-- open\n<pre>\n<script>\nHe committed suicide.';
    const text = proseOf(html, 'html');
    expect(text.length).to.equal(html.length);
    expect(checkText(text).map((f) => html.slice(f.start, f.end))).to.deep.equal(['committed suicide']);
    const closed = '<PRE>x</pre > <!-- a --> <script>a</script>\nb';
    expect(proseOf(closed, 'html').replace(/\s+/g, ' ')).to.equal(' b');
  });
});
