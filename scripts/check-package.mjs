// scripts/check-package.mjs: the npm package as an app developer gets it. Packs the project, unpacks
// it into a scratch app, then (1) every export target exists, (2) bundling `no-wrong-door/quick-exit`
// registers the element while `no-wrong-door/quick-exit/class` registers nothing, (3) the public
// types type-check with skipLibCheck off, (4) publint and attw find nothing wrong, (5) the framework
// types: test/types/ files type-check in React TSX and a Vue SFC, and a misspelt nation fails.
// Run after `npm run build`. Last line: "package: N passed, N failed".
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { checklist } from './checklist.mjs';

const root = resolve('.');
const app = mkdtempSync(join(tmpdir(), 'nwd-consumer-'));
const results = checklist('package');
const check = results.check;

try {
  const tarball = execFileSync('npm', ['pack', '--silent', '--pack-destination', app], { encoding: 'utf8' }).trim().split('\n').pop();
  const pkgDir = join(app, 'node_modules', 'no-wrong-door');
  mkdirSync(pkgDir, { recursive: true });
  execFileSync('tar', ['-xzf', join(app, tarball), '-C', pkgDir, '--strip-components=1']);
  // the app's other dependencies (lit, i18next, tslib, typescript) come from this project's install
  for (const dep of ['lit', 'lit-html', 'lit-element', '@lit', 'i18next', 'tslib', '@lit-labs', '@types', 'vue']) {
    if (existsSync(join(root, 'node_modules', dep))) symlinkSync(join(root, 'node_modules', dep), join(app, 'node_modules', dep));
  }
  const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));

  await check('every export target, bin, web-types and customElements file is in the package', () => {
    const exportTargets = Object.values(pkg.exports).flatMap((t) => (typeof t === 'string' ? [t] : Object.values(t)));
    const targets = [...exportTargets, ...Object.values(pkg.bin), pkg.main, pkg.types, pkg['web-types'], pkg.customElements];
    const missing = targets.filter((t) => !t.includes('*') && !existsSync(join(pkgDir, t)));
    if (missing.length) throw new Error(`missing: ${missing.join(', ')}`);
  });

  // the tarball as published: publint's rules, and types that resolve for every entry (ESM-only package,
  // so attw's node10 and require() resolutions do not apply)
  const tool = (name, args) => {
    try {
      execFileSync(join(root, 'node_modules', '.bin', name), args, { encoding: 'utf8', stdio: 'pipe' });
    } catch (error) {
      throw new Error(`${error.stdout ?? ''}${error.stderr ?? ''}` || error.message);
    }
  };
  await check('publint: no errors or warnings', () => tool('publint', [pkgDir, '--pack', 'false', '--strict']));
  await check('are the types wrong (attw, esm-only profile): no problems', () => tool('attw', [join(app, tarball), '--profile', 'esm-only', '--format', 'table-flipped']));

  const bundle = async (code) => {
    writeFileSync(join(app, 'entry.js'), code);
    const build = await rollup({
      input: join(app, 'entry.js'),
      plugins: [nodeResolve({ browser: true, rootDir: app })],
      onwarn: () => {},
    });
    const { output } = await build.generate({ format: 'es' });
    await build.close();
    return output[0].code;
  };

  await check("import 'no-wrong-door/quick-exit' registers <nwd-quick-exit> (sideEffects keeps it)", async () => {
    const code = await bundle("import 'no-wrong-door/quick-exit';\n");
    if (!/defineElement\(\s*['"]nwd-quick-exit['"]/.test(code)) throw new Error('registration was dropped from the bundle');
  });

  await check("import from 'no-wrong-door/quick-exit/class' registers nothing", async () => {
    const code = await bundle("import { NwdQuickExit } from 'no-wrong-door/quick-exit/class';\nconsole.log(NwdQuickExit);\n");
    if (/customElements\.define\(/.test(code)) throw new Error('the class-only entry registers an element');
  });

  await check('public types type-check in an app (skipLibCheck: false)', () => {
    writeFileSync(join(app, 'app.ts'), `
import { NwdQuickExit, registerStrings, VERSION } from 'no-wrong-door';
import { NwdQuickExit as Same } from 'no-wrong-door/quick-exit';
import { NwdQuickExit as Unregistered } from 'no-wrong-door/quick-exit/class';
import { normaliseLanguage } from 'no-wrong-door/core';
const el: NwdQuickExit = document.createElement('nwd-quick-exit');
el.href = 'https://www.bbc.co.uk/weather';
el.addEventListener('nwd-exit', (event) => console.log(event.detail.href, event.detail.trigger));
registerStrings('cy', 'quick-exit', { label: 'Gadael' });
const lang: 'en-GB' | 'cy' | 'gd' = normaliseLanguage('cy-GB');
console.log(VERSION, Same === Unregistered, lang);
`);
    writeFileSync(join(app, 'tsconfig.json'), JSON.stringify({
      compilerOptions: { target: 'ES2022', module: 'ESNext', moduleResolution: 'bundler', lib: ['ES2022', 'DOM', 'DOM.Iterable'], strict: true, skipLibCheck: false, noEmit: true, types: [] },
      files: ['app.ts'],
    }));
    try {
      execFileSync(join(root, 'node_modules', '.bin', 'tsc'), ['-p', join(app, 'tsconfig.json')], { encoding: 'utf8', stdio: 'pipe' });
    } catch (error) {
      throw new Error(error.stdout || error.message);
    }
  });

  // Framework types (issue 16 item 2): test/types/ holds a React 19 TSX file and a Vue 3 SFC that use
  // every element with attributes and events, and the same files with a misspelt nation, which must fail.
  for (const file of readdirSync(join(root, 'test', 'types'))) copyFileSync(join(root, 'test', 'types', file), join(app, file));
  const runs = new Map(); // one compiler run per group of files (tsc is the slow part of this script)
  const typeCheck = (files, bin = 'tsc') => {
    const key = `${bin}:${files.join(',')}`;
    if (runs.has(key)) return runs.get(key);
    const config = `tsconfig.${runs.size}.json`;
    writeFileSync(join(app, config), JSON.stringify({
      compilerOptions: { target: 'ES2022', module: 'ESNext', moduleResolution: 'bundler', lib: ['ES2022', 'DOM', 'DOM.Iterable'], jsx: bin === 'tsc' ? 'react-jsx' : 'preserve', strict: true, skipLibCheck: false, noEmit: true, types: [] },
      files,
      vueCompilerOptions: { strictTemplates: true },
    }));
    let out = '';
    try {
      // from the app, so that errors name files as react-app.tsx(…) and node_modules/no-wrong-door/…
      execFileSync(join(root, 'node_modules', '.bin', bin), ['-p', config], { cwd: app, encoding: 'utf8', stdio: 'pipe' });
    } catch (error) {
      out = error.stdout || error.message;
    }
    runs.set(key, out);
    return out;
  };
  const GOOD_TS = ['react-app.tsx', 'react-wrappers.tsx', 'svelte-app.mts'];
  // errors about this file, or about the package's own .d.ts files (which would break every file)
  const clean = (file, bin) => () => {
    const errors = typeCheck(bin ? [file] : GOOD_TS, bin).split('\n').filter((line) => line.startsWith(file) || line.startsWith('node_modules/'));
    if (errors.length) throw new Error(errors.join('\n'));
  };
  const rejectsNation = (file, bin, wrong) => () => {
    const errors = typeCheck([file], bin);
    if (!errors) throw new Error(`${file} type-checked, though nation="${wrong}" is not a nation`);
    const lines = errors.trim().split('\n');
    if (lines.length !== 1 || !lines[0].includes(`"${wrong}"`)) throw new Error(`expected one error, about "${wrong}":\n${errors}`);
  };
  await check('React 19 TSX with every element, attributes and events type-checks (no-wrong-door/jsx)', clean('react-app.tsx'));
  await check('React wrappers (no-wrong-door/react, @lit/react): typed props and onNwd* event props type-check', clean('react-wrappers.tsx'));
  await check('the same TSX with nation="scotlnd" fails to type-check, on that attribute only', rejectsNation('bad-nation.tsx', 'tsc', 'scotlnd'));
  await check('Vue 3 SFC with every element type-checks (vue-tsc, strictTemplates; no-wrong-door/vue)', clean('vue-app.vue', 'vue-tsc'));
  await check('the same SFC with nation="northern-irland" fails to type-check, on that attribute only', rejectsNation('bad-nation.vue', 'vue-tsc', 'northern-irland'));
  await check('Svelte: svelteHTML.IntrinsicElements types every element, and rejects a misspelt nation (no-wrong-door/svelte)', clean('svelte-app.mts'));
} finally {
  rmSync(app, { recursive: true, force: true });
}
results.finish();
