// scripts/bench-language.mjs: our language check and alex side by side, in ONE Node process, on the
// same inputs; then corpus scores, linear-time figures and the engine's size. Run after a build
// (npm run bench does both). Prints figures; never fails on time.
import { performance } from 'node:perf_hooks';
import { text as alexText } from 'alex';
import { checkText } from '../dist/engines/language-check/index.js';
import { CORPUS } from '../test/fixtures/language-corpus.mjs';
import { scoreCorpus } from './corpus-score.mjs';
import { bundleEntry, gzipBytes, kib } from './gzip-size.mjs';
import { PARAGRAPH, buildDocument, countWords } from './language-bench-fixtures.mjs';

const DOCUMENT = buildDocument(20000, 42);
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
function time(fn, input, { warmup, runs }) {
  let findings = 0;
  for (let i = 0; i < warmup; i++) findings = fn(input);
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    findings = fn(input);
    times.push(performance.now() - t0);
  }
  return { ms: median(times), findings };
}
const ours = (t) => checkText(t).length;
const alex = (t) => alexText(t).messages.length;

console.log(`language check vs alex 11.0.1, one Node ${process.version} process, medians`);
for (const [label, input, runs] of [
  ['200-word referral paragraph', PARAGRAPH, { warmup: 20, runs: 51 }],
  [`${countWords(DOCUMENT).toLocaleString('en-GB')}-word document`, DOCUMENT, { warmup: 3, runs: 9 }],
]) {
  const a = time(alex, input, runs);
  const o = time(ours, input, runs);
  console.log(`  ${label}: ours ${o.ms.toFixed(3)} ms (${o.findings} findings), alex ${a.ms.toFixed(1)} ms (${a.findings} messages): ${(a.ms / o.ms).toFixed(0)}× faster`);
}

const score = scoreCorpus(CORPUS, checkText);
const clean = CORPUS.filter((line) => line.expect === null).length;
console.log(`corpus: ${CORPUS.length} sentences (${clean} clean): recall ${(score.recall * 100).toFixed(1)}%, precision ${(score.precision * 100).toFixed(1)}%`);

// Linear time: doubling the input should about double the time.
const linear = [];
for (const [label, make] of [
  ['random Unicode', (n) => { let seed = 7; return Array.from({ length: n }, () => String.fromCharCode((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % 0xd7ff)).join(''); }],
  ['"self-" repeated', (n) => 'self-'.repeat(n / 5)],
  ['spaces', (n) => ' '.repeat(n)],
]) {
  const one = time(ours, make(1 << 20), { warmup: 1, runs: 3 }).ms;
  const two = time(ours, make(1 << 21), { warmup: 1, runs: 3 }).ms;
  linear.push(`${label} 1 MB ${one.toFixed(1)} ms, 2 MB ${two.toFixed(1)} ms (×${(two / one).toFixed(2)})`);
}
console.log(`linear time: ${linear.join('; ')}`);

const engine = await bundleEntry('dist/engines/language-check/index.js');
console.log(`engine plus rule data: ${kib(gzipBytes(engine))} KiB gzip (${kib(engine.length)} KiB minified); budget 12 KiB`);
