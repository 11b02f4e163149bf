// scripts/smoke-stories.mjs: opens every story of the BUILT Storybook in Chromium; fails on a page
// error, console error, HTTP error, or an nwd-* element that is undefined or rendered nothing.
// (The vitest story run uses Vite's dev transform, so it cannot catch a build that drops the
// registering modules; this does.) It also checks that one Lit is loaded (no "Multiple versions of
// Lit" warning, one entry in litHtmlVersions) and that controls are typed from the manifest: a
// string attribute is a text box, an enumerated one a select, never "Set object". usage: node scripts/smoke-stories.mjs [storybook-static]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serve } from './static-server.mjs';
import { launch } from './chromium.mjs';
import { checklist } from './checklist.mjs';

const dir = process.argv[2] ?? 'storybook-static';
const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8'));
const stories = Object.values(index.entries).filter((entry) => entry.type === 'story');

// A string attribute and an enumerated one per element: what a designer should be offered.
const EXPECTED_CONTROLS = {
  'Elements/nwd-quick-exit': { href: 'text', label: 'text', mode: 'select', position: 'select', shortcut: 'select' },
  'Elements/nwd-find-support': { feed: 'text', age: 'text', nation: 'select', variant: 'select' },
  'Elements/nwd-language-check': { audience: 'select' },
  'Elements/nwd-safety-plan': { discreet: 'boolean' },
};

const { server, url } = await serve(dir);
const browser = await launch();
const results = checklist('static-stories');
try {
  for (const story of stories) {
    const page = await browser.newPage();
    const problems = [];
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    page.on('console', (message) => {
      if (/Multiple versions of Lit/.test(message.text())) problems.push(`lit warning: ${message.text()}`);
      if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) problems.push(`console.error: ${message.text()}`);
    });
    page.on('response', (response) => {
      if (response.status() >= 400 && !response.url().endsWith('/favicon.ico')) problems.push(`HTTP ${response.status()}: ${response.url()}`);
    });
    await page.goto(`${url}/iframe.html?id=${encodeURIComponent(story.id)}&viewMode=story`);
    try {
      // Storybook marks the body once a story rendered (or failed to); 'attached' because the error state is not "visible"
      await page.waitForSelector('body.sb-show-main, body.sb-show-errordisplay', { state: 'attached', timeout: 15000 });
      if (await page.$('body.sb-show-errordisplay')) problems.push(`render error: ${(await page.textContent('#error-message')) ?? ''}`.trim());
      const notRendered = await page.$$eval('#storybook-root *', (elements) =>
        elements
          .filter((el) => el.localName.startsWith('nwd-'))
          .filter((el) => !customElements.get(el.localName) || !el.shadowRoot || el.shadowRoot.childNodes.length === 0)
          .map((el) => el.localName));
      if (notRendered.length) problems.push(`not rendered: ${notRendered.join(', ')}`);
      const litVersions = await page.evaluate(() => globalThis.litHtmlVersions ?? []);
      if (litVersions.length !== 1) problems.push(`Lit loaded ${litVersions.length} times: ${litVersions.join(', ')}`);
      const controls = await page.evaluate(async (id) => {
        const { argTypes } = await globalThis.__STORYBOOK_PREVIEW__.storyStoreValue.loadStory({ storyId: id });
        return Object.fromEntries(Object.entries(argTypes).map(([key, argType]) => [key, argType.control ? argType.control.type : null]));
      }, story.id);
      for (const [key, type] of Object.entries(controls)) if (type === 'object') problems.push(`control ${key} is "Set object"`);
      for (const [key, type] of Object.entries(EXPECTED_CONTROLS[story.title] ?? {}))
        if (controls[key] !== type) problems.push(`control ${key}: expected ${type}, got ${controls[key]}`);
    } catch (error) {
      problems.push(`timeout: ${error.message.split('\n')[0]}`);
    }
    await page.close();
    await results.check(story.id, () => {
      if (problems.length) throw new Error(problems.join('\n'));
    });
  }
} finally {
  await browser.close();
  server.close();
}
results.finish();
