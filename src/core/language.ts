// Which language an element speaks: its own or nearest ancestor `lang`, crossing shadow roots.
import { SUPPORTED_LANGUAGES, type Language } from '../locales/types.js';

export const FALLBACK_LANGUAGE: Language = 'en-GB';

/**
 * Maps any BCP 47 tag to a shipped language: `cy-GB` → `cy`, `en-US` → `en-GB`, `gd` → `gd`.
 * Anything we do not ship (or an empty/malformed tag) falls back to en-GB.
 */
export function normaliseLanguage(tag: string | null | undefined): Language {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  const match = SUPPORTED_LANGUAGES.find((lang) => lang.toLowerCase().split('-')[0] === primary);
  return match ?? FALLBACK_LANGUAGE;
}

/** The closest `lang` attribute on the element or its ancestors, stepping out of shadow roots. */
export function closestLang(element: Element): string | null {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) return node.getAttribute('lang');
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return null;
}
