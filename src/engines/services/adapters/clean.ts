// Feed data is untrusted text. Everything from a feed passes through here: strings become plain
// text (tags stripped, never rendered as HTML), links keep only the schemes we render.

const MAX_TEXT = 2000;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Plain text from a feed value: tags and script/style bodies removed, entities decoded, spaces folded. */
export function plainText(value: unknown, max = MAX_TEXT): string | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const text = String(value)
    .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<br\s*\/?>|<\/p>/gi, ' ')
    .replace(/<[^>]*>?/g, ' ')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
      if (name[0] === '#') {
        const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
        return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : ' ';
      }
      return ENTITIES[name.toLowerCase()] ?? whole;
    })
    .replace(/[<>]/g, ' ') // a decoded "&lt;script&gt;" stays text, but needs no angle brackets either
    .replace(/\s+/g, ' ')
    .trim();
  if (!text) return undefined;
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}

/** An https: URL, or undefined. (tel:, sms: and mailto: links are built from numbers and addresses.) */
export function httpsUrl(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  try {
    const url = new URL(value.trim());
    return url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** A phone or text number as published, if it looks like one (digits, spaces, + and brackets). */
export function phoneNumber(value: unknown): string | undefined {
  const text = plainText(value, 40);
  if (!text || !/^\+?[\d\s()-]+$/.test(text)) return undefined;
  return text.replace(/\D/g, '').length >= 3 ? text : undefined;
}

/** An email address, if it looks like one (one @, no spaces or link syntax). */
export function emailAddress(value: unknown): string | undefined {
  const text = plainText(value, 254);
  return text && /^[^\s@:/?#<>"']+@[^\s@:/?#<>"']+\.[a-z]{2,}$/i.test(text) ? text : undefined;
}

/** A whole number in a range, from a number or numeric string. */
export function wholeNumber(value: unknown, min: number, max: number): number | undefined {
  const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof number === 'number' && Number.isInteger(number) && number >= min && number <= max ? number : undefined;
}

/** An id from a string or number; undefined for anything else. */
export function identifier(value: unknown): string | undefined {
  return plainText(value, 200);
}

/** Records in an array that are plain objects; anything else is skipped. */
export function records(value: unknown): Record<string, unknown>[] {
  return Array.isArray(value) ? value.filter((item): item is Record<string, unknown> => !!item && typeof item === 'object' && !Array.isArray(item)) : [];
}
