// eslint.config.js: ESLint 9 flat config (typescript-eslint, lit and custom-element rules).
import { defineConfig } from 'eslint/config';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { configs as litConfigs } from 'eslint-plugin-lit';
import { configs as wcConfigs } from 'eslint-plugin-wc';
import globals from 'globals';

export default defineConfig(
  { ignores: ['dist/', 'storybook-static/', 'custom-elements.json', 'node_modules/', 'artifacts/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  wcConfigs['flat/recommended'],
  litConfigs['flat/recommended'],
  {
    files: ['src/**/*.ts', 'test/**/*.ts', 'stories/**/*.ts'],
    languageOptions: { globals: globals.browser },
    rules: {
      'wc/guard-super-call': 'off', // LitElement lifecycle methods always exist
    },
  },
  {
    files: ['test/**/*.ts'],
    languageOptions: { globals: { ...globals.mocha } },
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    files: ['*.js', '*.mjs', 'bin/**/*.mjs', 'scripts/**/*.mjs', 'test/**/*.mjs', 'e2e/**/*.mjs', '.storybook/**/*.ts'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } }, // browser: page.evaluate() callbacks
  },
);
