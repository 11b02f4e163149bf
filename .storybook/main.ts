import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  // Feed fixtures for <nwd-find-support> stories, served from the same origin (no outside requests).
  staticDirs: [{ from: '../stories/fixtures/feeds', to: '/feeds' }],
  addons: ['@storybook/addon-docs', '@storybook/addon-vitest', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // One copy of Lit in the preview: helper packages must not bring their own.
  viteFinal: (viteConfig) => ({
    ...viteConfig,
    resolve: { ...viteConfig.resolve, dedupe: ['lit', 'lit-html', 'lit-element', '@lit/reactive-element'] },
  }),
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
};
export default config;
