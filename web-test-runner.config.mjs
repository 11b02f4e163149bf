// web-test-runner.config.mjs: unit and component tests in real headless Chromium.
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher, defaultReporter, summaryReporter } from '@web/test-runner';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { countReporter } from './test/count-reporter.mjs';
import { feedMiddleware } from './test/feed-middleware.mjs';
import { ensureChromium, CHROMIUM_ARGS } from './scripts/chromium.mjs';

/**
 * `executeServerCommand('nwd-emulate-media', { media: 'print', features: [{ name: 'forced-colors', value: 'active' }] })`.
 * Sets the whole emulated media state at once through CDP: wtr's emulateMedia (and puppeteer) refuse
 * `forced-colors`.
 */
function emulateMediaPlugin() {
  const sessions = new WeakMap(); // the emulation ends when its CDP session detaches: keep one per page
  return {
    name: 'nwd-emulate-media',
    async executeCommand({ command, payload, session }) {
      if (command !== 'nwd-emulate-media') return undefined;
      const page = session.browser.getPage(session.id);
      if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
      await sessions.get(page).send('Emulation.setEmulatedMedia', { media: payload.media ?? '', features: payload.features ?? [] });
      return true;
    },
  };
}

/** `executeServerCommand('nwd-emulate-timezone', 'Pacific/Auckland')`: the device's own time zone. */
function emulateTimezonePlugin() {
  return {
    name: 'nwd-emulate-timezone',
    async executeCommand({ command, payload, session }) {
      if (command !== 'nwd-emulate-timezone') return undefined;
      await session.browser.getPage(session.id).emulateTimezone(payload || undefined);
      return true;
    },
  };
}

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['development'] }, // Lit's dev build: clearer warnings in tests
  middleware: [feedMiddleware()], // /test-feeds/*: slow, huge, broken, malformed, paged and hostile feeds
  plugins: [
    esbuildPlugin({
      ts: true,
      json: true, // fixtures in stories/fixtures/feeds/*.json are imported by tests and served to stories
      target: 'auto',
      // Without it esbuild ignores experimentalDecorators/useDefineForClassFields and every test file fails to import.
      tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
    }),
    a11ySnapshotPlugin(), // wtr adds sendKeys and setViewport itself
    emulateMediaPlugin(),
    emulateTimezonePlugin(),
  ],
  browsers: [chromeLauncher({ launchOptions: { executablePath: ensureChromium(), headless: true, args: CHROMIUM_ARGS } })],
  filterBrowserLogs: ({ args }) => !String(args[0] ?? '').includes('Lit is in dev mode'),
  // summaryReporter lists every test in CI logs; countReporter adds the plain closing count line.
  reporters: process.env.CI
    ? [summaryReporter({ flatten: false }), defaultReporter({ reportTestProgress: false }), countReporter()]
    : [defaultReporter(), countReporter()],
  testFramework: { config: { timeout: 5000 } },
  concurrency: 1, // 2-core machines
};
