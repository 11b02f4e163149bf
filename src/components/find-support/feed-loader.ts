// Loads a local directory feed: only the URL the host configured (and its next pages), with a time
// limit, a size limit and a page cap, cached in memory per URL. Never throws past `loadFeed`: any
// failure becomes a rejected promise with a plain-words message, and national help stays on screen.
import { adaptFeed, type FeedFormat } from '../../engines/services/adapters/index.js';
import type { Service } from '../../engines/services/model.js';

export const FEED_TIMEOUT_MS = 8000;
export const FEED_MAX_BYTES = 10 * 1024 * 1024;
/** Pages are followed until 2,000 services or 20 MB in all, whichever comes first. */
export const FEED_MAX_TOTAL_BYTES = 2 * FEED_MAX_BYTES;
export const FEED_MAX_PAGES = 100;
export const FEED_MAX_SERVICES = 2000;
/** Items cleaned per task: between slices the page answers key presses (quick exit). */
const SLICE = 500;

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
  const seen = new Set<string>(); // a feed whose "next" loops back stops
  let bytes = 0;
  const origin = { url, today: new Date().toISOString().slice(0, 10) };
  for (let next: string | undefined = url, page; (page = next) && !seen.has(page) && seen.size < FEED_MAX_PAGES && services.length < FEED_MAX_SERVICES && bytes < FEED_MAX_TOTAL_BYTES; ) {
    seen.add(page);
    next = undefined; // an empty page ends the feed
    try {
      const text = await fetchText(page);
      bytes += text.length;
      const body = JSON.parse(text) as Record<string, unknown>;
      const key = ['contents', 'content', 'data', 'services'].find((k) => Array.isArray(body?.[k]));
      const items = (key ? body[key] : [body]) as unknown[];
      // A slice of items per task, so key presses (quick exit) are answered between them; none past the cap.
      for (let at = 0; at < items.length && services.length < FEED_MAX_SERVICES; at += SLICE) {
        await new Promise((resolve) => setTimeout(resolve));
        const result = adaptFeed(key ? { ...body, [key]: items.slice(at, at + SLICE) } : body, origin, Date.now(), format);
        for (const service of result.services) services.push(service); // never push(...spread): a page may hold 300,000
        for (const credit of result.attribution ?? []) if (!attribution.some((a) => a.text === credit.text)) attribution.push(credit);
        // Follow "next" only on the feed's own origin (adapters give absolute URLs): a feed cannot send the browser elsewhere.
        if (result.next && new URL(result.next).origin === new URL(url).origin) next = result.next;
      }
    } catch (error) {
      if (!services.length) throw error;
      console.warn(`<nwd-find-support>: ${page} failed (${(error as Error).message}); kept ${services.length} services.`);
    }
  }
  if (!services.length) throw new Error('The feed has no services.');
  return { services: services.slice(0, FEED_MAX_SERVICES), attribution };
}

async function fetchText(url: string): Promise<string> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), FEED_TIMEOUT_MS);
  try {
    // No cookies or credentials, no referrer: the feed learns nothing about the person. No redirects:
    // only the configured URL and its next pages on the same site are ever requested, CSP or not.
    const response = await fetch(url, { signal: controller.signal, credentials: 'omit', referrerPolicy: 'no-referrer', redirect: 'error', headers: { accept: 'application/json' } });
    if (!response.ok) throw new Error(`The feed answered ${response.status}.`);
    return await readCapped(response);
  } finally {
    clearTimeout(timer);
  }
}

/** Reads the body, giving up past FEED_MAX_BYTES even when the server sent no length. */
async function readCapped(response: Response): Promise<string> {
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  for (let size = 0; ; ) {
    const { done, value } = await reader.read();
    if (done) return new Blob(chunks as BlobPart[]).text();
    if ((size += value.byteLength) > FEED_MAX_BYTES) {
      await reader.cancel();
      throw new Error('The feed is too large.');
    }
    chunks.push(value);
  }
}
