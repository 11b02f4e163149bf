// vitest.config.ts: every Storybook story runs as a test in Chromium, with axe (addon-vitest + addon-a11y).
import { defineConfig } from 'vitest/config';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { CHROMIUM_ARGS, ensureChromium } from './scripts/chromium.mjs';

export default defineConfig({
  test: {
    reporters: ['default', './test/vitest-count-reporter.mjs'],
    projects: [
      {
        extends: true,
        plugins: [storybookTest({ configDir: '.storybook' })],
        test: {
          name: 'storybook',
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({ launchOptions: { executablePath: ensureChromium(), args: CHROMIUM_ARGS } }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
    ],
  },
});
