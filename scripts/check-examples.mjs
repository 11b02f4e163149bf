// scripts/check-examples.mjs: builds examples/react and examples/vue with Vite (no framework plugin:
// esbuild JSX for React, Vue's in-browser template compiler), serves each, opens it in Chromium and
// checks that the elements upgraded and that one event reaches the framework's handler.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { serve } from './static-server.mjs';
import { launch } from './chromium.mjs';
import { checklist, assert } from './checklist.mjs';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const out = mkdtempSync(join(tmpdir(), 'nwd-examples-'));
const { check, finish } = checklist('examples');

const CONFIG = {
  react: { esbuild: { jsx: 'automatic' } },
  vue: { resolve: { alias: [{ find: /^vue$/, replacement: 'vue/dist/vue.esm-bundler.js' }] } },
};

const browser = await launch();
try {
  for (const name of ['react', 'vue']) {
    const outDir = join(out, name);
    let built = false;
    await check(`${name}: Vite builds the example against dist/`, async () => {
      const extra = CONFIG[name];
      await build({
        root: join(root, 'examples', name),
        configFile: false,
        logLevel: 'error',
        base: './',
        ...extra,
        resolve: {
          alias: [{ find: /^no-wrong-door$/, replacement: join(root, 'dist/index.js') }, ...(extra.resolve?.alias ?? [])],
        },
        build: { outDir, emptyOutDir: true },
      });
      built = true;
    });
    if (!built) continue;
    const { server, url } = await serve(outDir);
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    try {
      await page.goto(`${url}/index.html`);
      await check(`${name}: elements upgrade (shadow roots, exit button by role and name)`, async () => {
        await page.getByRole('button', { name: 'Emergency Exit this page' }).waitFor({ timeout: 5000 });
        const shadows = await page.evaluate(() =>
          ['nwd-quick-exit', 'nwd-find-support'].map((tag) => Boolean(document.querySelector(tag)?.shadowRoot)));
        assert(shadows.every(Boolean), `shadow roots (quick-exit, find-support): ${shadows}`);
        assert(errors.length === 0, `page errors: ${errors.join('; ')}`);
      });
      await check(`${name}: nwd-exit reaches the app's handler, which cancels it`, async () => {
        await page.getByRole('button', { name: 'Emergency Exit this page' }).click();
        await page.getByText('exit event received').waitFor({ timeout: 5000 });
        assert(page.url().startsWith(url), `page left for ${page.url()}`);
      });
    } finally {
      await page.close();
      server.close();
    }
  }
} finally {
  await browser.close();
  rmSync(out, { recursive: true, force: true });
}
finish();
