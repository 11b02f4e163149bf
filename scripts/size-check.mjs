// scripts/size-check.mjs: prints the gzip size of each budgeted build output against size-budgets.json,
// and exits non-zero when one is over. Run after `npm run build`. Last line: "size: N passed, N failed".
import { readFileSync } from 'node:fs';
import { bundleEntry, gzipBytes, kib } from './gzip-size.mjs';

const { budgets } = JSON.parse(readFileSync(new URL('../size-budgets.json', import.meta.url), 'utf8'));
let passed = 0;
let failed = 0;
console.log('gzip KiB  budget  name');
for (const budget of budgets) {
  const bytes = budget.file ? readFileSync(budget.file) : await bundleEntry(budget.entry, budget.external ?? []);
  const gzip = gzipBytes(bytes);
  const over = budget.gzipKiB !== null && gzip > budget.gzipKiB * 1024;
  if (over) failed++;
  else if (budget.gzipKiB !== null) passed++;
  const limit = budget.gzipKiB === null ? '   -  ' : `${String(budget.gzipKiB).padStart(5)} `;
  console.log(`${kib(gzip).padStart(8)}  ${limit} ${budget.name} (${kib(bytes.length)} KiB minified)${over ? '  ✗ OVER BUDGET' : ''}`);
}
console.log(`\nsize: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
