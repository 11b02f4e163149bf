// Entry of dist/no-wrong-door.js, the one script tag: lit, i18next, core, quick exit and find support
// are in this file (the every-page case is one request); the language check and the safety plan are
// chunks beside it (dist/chunks/), loaded by the autoloader when their tag is used.
import { startAutoload } from '../autoload.js';

export * from '../core/index.js';
export { NwdQuickExit, type NwdExitDetail } from '../components/quick-exit/nwd-quick-exit.js';
export { NwdFindSupport, type NwdContactDetail } from '../components/find-support/nwd-find-support.js';
export { loadElement } from '../autoload.js';

startAutoload();
