// Storybook preview: docs from custom-elements.json, locale and colour-scheme toolbars that every
// element's stories reuse, and axe on every story (addon-a11y; story tests fail on violations).
import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import manifest from '../custom-elements.json';
import { typedControls } from './typed-controls.js';

setCustomElementsManifest(manifest);

// Keep designers in Storybook: a real exit would navigate the preview frame away. The event still
// fires, so the element's behaviour up to navigation is visible in the console.
document.addEventListener('nwd-exit', (event) => {
  event.preventDefault();
  console.info('nwd-exit (cancelled in Storybook):', (event as CustomEvent).detail);
});

const SCHEMES: Record<string, Record<string, string>> = {
  auto: {},
  light: { '--nwd-color-scheme': 'light', 'color-scheme': 'light' },
  dark: { '--nwd-color-scheme': 'dark', 'color-scheme': 'dark' },
};

const preview: Preview = {
  argTypesEnhancers: [typedControls],
  parameters: {
    controls: { expanded: true },
    a11y: { test: 'error' },
  },
  globalTypes: {
    locale: {
      description: 'Language of the page around the element',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'en-GB', title: 'English (UK)' },
          { value: 'cy', title: 'Cymraeg' },
          { value: 'gd', title: 'Gàidhlig' },
        ],
        dynamicTitle: true,
      },
    },
    scheme: {
      description: 'Colour scheme',
      toolbar: {
        title: 'Scheme',
        icon: 'contrast',
        items: [
          { value: 'auto', title: 'Follow the system' },
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en-GB', scheme: 'auto' },
  decorators: [
    (story, { globals }) => html`
      <div
        lang=${globals.locale ?? 'en-GB'}
        style=${styleMap({ ...SCHEMES[globals.scheme ?? 'auto'], background: 'Canvas', color: 'CanvasText', padding: '1rem' })}
      >
        ${story()}
      </div>
    `,
  ],
};
export default preview;
