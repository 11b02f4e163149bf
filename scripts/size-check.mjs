// scripts/size-check.mjs: prints the gzip size of each budgeted build output against size-budgets.json,
// and exits non-zero when one is over. Run after `npm run build`. Last line: "size: N passed, N failed".
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, basename } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { bundleEntry, gzipBytes, kib } from './gzip-size.mjs';

const { budgets } = JSON.parse(readFileSync(new URL('../size-budgets.json', import.meta.url), 'utf8'));
let passed = 0;
let failed = 0;
console.log('gzip KiB  budget  name');
/** A path, or one with a `*` in its file name (chunk names carry a hash): every file it matches. */
function matching(pattern) {
  if (!pattern.includes('*')) return [pattern];
  const dir = dirname(pattern);
  const re = new RegExp(`^${basename(pattern).split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('[^/]*')}$`);
  const found = readdirSync(dir).filter((name) => re.test(name)).map((name) => `${dir}/${name}`);
  if (found.length !== 1) throw new Error(`${pattern} matches ${found.length} files; expected one`);
  return found;
}
const brotli = (bytes) => brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

console.log('(gzip -9 and brotli 11 of each file, summed over the files a page downloads)');
for (const budget of budgets) {
  // 'files': what one kind of page downloads (main file plus chunks), each compressed on its own
  const parts = budget.files ? budget.files.flatMap(matching).map((file) => readFileSync(file))
    : [budget.file ? readFileSync(budget.file) : await bundleEntry(budget.entry, budget.external ?? [])];
  const bytes = Buffer.concat(parts);
  const gzip = parts.reduce((sum, part) => sum + gzipBytes(part), 0);
  const br = parts.reduce((sum, part) => sum + brotli(part), 0);
  const over = budget.gzipKiB !== null && gzip > budget.gzipKiB * 1024;
  if (over) failed++;
  else if (budget.gzipKiB !== null) passed++;
  const limit = budget.gzipKiB === null ? '   -  ' : `${String(budget.gzipKiB).padStart(5)} `;
  console.log(`${kib(gzip).padStart(8)}  ${limit} ${budget.name} (${kib(bytes.length)} KiB minified, ${kib(br)} brotli)${over ? '  ✗ OVER BUDGET' : ''}`);
}
console.log(`\nsize: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
