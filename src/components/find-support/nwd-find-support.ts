// Registers <nwd-find-support>. The only file that does; import the class from ./find-support.js to
// register it under a name of your own.
import { defineElement } from '../../core/define.js';
import { NwdFindSupport } from './find-support.js';

defineElement('nwd-find-support', NwdFindSupport);

export { NwdFindSupport };
export type { NwdContactDetail } from './find-support.js';
