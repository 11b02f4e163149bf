// The `language-check` namespace: en-GB built in; Welsh and Gaelic are imported when an element first resolves
// to that language, so an English page never downloads them (each is a chunk in dist/no-wrong-door.js).
import type { NamespaceSource } from './types.js';
import { languageCheck as enGB } from './en-GB/language-check.js';

export const languageCheckStrings: NamespaceSource = {
  'en-GB': enGB,
  cy: () => import('./cy/language-check.js').then((module) => module.languageCheck),
  gd: () => import('./gd/language-check.js').then((module) => module.languageCheck),
};
