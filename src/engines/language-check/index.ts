// Public entry (no-wrong-door/language): the DOM-free language check, usable in Node and browsers.
export { checkText } from './check.js';
export { RULES } from './rules/index.js';
export { MESSAGES } from './messages.js';
export type { Category, CheckOptions, Finding, Rule, Severity, Source } from './types.js';
export { SEVERITIES } from './types.js';
export { kindOf, proseOf, type DocumentKind } from './documents.js';
export { suggestsDistress } from './signpost.js';
