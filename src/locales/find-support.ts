// The `find-support` namespace: en-GB built in; Welsh and Gaelic are imported when an element first resolves
// to that language, so an English page never downloads them (each is a chunk in dist/no-wrong-door.js).
import type { NamespaceSource } from './types.js';
import { findSupport as enGB } from './en-GB/find-support.js';

export const findSupportStrings: NamespaceSource = {
  'en-GB': enGB,
  cy: () => import('./cy/find-support.js').then((module) => module.findSupport),
  gd: () => import('./gd/find-support.js').then((module) => module.findSupport),
};
