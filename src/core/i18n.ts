// The library's own i18next instance. Never the host page's global: a library that calls `init` on the
// shared singleton wipes the host's translations (i18next#410).
import i18next, { type i18n as I18n, type TFunction } from 'i18next';
import { NAMESPACES, SUPPORTED_LANGUAGES, resources, type Namespace } from '../locales/index.js';
import { FALLBACK_LANGUAGE, normaliseLanguage } from './language.js';

export const i18n: I18n = i18next.createInstance();
void i18n.init({
  resources,
  lng: FALLBACK_LANGUAGE,
  fallbackLng: FALLBACK_LANGUAGE,
  supportedLngs: [...SUPPORTED_LANGUAGES],
  load: 'currentOnly', // we normalise tags ourselves; never look for an 'en' table
  ns: NAMESPACES,
  defaultNS: 'common',
  interpolation: { escapeValue: false }, // Lit escapes text bindings; never pass strings to unsafeHTML
  initAsync: false, // resources are bundled: the first render never shows keys
  returnNull: false,
});

/** A translate function fixed to one language and namespace (never `changeLanguage`, so languages can mix). */
export function fixedT(lang: string, ns: Namespace): TFunction {
  return i18n.getFixedT(normaliseLanguage(lang), ns);
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
