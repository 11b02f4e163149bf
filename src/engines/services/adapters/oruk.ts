// Open Referral UK: v1 (HSDS 1.1: `content`, `regular_schedules`) and 3.0 (HSDS 3.0: `contents`,
// `schedules`). Lists may omit nested arrays (contacts, schedules); then hours are "not known".
import { DAYS, type Channel, type Day, type Hours, type Service, type WeeklySpan } from '../model.js';
import { emailAddress, httpsUrl, phoneNumber, plainText, records, wholeNumber, provenance } from './clean.js';
import type { FeedOrigin, FeedPage } from './result.js';

const PHONE_TYPES: Record<string, Channel['type'] | undefined> = {
  voice: 'phone', cell: 'phone', '': 'phone', text: 'text', sms: 'text', textphone: 'textphone', // fax, pager, video: not offered
};

export function fromOruk(json: Record<string, unknown>, origin: FeedOrigin, now: number): FeedPage {
  const items = records(json.contents ?? json.content);
  const services = items.map((item) => serviceFrom(item, origin, now)).filter((s): s is Service => !!s);
  return { services, next: nextPage(json, origin.url), dropped: items.length - services.length };
}

function serviceFrom(item: Record<string, unknown>, origin: FeedOrigin, now: number): Service | undefined {
  const id = plainText(item.id, 200);
  const name = plainText(item.name, 200);
  const status = plainText(item.status);
  if (!id || !name || (status && status.toLowerCase() !== 'active')) return undefined;
  const organisation = records([item.organization ?? item.organisation])[0]; // Outpost spells it the British way
  const given = item.assured_date ?? item.last_modified ?? item.updated_at;
  return {
    id: `oruk:${id}`,
    name,
    description: plainText(item.description),
    organisation: plainText(organisation?.name, 200),
    channels: channelsFrom(item),
    hours: hoursFrom(records(item.schedules ?? item.regular_schedules), now),
    audience: {
      minAge: wholeNumber(item.minimum_age ?? item.min_age, 0, 130),
      maxAge: wholeNumber(item.maximum_age ?? item.max_age, 0, 130),
    },
    cost: plainText(item.fees_description ?? item.fees, 200), // HSDS 3.0: `fees` is deprecated (the spec example holds "fees_description")
    languages: records(item.languages).map((l) => plainText(l.code ?? l.language, 20)).filter((l): l is string => !!l),
    ...provenance(origin, given, 'ORUK.'),
  };
}

export const MAX_PHONES = 10;

function channelsFrom(item: Record<string, unknown>): Channel[] {
  const channels: Channel[] = [];
  const seen = new Set<string>(); // a Set, not a scan of channels: 100,000 phones stay linear
  const contacts = records(item.contacts);
  // v1 (Outpost) puts one number straight on each contact: `contacts[].phone`.
  const phones = records(item.phones).concat(contacts.flatMap((contact) => [...records(contact.phones), { number: contact.phone }]));
  for (const phone of phones) {
    // A card shows a handful of numbers; 100,000 would take seconds to draw and freeze the page.
    if (channels.length === MAX_PHONES) break;
    const type = PHONE_TYPES[(plainText(phone.type) ?? '').toLowerCase()];
    const value = phoneNumber(phone.number);
    if (type && value && seen.size < seen.add(type + value).size) {
      channels.push({ type, value, instructions: plainText(phone.description, 300) });
    }
  }
  const email = [item.email, ...contacts.map((contact) => contact.email)].map(emailAddress).find(Boolean);
  if (email) channels.push({ type: 'email', value: email });
  const url = httpsUrl(item.url);
  if (url) channels.push({ type: 'website', value: url });
  return channels;
}

/** HSDS opening times read as Europe/London wall clock; a Z or +00:00/+01:00 suffix is ignored (UK publishers mean local time). */
function clock(value: unknown): string | undefined {
  const match = /^(\d{1,2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]0[01]:?00)?$/i.exec(plainText(value, 30) ?? '');
  return match ? `${match[1].padStart(2, '0')}:${match[2]}` : undefined;
}

function daysOf(schedule: Record<string, unknown>): Day[] {
  const byday = plainText(schedule.byday, 60);
  if (byday) return byday.split(',').map((d) => d.trim().toUpperCase()).filter((d): d is Day => (DAYS as readonly string[]).includes(d));
  // v1 `weekday`: read as ISO 8601, 1 = Monday … 7 = Sunday (our reading; the spec text we have is silent).
  // or a day name, as Outpost writes it ("Monday").
  const day = DAYS[wholeNumber(schedule.weekday, 1, 7)! - 1] ?? String(schedule.weekday).slice(0, 2).toUpperCase();
  return DAYS.includes(day as Day) ? [day as Day] : [];
}

function hoursFrom(schedules: Record<string, unknown>[], now: number): Hours {
  const today = new Date(now).toISOString().slice(0, 10);
  const spans: WeeklySpan[] = [];
  for (const schedule of schedules) {
    const freq = plainText(schedule.freq)?.toUpperCase();
    if (freq && !freq.startsWith('WEEK')) continue; // monthly patterns: not shown as weekly hours ("week" is v1's spelling)
    const validFrom = plainText(schedule.valid_from, 10);
    const validTo = plainText(schedule.valid_to, 10);
    if ((validFrom && validFrom > today) || (validTo && validTo < today)) continue;
    const days = daysOf(schedule);
    const opens = clock(schedule.opens_at);
    const closes = clock(schedule.closes_at);
    if (days.length && opens && closes) spans.push({ days, opens, closes });
  }
  // No usable rows means not known, never "closed".
  return spans.length ? { kind: 'weekly', spans } : { kind: 'unknown' };
}

function nextPage(json: Record<string, unknown>, url: string): string | undefined {
  const page = wholeNumber(json.page_number ?? json.number, 0, 100_000);
  const pages = wholeNumber(json.total_pages ?? json.totalPages, 0, 100_000);
  const last = json.last_page ?? json.last;
  if (last === true || !(page! < pages!)) return undefined; // also when either number is missing
  const next = new URL(url);
  next.searchParams.set('page', String(page! + 1));
  return next.href;
}
