import { common } from './common.js';
import { quickExit } from './quick-exit.js';

/** English (UK): the source locale. Every other locale must have these namespaces and keys. */
export const enGB = {
  common,
  'quick-exit': quickExit,
};

export type Namespace = keyof typeof enGB;

/** Shape every locale follows, so a missing namespace fails the type check. */
export type LocaleResources = { [N in Namespace]: Record<string, string> };
