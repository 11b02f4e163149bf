// Every namespace in every language, in one place, for tests and tools. Elements do not import this:
// each brings its own namespace (src/locales/<namespace>.ts), so an entry ships only what it shows.
import { commonStrings } from './common.js';
import { findSupportStrings } from './find-support.js';
import { quickExitStrings } from './quick-exit.js';
import { languageCheckStrings } from './language-check.js';
import { safetyPlanStrings } from './safety-plan.js';
import { SUPPORTED_LANGUAGES, type Language, type Namespace, type NamespaceStrings } from './types.js';

export { SUPPORTED_LANGUAGES, type Language, type Namespace, type NamespaceStrings };

export const NAMESPACES: Record<Namespace, NamespaceStrings> = {
  common: commonStrings,
  'quick-exit': quickExitStrings,
  'find-support': findSupportStrings,
  'language-check': languageCheckStrings,
  'safety-plan': safetyPlanStrings,
};

/** language → namespace → key → text. */
export const resources = Object.fromEntries(
  SUPPORTED_LANGUAGES.map((lang) => [lang, Object.fromEntries(Object.entries(NAMESPACES).map(([ns, strings]) => [ns, strings[lang]]))]),
) as Record<Language, Record<Namespace, Record<string, string>>>;
