/** The languages that ship. The first is the fallback for anything unknown. */
export const SUPPORTED_LANGUAGES = ['en-GB', 'cy', 'gd'] as const;
export type Language = (typeof SUPPORTED_LANGUAGES)[number];

/** One namespace per element, plus `common`. */
export type Namespace = 'common' | 'quick-exit' | 'find-support' | 'language-check' | 'safety-plan';

/** One namespace's strings in every shipped language. Keys are checked by test/core/locales.test.ts. */
export type NamespaceStrings = Record<Language, Record<string, string>>;
