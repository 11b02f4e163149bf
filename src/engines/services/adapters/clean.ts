// Feed data is untrusted text. Everything from a feed passes through here: strings become plain
// text (tags stripped, never rendered as HTML), links keep only the schemes we render. Every step is
// linear in its input: a hostile feed must not freeze the page (issue 12).

import type { Service } from '../model.js';
import type { FeedOrigin } from './result.js';

const MAX_TEXT = 2000;
/** No field is read past 64 KiB, so cleaning costs at most that per field, whatever a feed sends. */
const MAX_INPUT = 65536;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Plain text from a feed value: tags and script/style bodies removed, entities decoded, bidi overrides and isolates removed, spaces folded. */
export function plainText(value: unknown, max = MAX_TEXT): string | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  let text = String(value)
    .slice(0, MAX_INPUT)
    // A body ends at its closer, and its search at the next opener: linear even with thousands unclosed.
    .replace(/<(script|style)\b(?:(?!<\/?\1)[\s\S])*<\/\1\s*>/gi, ' ')
    .replace(/<[^>]*>?/g, ' ')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
      if (name[0] === '#') {
        const code = Number(name.replace('#', '0')); // "0x1F" or "0123", both decimal-safe
        return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : ' ';
      }
      const key = name.toLowerCase();
      return Object.hasOwn(ENTITIES, key) ? ENTITIES[key] : whole; // "&constructor;" stays literal
    })
    .replace(/[<>\u202a-\u202e\u2066-\u2069]/g, ' '); // no angle brackets from "&lt;"; no bidi overrides or isolates
  text = text.replace(/\s+/g, ' ').trim();
  if (!text) return undefined;
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}

/** An https: URL (a relative one resolved against `base`), or undefined. (tel:, sms: and mailto: links are built from numbers and addresses.) */
export function httpsUrl(value: unknown, base?: string): string | undefined {
  if (typeof value !== 'string') return undefined;
  try {
    const url = new URL(value.trim(), base);
    return url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** A phone or text number as published, if it looks like one (digits, spaces, + and brackets), without wrapping quotes. */
export function phoneNumber(value: unknown): string | undefined {
  const text = plainText(value, 40)?.replace(/^["']+|["'.,;]+$/g, ''); // the HSDS spec's own example is quoted
  if (!text || !/^\+?[\d\s()-]+$/.test(text)) return undefined;
  return text.replace(/\D/g, '').length >= 3 ? text : undefined;
}

/** An email address, if it looks like one (one @; no spaces, commas, %-escapes or link syntax). */
export function emailAddress(value: unknown): string | undefined {
  const text = plainText(value, 254);
  return text && /^[^\s@:/?#<>"',;%]+@[^\s@:/?#<>"',;%]+\.[a-z]{2,}$/i.test(text) ? text : undefined;
}

/**
 * What every feed service shares: tier, source and checked date. `given` is the item's own date: kept
 * when it is a real calendar date, '' (no "Checked" line) when not ("2024-13-45"), today when absent.
 */
export function provenance(origin: FeedOrigin, given: unknown, how: string): Pick<Service, 'tier' | 'sources' | 'checked' | 'confidence'> {
  const text = plainText(given, 40)?.slice(0, 10) ?? ''; // text[9]: all ten characters are there
  const date = text[9] && new Date(Date.parse(text) || 0).toISOString().startsWith(text) ? text : '';
  return {
    tier: 'local',
    sources: [{ name: origin.name ?? new URL(origin.url).host, url: origin.url, date: date || undefined }],
    checked: { date: given == null ? origin.today : date, how },
    confidence: 'medium',
  };
}

/** A whole number in a range, from a number or numeric string. */
export function wholeNumber(value: unknown, min: number, max: number): number | undefined {
  const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof number === 'number' && Number.isInteger(number) && number >= min && number <= max ? number : undefined;
}

/** Records in an array that are plain objects; anything else is skipped. */
export function records(value: unknown): Record<string, unknown>[] {
  return Array.isArray(value) ? value.filter((item): item is Record<string, unknown> => !!item && typeof item === 'object' && !Array.isArray(item)) : [];
}
