// Runs the real CLI (bin/no-wrong-door.mjs, on the built engine) as a user would. Node's test runner.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const Ajv = require('ajv');
const draft04 = require('ajv/lib/refs/json-schema-draft-04.json');
const SARIF_SCHEMA = require('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');

const cli = (args, input) => spawnSync(process.execPath, ['bin/no-wrong-door.mjs', ...args], { encoding: 'utf8', input, maxBuffer: 1 << 28 });
const FIX = 'test/fixtures/cli';

/** Errors from the official SARIF 2.1.0 JSON schema (shipped in Microsoft's @microsoft/jest-sarif). */
function validateSarif(log) {
  const ajv = new Ajv({ allErrors: true, schemaId: 'auto', format: 'full' });
  ajv.addMetaSchema(draft04);
  const validate = ajv.compile(SARIF_SCHEMA);
  return validate(log) ? [] : validate.errors.map((e) => `${e.dataPath} ${e.message}`);
}

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

test('HTML: alt, title and meta description text is checked, at its own position', () => {
  const dir = mkdtempSync(join(tmpdir(), 'nwd-html-'));
  const file = join(dir, 'page.html');
  const source = '<head><meta name="description" content="A self-harmer speaks"></head>\n<p>Hi <img src="a.png" alt="He committed suicide" title="An attention seeker"> there</p>\n';
  writeFileSync(file, source);
  const findings = JSON.parse(cli(['check', file, '--format', 'json']).stdout);
  assert.deepEqual(findings.map((f) => [f.ruleId, f.line, f.text]), [
    ['self-harmer', 1, 'self-harmer'],
    ['committed-suicide', 2, 'committed suicide'],
    ['attention-seeking', 2, 'attention seeker'],
  ]);
  // each position points at the phrase in the original file
  const lines = source.split('\n');
  for (const f of findings) assert.equal(lines[f.line - 1].slice(f.column - 1, f.column - 1 + f.text.length), f.text);
});

test('SARIF: valid for standard input and for paths with spaces, with version, rule descriptions and help', () => {
  const dir = mkdtempSync(join(tmpdir(), 'nwd sarif '));
  const file = join(dir, 'my notes.txt');
  writeFileSync(file, 'He committed suicide.\n');
  const sarif = JSON.parse(cli(['check', '--format', 'sarif', file]).stdout);
  const { driver } = sarif.runs[0].tool;
  assert.match(driver.version, /^\d+\.\d+\.\d+/);
  assert.equal(driver.rules[0].defaultConfiguration.level, 'error');
  assert.match(driver.rules[0].fullDescription.text, /language of crime/);
  assert.match(driver.rules[0].helpUri, /^https:\/\/unpkg\.com\/no-wrong-door@.+\/docs\/language-rules\.md#committed-suicide$/);
  const uri = sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri;
  assert.equal(decodeURI(uri), file.replaceAll('\\', '/'));
  assert.doesNotMatch(uri, / /);
  const stdin = JSON.parse(cli(['check', '--format', 'sarif'], 'He committed suicide.').stdout);
  assert.deepEqual(stdin.runs[0].results[0].locations[0].physicalLocation.artifactLocation, { description: { text: 'standard input' } });
  for (const log of [sarif, stdin]) assert.deepEqual(validateSarif(log), []);
});

test('docs/language-rules.md has a section for every rule the SARIF helpUri points at', async () => {
  const { readFileSync } = await import('node:fs');
  const doc = readFileSync('docs/language-rules.md', 'utf8');
  const { RULES } = await import('../../dist/engines/language-check/index.js');
  for (const rule of RULES) assert.ok(doc.includes(`<a id="${rule.id}"></a>`), rule.id);
});

test('usage and read errors exit 2 with one line', () => {
  for (const args of [[], ['lint'], ['check', '--format', 'xml'], ['check', '--min-severity', 'huge'], ['check', '--nope'], ['check', `${FIX}/missing.txt`]]) {
    const run = cli(args, '');
    assert.equal(run.status, 2, args.join(' '));
    assert.equal(run.stderr.trim().split('\n').length, 1, args.join(' '));
    assert.match(run.stderr, /^no-wrong-door: /);
  }
});

// Issue 12 item 5: UTF-16 by its byte order mark, decoded; without one, an error rather than a clean file.
test('UTF-16 files with a byte order mark are decoded; without one the CLI says it cannot read them', () => {
  const dir = mkdtempSync(join(tmpdir(), 'nwd-cli-'));
  const text = 'Our notes.\nHe committed suicide.\n';
  const le = Buffer.from(`\ufeff${text}`, 'utf16le');
  const be = Buffer.from(le).swap16();
  for (const [name, bytes] of [['le.txt', le], ['be.md', be]]) {
    writeFileSync(join(dir, name), bytes);
    const run = cli(['check', '--format', 'json', join(dir, name)]);
    assert.equal(run.status, 1, name);
    assert.deepEqual(JSON.parse(run.stdout).map((f) => [f.line, f.column, f.text]), [[2, 4, 'committed suicide']], name);
  }
  assert.match(cli(['check'], le).stdout, /^<stdin>:2:4 /);
  writeFileSync(join(dir, 'no-bom.txt'), Buffer.from(text, 'utf16le'));
  const run = cli(['check', join(dir, 'no-bom.txt')]);
  assert.equal(run.status, 2);
  assert.equal(run.stdout, '');
  assert.match(run.stderr, /^no-wrong-door: cannot read .*no-bom\.txt: .*UTF-16 needs a byte order mark\)\n$/);
});

// Issue 12 item 4: line and column found in one pass per file. Growth is a ratio, never an absolute
// time: from 5,000 to 20,000 findings (start-up included), each doubling may cost at most 2.5× (one
// pass per finding cost 3×). The best of three runs; the whole JSON must arrive through the pipe.
test('positions are computed once per file: each doubling of the findings at most 2.5× the time', () => {
  const dir = mkdtempSync(join(tmpdir(), 'nwd-cli-'));
  const seconds = (lines) => {
    const file = join(dir, `${lines}.txt`);
    writeFileSync(file, 'He committed suicide.\n'.repeat(lines));
    let best = Infinity;
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now();
      const run = cli(['check', '--format', 'json', file]);
      best = Math.min(best, performance.now() - t0);
      assert.equal(JSON.parse(run.stdout).at(-1).line, lines);
    }
    return best;
  };
  const growth = Math.sqrt(seconds(20_000) / seconds(5_000));
  assert.ok(growth <= 2.5, `each doubling of the findings took ${growth.toFixed(2)}× the time`);
});
