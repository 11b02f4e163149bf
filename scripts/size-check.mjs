// scripts/size-check.mjs: prints the gzip size of each budgeted build output against size-budgets.json,
// and exits non-zero when one is over. Run after `npm run build`. Last line: "size: N passed, N failed".
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

const { budgets } = JSON.parse(readFileSync(new URL('../size-budgets.json', import.meta.url), 'utf8'));

/** An npm entry as a user's bundler would ship it: its imports resolved (production Lit) and minified. */
async function bundleEntry(entry, external) {
  const build = await rollup({
    input: entry,
    external: (id) => external.some((name) => id === name || id.startsWith(`${name}/`)),
    plugins: [nodeResolve({ browser: true }), terser({ format: { comments: false }, module: true })],
    onwarn: (warning, warn) => {
      if (warning.code !== 'THIS_IS_UNDEFINED') warn(warning);
    },
  });
  const { output } = await build.generate({ format: 'es' });
  await build.close();
  return Buffer.from(output[0].code);
}

const kib = (bytes) => (bytes / 1024).toFixed(1);
let passed = 0;
let failed = 0;
console.log('gzip KiB  budget  name');
for (const budget of budgets) {
  const bytes = budget.file ? readFileSync(budget.file) : await bundleEntry(budget.entry, budget.external ?? []);
  const gzip = gzipSync(bytes, { level: 9 }).length;
  const over = budget.gzipKiB !== null && gzip > budget.gzipKiB * 1024;
  if (over) failed++;
  else if (budget.gzipKiB !== null) passed++;
  const limit = budget.gzipKiB === null ? '   -  ' : `${String(budget.gzipKiB).padStart(5)} `;
  console.log(`${kib(gzip).padStart(8)}  ${limit} ${budget.name} (${kib(bytes.length)} KiB minified)${over ? '  ✗ OVER BUDGET' : ''}`);
}
console.log(`\nsize: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
