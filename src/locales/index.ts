// Every namespace in every language, in one place, for tests and tools. Elements do not import this:
// each brings its own namespace (src/locales/<namespace>.ts), which loads Welsh and Gaelic on demand.
import { commonStrings } from './common.js';
import { safetyPlanStrings } from './safety-plan.js';
import * as enGB from './en-GB/index.js';
import * as cy from './cy/index.js';
import * as gd from './gd/index.js';
import { SUPPORTED_LANGUAGES, type Language, type Namespace, type NamespaceStrings } from './types.js';

export { SUPPORTED_LANGUAGES, type Language, type Namespace, type NamespaceStrings };

const eager = (name: 'quickExit' | 'findSupport' | 'languageCheck'): NamespaceStrings => ({ 'en-GB': enGB[name], cy: cy[name], gd: gd[name] });

export const NAMESPACES: Record<Namespace, NamespaceStrings> = {
  common: commonStrings,
  'quick-exit': eager('quickExit'),
  'find-support': eager('findSupport'),
  'language-check': eager('languageCheck'),
  'safety-plan': safetyPlanStrings,
};

/** language → namespace → key → text. */
export const resources = Object.fromEntries(
  SUPPORTED_LANGUAGES.map((lang) => [lang, Object.fromEntries(Object.entries(NAMESPACES).map(([ns, strings]) => [ns, strings[lang]]))]),
) as Record<Language, Record<Namespace, Record<string, string>>>;
