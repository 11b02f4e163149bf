// How each way of getting in touch becomes a link. Only tel:, sms:, mailto: and https: are ever built.
import type { Channel } from '../../engines/services/model.js';

export interface ContactLink {
  href: string;
  /** Opens in a new tab (webchat and websites), with rel="noopener". */
  external: boolean;
}

/** Digits (and a leading +) only: what tel: and sms: links carry. */
export const dialable = (number: string) => number.replace(/(?!^\+)[^\d]/g, '');

/**
 * A number as screen readers should read it: digit by digit, a pause between published groups.
 * "116 123" → "1 1 6, 1 2 3" (not "one hundred and sixteen…").
 */
export const spokenDigits = (number: string) =>
  number
    .trim()
    .split(/\s+/)
    .map((group) => group.replace(/\D/g, '').split('').join(' '))
    .filter(Boolean)
    .join(', ');

/** The link for a channel, or undefined when it has none (in person). */
export function contactLink(channel: Channel): ContactLink | undefined {
  switch (channel.type) {
    case 'phone':
    case 'textphone':
      return dialable(channel.value) ? { href: `tel:${dialable(channel.value)}`, external: false } : undefined;
    case 'text':
      // "?&body=" is understood by both iOS and Android messaging apps.
      return dialable(channel.value)
        ? { href: `sms:${dialable(channel.value)}${channel.keyword ? `?&body=${encodeURIComponent(channel.keyword)}` : ''}`, external: false }
        : undefined;
    case 'email':
      return { href: `mailto:${channel.value}`, external: false };
    case 'website':
    case 'webchat':
      return /^https:\/\//.test(channel.value) ? { href: channel.value, external: true } : undefined;
    default:
      return undefined;
  }
}
