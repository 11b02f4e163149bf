// The library's own i18next instance. Never the host page's global: a library that calls `init` on the
// shared singleton wipes the host's translations (i18next#410).
import i18next, { type i18n as I18n, type TFunction } from 'i18next';
import { commonStrings } from '../locales/common.js';
import { SUPPORTED_LANGUAGES, type Language, type LazyTable, type Namespace, type NamespaceSource, type NamespaceStrings } from '../locales/types.js';
import { FALLBACK_LANGUAGE, normaliseLanguage } from './language.js';

export const i18n: I18n = i18next.createInstance();
void i18n.init({
  // Only `common` here: each element adds its own namespace (addNamespace) when first constructed.
  resources: Object.fromEntries(SUPPORTED_LANGUAGES.map((lang) => [lang, { common: commonStrings[lang] }])),
  lng: FALLBACK_LANGUAGE,
  fallbackLng: FALLBACK_LANGUAGE,
  supportedLngs: [...SUPPORTED_LANGUAGES],
  load: 'currentOnly', // we normalise tags ourselves; never look for an 'en' table
  ns: ['common'],
  defaultNS: 'common',
  interpolation: { escapeValue: false }, // Lit escapes text bindings; never pass strings to unsafeHTML
  initAsync: false, // resources are bundled: the first render never shows keys
  returnNull: false,
});

/** A translate function fixed to one language and namespace (never `changeLanguage`, so languages can mix). */
export function fixedT(lang: string, ns: Namespace): TFunction {
  return i18n.getFixedT(normaliseLanguage(lang), ns);
}

const added = new Set<Namespace>();
/** `lang/ns` → the import that brings that table, until it has arrived. */
const loaders = new Map<string, () => Promise<Record<string, string>>>();
const loading = new Map<string, Promise<void>>();

/**
 * Adds an element's shipped strings, once. Strings a host registered earlier win: shipped text
 * never overwrites an override (addResourceBundle with overwrite off). Tables given as functions
 * are imported later, by `stringsReady`, when an element first resolves to that language.
 */
export function addNamespace(ns: Namespace, strings: NamespaceStrings | NamespaceSource): void {
  if (added.has(ns)) return;
  added.add(ns);
  for (const lang of SUPPORTED_LANGUAGES) {
    const table: LazyTable = strings[lang];
    if (typeof table === 'function') loaders.set(`${lang}/${ns}`, table);
    else i18n.addResourceBundle(lang, ns, table, true, false);
  }
}

/**
 * Undefined when `lang`'s strings for `ns` are here; otherwise a promise that settles when they have
 * been imported (or failed to be: then English stands in, with a warning, rather than nothing).
 */
export function stringsReady(lang: Language, ns: Namespace): Promise<void> | undefined {
  const key = `${lang}/${ns}`;
  const load = loaders.get(key);
  if (!load) return undefined;
  let pending = loading.get(key);
  if (!pending) {
    pending = load().then(
      (table) => void i18n.addResourceBundle(lang, ns, table, true, false),
      (error: unknown) => console.warn(`no-wrong-door: the ${lang} strings for ${ns} could not be loaded; showing English.`, error),
    ).finally(() => {
      loaders.delete(key);
      loading.delete(key);
    });
    loading.set(key, pending);
  }
  return pending;
}

type Listener = () => void;
const listeners = new Set<Listener>();

/** Called whenever strings change, so elements re-render. Returns an unsubscribe function. */
export function onStringsChanged(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Overrides strings for every element on the page, for one language and namespace.
 * Keys not given keep their shipped text. Example:
 * `registerStrings('cy', 'quick-exit', { label: 'Gadael' })`.
 */
export function registerStrings(lang: string, ns: Namespace, strings: Record<string, string>): void {
  i18n.addResourceBundle(normaliseLanguage(lang), ns, strings, true, true);
  for (const listener of listeners) listener();
}
