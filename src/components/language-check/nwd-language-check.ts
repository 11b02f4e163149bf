// Registers <nwd-language-check>. The only file that does; import the class from
// ./language-check.js to register it under a name of your own.
import { defineElement } from '../../core/define.js';
import { NwdLanguageCheck } from './language-check.js';

defineElement('nwd-language-check', NwdLanguageCheck);

export { NwdLanguageCheck };
export type { NwdReviewDetail } from './language-check.js';
