// Registers <nwd-quick-exit>. The only file that does; import the class from ./quick-exit.js to
// register it under a name of your own.
import { defineElement } from '../../core/define.js';
import { NwdQuickExit } from './quick-exit.js';

defineElement('nwd-quick-exit', NwdQuickExit);

export { NwdQuickExit };
export type { NwdExitDetail } from './quick-exit.js';
