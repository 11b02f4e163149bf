// Feed adapters: any supported directory response in, our Service model out. Pure and DOM-free.
import { fromAliss } from './aliss.js';
import { fromNwd } from './nwd.js';
import { fromOruk } from './oruk.js';
import type { FeedFormat, FeedOrigin, FeedPage } from './result.js';

export type { FeedFormat, FeedOrigin, FeedPage };
export const FEED_FORMATS: readonly FeedFormat[] = ['oruk', 'aliss', 'nwd'];

/** Recognises a response by its keys: ORUK `contents`/`content`, ALISS `data` with `count`/`next`, ours `format`. */
export function detectFormat(json: unknown): FeedFormat | undefined {
  if (!json || typeof json !== 'object' || Array.isArray(json)) return undefined;
  const keys = json as Record<string, unknown>;
  if (keys.format === 'nwd-services') return 'nwd';
  if (Array.isArray(keys.contents) || Array.isArray(keys.content)) return 'oruk';
  if (Array.isArray(keys.data) && ('count' in keys || 'next' in keys || 'meta' in keys)) return 'aliss';
  return undefined;
}

/** Converts one page of a feed. Throws a plain-words Error if the response is not a known format. */
export function adaptFeed(json: unknown, origin: FeedOrigin, now: number, format = detectFormat(json)): FeedPage {
  if (!format || detectFormat(json) !== format) throw new Error(format ? `The feed is not in ${format} format.` : 'The feed is not in a format we know.');
  const body = json as Record<string, unknown>;
  if (format === 'oruk') return fromOruk(body, origin, now);
  if (format === 'aliss') return fromAliss(body, origin);
  return fromNwd(body, origin);
}
