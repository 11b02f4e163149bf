// What `npm pack` would publish (issue 16 item 3): the files an app, an editor and a reader of the
// README need, and nothing from the source tree. Runs after rollup (npm test builds first). Node's test runner.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

// the manifest as `npm run build` leaves it: written after rollup, so it lists only modules rollup wrote
// (npm test analyzes before it builds)
execFileSync('npm', ['run', 'analyze', '--silent'], { stdio: 'ignore' });
const [pack] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
const files = new Set(pack.files.map((f) => f.path));
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const missing = (paths) => paths.map((p) => p.replace(/^\.\//, '')).filter((p) => !files.has(p));

test('the tarball has the licence, README, manifest, CLI, script-tag bundles, editor data and framework types', () => {
  assert.deepEqual(missing([
    'package.json', 'README.md', 'LICENSE', 'custom-elements.json', 'bin/no-wrong-door.mjs',
    'dist/index.js', 'dist/index.d.ts', 'dist/no-wrong-door.js', 'dist/no-wrong-door.iife.js', 'dist/no-wrong-door.all.iife.js',
    'dist/web-types.json', 'dist/vscode.html-custom-data.json', 'dist/vscode.css-custom-data.json',
    'dist/types/jsx.d.ts', 'dist/types/vue.d.ts', 'dist/types/svelte.d.ts', 'dist/react/index.js', 'dist/react/index.d.ts',
  ]), []);
});

// every file package.json points at (exports, bin, web-types…): scripts/check-package.mjs, on the unpacked tarball

test('the LICENSE is MIT, as package.json says', () => {
  assert.equal(pkg.license, 'MIT');
  assert.match(readFileSync('LICENSE', 'utf8'), /^MIT License/);
  assert.ok(pkg.repository?.url && pkg.homepage, 'repository and homepage are set');
});

test('every file the README names under docs/, dist/ or bin/ ships', () => {
  const readme = readFileSync('README.md', 'utf8');
  const named = [...readme.matchAll(/`((?:docs|dist|bin)\/[\w./-]+\.\w+)`/g), ...readme.matchAll(/\]\((?!https?:|#|mailto:)([^)\s]+)\)/g)].map((m) => m[1]);
  assert.ok(named.includes('docs/data.md'), 'the README names docs/data.md');
  assert.deepEqual(missing(named.filter((p) => !p.includes('*'))), []);
});

test('custom-elements.json names shipped dist/*.js modules and defines each tag', () => {
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  assert.deepEqual(missing(manifest.modules.map((m) => m.path)), []);
  const definitions = manifest.modules.flatMap((m) => (m.exports ?? []).filter((e) => e.kind === 'custom-element-definition'));
  assert.deepEqual(definitions.map((d) => d.name).sort(), ['nwd-find-support', 'nwd-language-check', 'nwd-quick-exit', 'nwd-safety-plan']);
  for (const d of definitions) {
    const mod = manifest.modules.find((m) => m.path === d.declaration.module);
    assert.ok(mod?.declarations?.some((c) => c.name === d.declaration.name && c.tagName === d.name), `${d.name} points at its class`);
  }
});

test('nothing from the source tree, tests, stories or CI ships', () => {
  assert.deepEqual([...files].filter((f) => /^(src|test|stories|e2e|scripts|demo|\.storybook|\.ci)\//.test(f)), []);
});
