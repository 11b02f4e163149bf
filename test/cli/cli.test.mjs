// Runs the real CLI (bin/no-wrong-door.mjs, on the built engine) as a user would. Node's test runner.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';

const cli = (args, input) => spawnSync(process.execPath, ['bin/no-wrong-door.mjs', ...args], { encoding: 'utf8', input });
const FIX = 'test/fixtures/cli';

test('a clean file exits 0 and prints nothing', () => {
  const run = cli(['check', `${FIX}/clean.txt`]);
  assert.equal(run.status, 0);
  assert.equal(run.stdout, '');
});

test('Markdown: reports file:line:col in the original, skipping code and ignored paragraphs', () => {
  const run = cli(['check', `${FIX}/guidance.md`]);
  assert.equal(run.status, 1);
  const lines = run.stdout.trim().split('\n').filter((l) => l.includes(' high '));
  assert.deepEqual(lines.map((l) => l.split('  ')[0]), [`${FIX}/guidance.md:6:4`, `${FIX}/guidance.md:12:50`]);
  assert.match(lines[0], /"committed suicide".*Try: "died by suicide"/);
});

test('HTML: tags, attributes and scripts are not prose', () => {
  const run = cli(['check', `${FIX}/notes.html`, '--format', 'json']);
  assert.equal(run.status, 1);
  const findings = JSON.parse(run.stdout);
  assert.deepEqual(findings.map((f) => [f.ruleId, f.line, f.column, f.text]), [['self-harmer', 3, 22, 'self-harmer']]);
});

test('stdin when no file is named', () => {
  const run = cli(['check'], 'A failed suicide attempt.\n');
  assert.equal(run.status, 1);
  assert.match(run.stdout, /^<stdin>:1:3 {2}high {2}"failed suicide attempt"/);
});

test('--disable and --min-severity', () => {
  assert.equal(cli(['check', '--disable', 'failed-suicide'], 'A failed suicide attempt.').status, 0);
  assert.equal(cli(['check', '--disable', 'success-failure'], 'A failed suicide attempt.').status, 0);
  assert.equal(cli(['check', '--min-severity', 'medium'], 'completed suicide').status, 0);
  assert.equal(cli(['check', '--min-severity', 'low'], 'completed suicide').status, 1);
});

test('SARIF 2.1.0 output with rule, level and region', () => {
  const run = cli(['check', '--format', 'sarif'], 'He committed suicide.');
  const sarif = JSON.parse(run.stdout);
  assert.equal(sarif.version, '2.1.0');
  const [result] = sarif.runs[0].results;
  assert.equal(result.ruleId, 'committed-suicide');
  assert.equal(result.level, 'error');
  assert.deepEqual(result.locations[0].physicalLocation.region, { startLine: 1, startColumn: 4, endLine: 1, endColumn: 21 });
});

test('usage and read errors exit 2 with one line', () => {
  for (const args of [[], ['lint'], ['check', '--format', 'xml'], ['check', '--min-severity', 'huge'], ['check', '--nope'], ['check', `${FIX}/missing.txt`]]) {
    const run = cli(args, '');
    assert.equal(run.status, 2, args.join(' '));
    assert.equal(run.stderr.trim().split('\n').length, 1, args.join(' '));
    assert.match(run.stderr, /^no-wrong-door: /);
  }
});
