// scripts/test.mjs: `npm test`. Type-check, lint, template check, then every test in headless Chromium.
// Ends with one plain line, "N passed, N failed": each static check counts as one, plus each browser test.
import { spawnSync } from 'node:child_process';
import { ensureChromium } from './chromium.mjs';

const bin = (name) => `node_modules/.bin/${name}`;
const STEPS = [
  // custom-elements.json is built, not committed; Storybook's preview imports it, so make it first
  ['custom-elements.json', 'npm', ['run', 'analyze', '--silent']],
  ['type-check', bin('tsc'), ['-p', 'tsconfig.json']],
  ['lint', bin('eslint'), ['.']],
  // no-invalid-css is off: its CSS data predates color-scheme and forced-color-adjust, which we rely on.
  ['template check', bin('lit-analyzer'), ['src', '--strict', '--maxWarnings', '0', '--rules.no-invalid-css', 'off']],
];

let passed = 0;
let failed = 0;
for (const [name, command, args] of STEPS) {
  process.stdout.write(`▸ ${name}\n`);
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status === 0) passed++;
  else {
    failed++;
    process.stdout.write(`✗ ${name} failed\n`);
  }
}

process.env.CHROME_PATH = ensureChromium();
process.stdout.write(`▸ browser tests (${process.env.CHROME_PATH})\n`);
const wtr = spawnSync(bin('wtr'), [], { encoding: 'utf8', stdio: ['inherit', 'pipe', 'inherit'] });
process.stdout.write(wtr.stdout ?? '');
const counts = /wtr: (\d+) passed, (\d+) failed/.exec(wtr.stdout ?? '');
if (counts) {
  passed += Number(counts[1]);
  failed += Number(counts[2]);
}
// a crash before counting, or a run with no tests, is never green
if (!counts || (wtr.status !== 0 && Number(counts[2]) === 0) || Number(counts[1]) === 0) failed++;

// The CLI runs on the built engine: build, then run it as a user would (Node's test runner).
process.stdout.write('▸ CLI tests (build, then node --test)\n');
const build = spawnSync(bin('rollup'), ['-c', '--silent'], { stdio: 'inherit' });
const cliTests = build.status === 0 ? spawnSync(process.execPath, ['--test', 'test/cli/'], { encoding: 'utf8' }) : { stdout: '', status: 1 };
process.stdout.write(cliTests.stdout ?? '');
const nodeCounts = [/^# pass (\d+)/m.exec(cliTests.stdout ?? ''), /^# fail (\d+)/m.exec(cliTests.stdout ?? '')];
passed += Number(nodeCounts[0]?.[1] ?? 0);
failed += Number(nodeCounts[1]?.[1] ?? 0);
if (cliTests.status !== 0 && !Number(nodeCounts[1]?.[1])) failed++;
if (!Number(nodeCounts[0]?.[1])) failed++;

process.stdout.write(`\n${passed} passed, ${failed} failed\n`);
process.exit(failed ? 1 : 0);
