// scripts/split-corpus.mjs: splits a labelled corpus ONCE into dev (tune on it) and test (never read
// while tuning), by a fixed seed, so the split is reproducible and never re-drawn to flatter a rule.
//   node scripts/split-corpus.mjs <out-dir> <seed> <in.jsonl>...
// Each line's side is decided by a seeded hash of its id alone: adding lines later never moves old ones.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** FNV-1a over the seed and the id: a stable 32-bit number per line. */
function hash(seed, id) {
  let h = 0x811c9dc5;
  for (const ch of `${seed}:${id}`) {
    h ^= ch.codePointAt(0);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

const [outDir, seed, ...inputs] = process.argv.slice(2);
if (!outDir || !seed || !inputs.length) {
  console.error('usage: node scripts/split-corpus.mjs <out-dir> <seed> <in.jsonl>...');
  process.exit(2);
}
const dev = [];
const test = [];
for (const file of inputs) {
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const row = JSON.parse(line);
    (hash(seed, row.id) % 2 === 0 ? dev : test).push(JSON.stringify(row));
  }
}
writeFileSync(join(outDir, 'dev.jsonl'), `${dev.join('\n')}\n`);
writeFileSync(join(outDir, 'test.jsonl'), `${test.join('\n')}\n`);
console.log(`${outDir}: ${dev.length} dev, ${test.length} test (seed ${seed})`);
