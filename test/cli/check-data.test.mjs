// Runs scripts/check-data.mjs as CI does, on fixture data written to a temporary folder. Node's test runner.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const TODAY = '2026-12-02';
const dir = mkdtempSync(join(tmpdir(), 'nwd-check-data-'));
const entry = (overrides) => ({
  id: 'fresh',
  name: 'A fresh line',
  channels: [{ type: 'phone', value: '0800 000 0000' }],
  hours: { kind: 'always' },
  audience: {},
  tier: 'helpline',
  sources: [{ name: 'Provider', url: 'https://provider.example/contact', date: '2026-10' }],
  checked: { date: '2026-11-30', how: 'Against the provider’s page.' },
  confidence: 'high',
  ...overrides,
});
let n = 0;
const check = (entries, today = TODAY) => {
  const file = join(dir, `data-${n++}.json`);
  writeFileSync(file, JSON.stringify(entries));
  return spawnSync(process.execPath, ['scripts/check-data.mjs', '--data', file, '--today', today], { encoding: 'utf8' });
};
const lastLine = (run) => run.stdout.trim().split('\n').at(-1);

test('fresh, sourced entries pass with no warnings', () => {
  const run = check([entry()]);
  assert.equal(run.status, 0, run.stdout);
  assert.equal(lastLine(run), 'check-data: 1 passed, 0 failed, 0 warnings');
});

test('a stale entry warns but does not fail: checked over 6 months ago, source over 3 years old', () => {
  const run = check([entry(), entry({ id: 'stale', checked: { date: '2026-05-01', how: 'x' }, sources: [{ name: 'Old paper', url: 'https://paper.example', date: '2023-06' }] })]);
  assert.equal(run.status, 0, run.stdout);
  assert.match(run.stdout, /^warning: stale: checked 2026-05-01, more than 6 months ago/m);
  assert.match(run.stdout, /^warning: stale: source "Old paper" is dated 2023-06, more than 3 years ago/m);
  assert.doesNotMatch(run.stdout, /^warning: fresh/m);
  assert.equal(lastLine(run), 'check-data: 2 passed, 0 failed, 2 warnings');
});

test('further sources (moreSources) are checked for age too, but do not stand in for a shown source', () => {
  const old = { name: 'Old column', url: 'https://paper.example/old', date: '2019-05' };
  const run = check([entry({ moreSources: [old] }), entry({ id: 'only-more', sources: [], moreSources: [old] })]);
  assert.equal(run.status, 1);
  assert.match(run.stdout, /^warning: fresh: source "Old column" is dated 2019-05/m);
  assert.match(run.stdout, /^FAIL: only-more: no source$/m);
});

test('ages are never overstated: a source dated only "2023" is not yet 3 years old in December 2026', () => {
  const run = check([entry({ sources: [{ name: 'Year only', url: 'https://a.example', date: '2023' }] })]);
  assert.equal(lastLine(run), 'check-data: 1 passed, 0 failed, 0 warnings');
});

test('an unsourced entry fails, and so does one with no checked date', () => {
  const run = check([entry(), entry({ id: 'unsourced', sources: [] }), entry({ id: 'unchecked', checked: undefined })]);
  assert.equal(run.status, 1);
  assert.match(run.stdout, /^FAIL: unsourced: no source$/m);
  assert.match(run.stdout, /^FAIL: unchecked: no checked date/m);
  assert.equal(lastLine(run), 'check-data: 1 passed, 2 failed, 0 warnings');
});

test('numbers must be UK shapes; the shapes the dataset uses pass', () => {
  const good = ['999', '111', '116 123', '0800 1111', '0800 58 58 58', '0808 808 8000', '0300 304 7000', '0115 880 0280', '020 7946 0000', '07860 039967', '080880 23456'];
  const ok = check([entry({
    channels: [...good.map((value) => ({ type: 'phone', value })), { type: 'text', value: '85258', keyword: 'SHOUT' },
      { type: 'text', value: '999', keyword: 'register' }, { type: 'textphone', value: '18001 0808 808 8000' }],
  })]);
  assert.equal(ok.status, 0, ok.stdout);
  for (const value of ['0800 123', '0845 120 2961', '+44 800 1111', '0800-1111', '1234', '09012 345678']) {
    const run = check([entry({ id: 'bad', channels: [{ type: 'phone', value }] })]);
    assert.equal(run.status, 1, value);
    assert.match(run.stdout, /^FAIL: bad: phone ".*" (is not a UK number shape|has characters other than digits and spaces)$/m, value);
  }
  assert.equal(check([entry({ id: 'bad', channels: [{ type: 'text', value: '8525' }] })]).status, 1);
});

test('prints a table of entries, the longest since checked first', () => {
  const run = check([entry({ id: 'newer' }), entry({ id: 'older', checked: { date: '2026-09-01', how: 'x' } })]);
  const rows = run.stdout.split('\n').filter((line) => /^(entry|newer|older)\s/.test(line));
  assert.deepEqual(rows.map((r) => r.split(/\s+/)[0]), ['entry', 'older', 'newer']);
  assert.match(rows[1], /^older\s+2026-09-01\s+92\s+2026-10\s+2026-10\s+high\s+ok$/);
});

test('the shipped national data passes', () => {
  const run = spawnSync(process.execPath, ['scripts/check-data.mjs'], { encoding: 'utf8' }); // today: stale data only warns
  assert.equal(run.status, 0, run.stdout + run.stderr);
  assert.match(lastLine(run), /^check-data: \d+ passed, 0 failed, \d+ warnings$/);
});
