// ALISS API v4 (`/api/v4/services/`): meta (licence, attribution), count, next, previous, data.
// ALISS has no opening hours at all, so every service is "hours not known".
import type { Channel, Service } from '../model.js';
import { emailAddress, httpsUrl, phoneNumber, plainText, records, provenance } from './clean.js';
import type { FeedOrigin, FeedPage } from './result.js';

export function fromAliss(json: Record<string, unknown>, origin: FeedOrigin): FeedPage {
  const items = records(json.data);
  const services = items.map((item) => serviceFrom(item, origin)).filter((s): s is Service => !!s);
  const meta = records([json.meta])[0];
  const attribution = records(meta?.attribution)
    .map((a) => ({ text: plainText(a.text, 300) ?? '', url: httpsUrl(a.url) }))
    .filter((a) => a.text);
  // The licence is always credited, linked to the licence the feed names (CC BY 4.0), even when the feed forgets.
  attribution.push({ text: 'Contains information from ALISS (CC BY 4.0)', url: httpsUrl(meta?.licence) ?? 'https://www.aliss.org' });
  // A relative next is resolved against the feed's URL; the loader keeps it only on the feed's origin.
  return { services, next: httpsUrl(json.next, origin.url), attribution, dropped: items.length - services.length };
}

function serviceFrom(item: Record<string, unknown>, origin: FeedOrigin): Service | undefined {
  const id = plainText(item.id, 200);
  const name = plainText(item.name, 200);
  if (!id || !name) return undefined;
  const channels: Channel[] = [];
  const phone = phoneNumber(item.phone);
  if (phone) channels.push({ type: 'phone', value: phone });
  const email = emailAddress(item.email);
  if (email) channels.push({ type: 'email', value: email });
  const topics = records(item.categories).map((c) => plainText(c.slug, 80)).filter((t): t is string => !!t);
  const url = httpsUrl(item.url) ?? httpsUrl(item.aliss_url) ?? httpsUrl(item.permalink); // an http: url gives way to the ALISS page
  if (url) channels.push({ type: 'website', value: url });
  return {
    id: `aliss:${id}`,
    name,
    description: plainText(item.description),
    organisation: plainText(records([item.organisation])[0]?.name, 200),
    channels,
    hours: { kind: 'unknown' }, // ALISS publishes no opening hours
    audience: {},
    topics: topics.length ? topics : undefined, // none given: a general service, matching every topic
    ...provenance(origin, item.last_updated, 'ALISS.'),
  };
}
