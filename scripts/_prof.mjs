import { checkText, RULES } from '../dist/engines/language-check/index.js';
import { buildDocument } from './language-bench-fixtures.mjs';
import { performance } from 'node:perf_hooks';
const DOC = buildDocument(20000, 42);
const lower = DOC.toLowerCase();
console.log('rules running on DOC:', RULES.filter((r) => !r.hints || r.hints.some((h) => lower.includes(h))).map((r) => r.id).join(' '));
const t = []; for (let i = 0; i < 30; i++) { const t0 = performance.now(); checkText(DOC); t.push(performance.now() - t0); }
t.sort((a, b) => a - b); console.log('ours median', t[15].toFixed(2), 'min', t[0].toFixed(2));
const t2 = []; for (let i = 0; i < 30; i++) { const t0 = performance.now(); DOC.toLowerCase(); t2.push(performance.now() - t0); }
t2.sort((a, b) => a - b); console.log('toLowerCase median', t2[15].toFixed(3));
const rows = [];
for (const rule of RULES) {
  const opts = { replaceRules: true, rules: [rule] };
  for (let i = 0; i < 3; i++) checkText(DOC, opts);
  const ts = []; for (let i = 0; i < 15; i++) { const t0 = performance.now(); checkText(DOC, opts); ts.push(performance.now() - t0); }
  ts.sort((a, b) => a - b); rows.push([ts[7], rule.id]);
}
rows.sort((a, b) => b[0] - a[0]);
console.log(rows.slice(0, 14).map(([ms, id]) => `${ms.toFixed(3)} ${id}`).join('\n'));
