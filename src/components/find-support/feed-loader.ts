// Loads a local directory feed: only the URL the host configured (and its next pages), with a time
// limit, a size limit and a page cap, cached in memory per URL. Never throws past `loadFeed`: any
// failure becomes a rejected promise with a plain-words message, and national help stays on screen.
import { adaptFeed, type FeedFormat, type FeedPage } from '../../engines/services/adapters/index.js';
import type { Service } from '../../engines/services/model.js';

export const FEED_TIMEOUT_MS = 8000;
export const FEED_MAX_BYTES = 10 * 1024 * 1024;
export const FEED_MAX_PAGES = 10;
export const FEED_MAX_SERVICES = 2000;

export interface FeedResult {
  services: Service[];
  attribution: { text: string; url?: string }[];
}

const cache = new Map<string, Promise<FeedResult>>();

/** Loads `url` (cached for the life of the page). A failed load is not cached, so a later attempt retries. */
export function loadFeed(url: string, format?: FeedFormat): Promise<FeedResult> {
  const key = `${format ?? 'auto'} ${url}`;
  let pending = cache.get(key);
  if (!pending) {
    pending = fetchAllPages(url, format);
    cache.set(key, pending);
    pending.catch(() => cache.delete(key));
  }
  return pending;
}

async function fetchAllPages(url: string, format?: FeedFormat): Promise<FeedResult> {
  const services: Service[] = [];
  const attribution: FeedResult['attribution'] = [];
  const seen = new Set<string>();
  let next: string | undefined = url;
  for (let page = 0; next && page < FEED_MAX_PAGES && services.length < FEED_MAX_SERVICES; page++) {
    if (seen.has(next)) break; // a feed whose "next" loops back
    seen.add(next);
    const result: FeedPage = adaptFeed(await fetchJson(next), { url, today: new Date().toISOString().slice(0, 10) }, Date.now(), format);
    services.push(...result.services);
    for (const credit of result.attribution ?? []) if (!attribution.some((a) => a.text === credit.text)) attribution.push(credit);
    next = result.next && sameSite(result.next, url) ? result.next : undefined;
  }
  if (!services.length) throw new Error('The feed has no services.');
  return { services: services.slice(0, FEED_MAX_SERVICES), attribution };
}

/** Follow "next" links only on the feed's own origin: a feed cannot send the browser elsewhere. */
function sameSite(next: string, url: string): boolean {
  try {
    return new URL(next, url).origin === new URL(url, document.baseURI).origin;
  } catch {
    return false;
  }
}

async function fetchJson(url: string): Promise<unknown> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), FEED_TIMEOUT_MS);
  try {
    // No cookies or credentials, no referrer: the feed learns nothing about the person.
    const response = await fetch(url, { signal: controller.signal, credentials: 'omit', referrerPolicy: 'no-referrer', headers: { accept: 'application/json' } });
    if (!response.ok) throw new Error(`The feed answered ${response.status}.`);
    if (Number(response.headers.get('content-length') ?? 0) > FEED_MAX_BYTES) throw new Error('The feed is too large.');
    return JSON.parse(await readCapped(response));
  } finally {
    clearTimeout(timer);
  }
}

/** Reads the body, giving up past FEED_MAX_BYTES even when the server sent no length. */
async function readCapped(response: Response): Promise<string> {
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > FEED_MAX_BYTES) {
      await reader.cancel();
      throw new Error('The feed is too large.');
    }
    chunks.push(value);
  }
  const body = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder().decode(body);
}
