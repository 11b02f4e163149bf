// Our own small format for hosts without a directory: { "format": "nwd-services", "version": 1,
// "services": [ … ] }, each service shaped like the Service model (see docs/feed-format.md). Every
// field is validated as if it came from a stranger.
import { DAYS, NATIONS, type Channel, type ChannelType, type Day, type Hours, type Nation, type Service } from '../model.js';
import { emailAddress, httpsUrl, phoneNumber, plainText, records, wholeNumber, provenance } from './clean.js';
import type { FeedOrigin, FeedPage } from './result.js';

const CHANNEL_TYPES: readonly ChannelType[] = ['phone', 'text', 'webchat', 'email', 'website', 'textphone', 'in-person'];

const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const words = (value: unknown) => list(value).map((w) => plainText(w, 80)).filter((w): w is string => !!w);

export function fromNwd(json: Record<string, unknown>, origin: FeedOrigin): FeedPage {
  const items = records(json.services);
  const services = items.map((item) => serviceFrom(item, origin)).filter((s): s is Service => !!s);
  return { services, dropped: items.length - services.length };
}

function channelFrom(raw: Record<string, unknown>): Channel | undefined {
  const type = plainText(raw.type) as ChannelType | undefined;
  if (!type || !CHANNEL_TYPES.includes(type)) return undefined;
  const value =
    type === 'website' || type === 'webchat' ? httpsUrl(raw.value)
    : type === 'email' ? emailAddress(raw.value)
    : type === 'in-person' ? ''
    : phoneNumber(raw.value);
  if (value === undefined) return undefined;
  return { type, value, keyword: plainText(raw.keyword, 30), instructions: plainText(raw.instructions, 300) };
}

function hoursFrom(raw: unknown): Hours {
  const hours = records([raw])[0];
  if (hours?.kind === 'always') return { kind: 'always' };
  if (hours?.kind !== 'weekly') return { kind: 'unknown' };
  const spans = records(hours.spans)
    .map((span) => ({
      days: list(span.days).filter((d): d is Day => (DAYS as readonly unknown[]).includes(d)),
      opens: plainText(span.opens, 5) ?? '',
      closes: plainText(span.closes, 5) ?? '',
      closesDayOffset: wholeNumber(span.closesDayOffset, 0, 6),
    }))
    .filter((span) => span.days.length && /^(\d\d:\d\d){2}$/.test(span.opens + span.closes));
  return spans.length ? { kind: 'weekly', spans } : { kind: 'unknown' };
}

function serviceFrom(item: Record<string, unknown>, origin: FeedOrigin): Service | undefined {
  const id = plainText(item.id, 200);
  const name = plainText(item.name, 200);
  if (!id || !name) return undefined;
  const audience = records([item.audience])[0] ?? {};
  const nations = list(audience.nations).filter((n): n is Nation => (NATIONS as readonly unknown[]).includes(n));
  return {
    id: `nwd:${id}`,
    name,
    description: plainText(item.description),
    organisation: plainText(item.organisation, 200),
    channels: records(item.channels).map(channelFrom).filter((c): c is Channel => !!c).slice(0, 12), // a card shows a handful
    hours: hoursFrom(item.hours),
    audience: {
      minAge: wholeNumber(audience.minAge, 0, 130),
      maxAge: wholeNumber(audience.maxAge, 0, 130),
      nations: nations.length ? nations : undefined,
      groups: words(audience.groups),
    },
    topics: words(item.topics),
    cost: plainText(item.cost, 200),
    ...provenance(origin, item.checked, 'Host.'),
  };
}
