// Public API that registers nothing: i18n for hosts, guarded define, version.
export { registerStrings, i18n } from './i18n.js';
export { normaliseLanguage, FALLBACK_LANGUAGE } from './language.js';
export { defineElement } from './define.js';
export { VERSION } from './version.js';
export { NwdElement } from './base-element.js';
export type { StringOverrides } from './localize-controller.js';
export { SUPPORTED_LANGUAGES, type Language, type Namespace, type NamespaceStrings } from '../locales/types.js';
