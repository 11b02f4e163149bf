// Every gd table, for src/locales/index.ts (tests and tools).
export { quickExit } from './quick-exit.js';
export { findSupport } from './find-support.js';
export { languageCheck } from './language-check.js';
