/** The languages that ship. The first is the fallback for anything unknown. */
export const SUPPORTED_LANGUAGES = ['en-GB', 'cy', 'gd'] as const;
export type Language = (typeof SUPPORTED_LANGUAGES)[number];

/** One namespace per element, plus `common`. */
export type Namespace = 'common' | 'quick-exit' | 'find-support' | 'language-check' | 'safety-plan';

/** One namespace's strings in every shipped language. Keys are checked by test/core/locales.test.ts. */
export type NamespaceStrings = Record<Language, Record<string, string>>;

/** A language's table, or a function that imports it (a chunk of its own in dist/no-wrong-door.js). */
export type StringTable = Record<string, string>;
export type LazyTable = StringTable | (() => Promise<StringTable>);

/** What an element ships: en-GB built in; other languages may be loaded when first needed. */
export type NamespaceSource = { 'en-GB': StringTable } & Record<Exclude<Language, 'en-GB'>, LazyTable>;
