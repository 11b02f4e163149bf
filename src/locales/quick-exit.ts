// The `quick-exit` namespace: en-GB built in; Welsh and Gaelic are imported when an element first resolves
// to that language, so an English page never downloads them (each is a chunk in dist/no-wrong-door.js).
import type { NamespaceSource } from './types.js';
import { quickExit as enGB } from './en-GB/quick-exit.js';

export const quickExitStrings: NamespaceSource = {
  'en-GB': enGB,
  cy: () => import('./cy/quick-exit.js').then((module) => module.quickExit),
  gd: () => import('./gd/quick-exit.js').then((module) => module.quickExit),
};
