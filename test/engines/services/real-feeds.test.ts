// Issue 14 item 7: real published payloads (test/fixtures/feeds/SOURCES.md says where each is from),
// compared field by field with what the adapters keep. A kind of fact is "kept" when the service we
// show carries it; the test fails if any kind a payload carries is kept for fewer than 95% of the
// services that carry it, except the gaps listed in KNOWN_GAPS (each with its reason), which must
// match exactly: fixing one makes the test fail until the list is updated.
import { expect } from '@open-wc/testing';
import hsdsList from '../../fixtures/feeds/01-hsds3-spec-service_list.json';
import hsdsFull from '../../fixtures/feeds/03b-hsds3-spec-service_full-in-list-envelope.json';
import orukUk from '../../fixtures/feeds/04-oruk3-uk-profile-service_list.json';
import bucks from '../../fixtures/feeds/05-bucks-outpost-v1-services_page_1.json';
import validatorFail from '../../fixtures/feeds/08-oruk-validator-V3-UK-Fail-service_list.json';
import dfe from '../../fixtures/feeds/10-dfe-fh-services-html-js-service-in-list.json';
import aliss4 from '../../fixtures/feeds/11-aliss-v4-services-search-2020.json';
import aliss41 from '../../fixtures/feeds/12-aliss-v4.1-import-2020.json';
import { adaptFeed } from '../../../src/engines/services/adapters/index.js';
import type { Service } from '../../../src/engines/services/model.js';

type Raw = Record<string, unknown>;
const FEEDS: Record<string, unknown> = { hsdsList, hsdsFull, orukUk, bucks, validatorFail, dfe, aliss4, aliss41 };
const ORIGIN = { url: 'https://directory.example/api/services', today: '2026-12-02' };
const NOW = Date.parse('2026-12-02T12:00:00Z');

const list = (value: unknown): Raw[] => (Array.isArray(value) ? value.filter((v) => v && typeof v === 'object') : []);
const given = (value: unknown) => value !== undefined && value !== null && value !== '' && !(Array.isArray(value) && !value.length);
const looksLikeEmail = (value: unknown) => typeof value === 'string' && /^[^\s@,]+@[^\s@,]+\.[a-z]{2,}$/i.test(value.trim());
const phonesOf = (r: Raw) => [
  ...list(r.phones), ...list(r.contacts).flatMap((c) => list(c.phones)), ...list(r.service_at_locations).flatMap((s) => list(s.phones)),
].map((p) => p.number).concat(r.phone, list(r.contacts).map((c) => c.phone)).filter((n) => typeof n === 'string' && /\d{3}/.test(n));

/** Each kind: does the publisher's item carry it, and does our service keep it? */
const KINDS: Record<string, [(r: Raw) => boolean, (s: Service) => boolean]> = {
  description: [(r) => given(r.description), (s) => !!s.description],
  phone: [(r) => phonesOf(r).length > 0, (s) => s.channels.some((c) => c.type === 'phone' || c.type === 'text' || c.type === 'textphone')],
  email: [(r) => looksLikeEmail(r.email) || list(r.contacts).some((c) => looksLikeEmail(c.email)), (s) => s.channels.some((c) => c.type === 'email')],
  website: [(r) => [r.url, r.aliss_url].some((u) => typeof u === 'string' && u.startsWith('https://')), (s) => s.channels.some((c) => c.type === 'website')],
  organisation: [(r) => given(list([r.organization ?? r.organisation])[0]?.name), (s) => !!s.organisation],
  ages: [(r) => [r.minimum_age, r.maximum_age, r.min_age, r.max_age].some((a) => typeof a === 'number'), (s) => s.audience.minAge !== undefined || s.audience.maxAge !== undefined],
  // A schedule counts while it is valid (the HSDS examples' schedules ended in 2005).
  'weekly hours': [(r) => [...list(r.schedules), ...list(r.regular_schedules)].some((x) => given(x.opens_at) && given(x.closes_at) && !(String(x.valid_to) < '2026-12-02')), (s) => s.hours.kind === 'weekly'],
  'source date': [(r) => [r.assured_date, r.last_modified, r.updated_at, r.last_updated].some(given), (s) => !!s.sources[0]?.date],
  cost: [(r) => given(r.fees_description) || given(r.fees) || list(r.cost_options).length > 0, (s) => !!s.cost],
  languages: [(r) => list(r.languages).length > 0, (s) => !!s.languages?.length],
  topics: [(r) => list(r.categories).length > 0, (s) => !!s.topics?.length],
};

/** Fact kinds kept for fewer than 95% of the services carrying them, and why. */
const KNOWN_GAPS: Record<string, string> = {
  'bucks cost': 'Outpost cost_options ({option, amount, cost_type}) are not turned into text yet: the bundle is at its gzip budget.',
};

function coverage(): Record<string, { carry: number; kept: number }> {
  const table: Record<string, { carry: number; kept: number }> = {};
  for (const [name, json] of Object.entries(FEEDS)) {
    const raw = list((json as Raw).contents ?? (json as Raw).content ?? (json as Raw).data);
    const { services } = adaptFeed(json, ORIGIN, NOW);
    for (const service of services) {
      const item = raw.find((r) => service.id.endsWith(`:${String(r.id)}`))!;
      for (const [kind, [carries, keeps]] of Object.entries(KINDS)) {
        if (!carries(item)) continue;
        const row = (table[`${name} ${kind}`] ??= { carry: 0, kept: 0 });
        row.carry++;
        if (keeps(service)) row.kept++;
      }
    }
  }
  return table;
}

describe('issue 14 item 7: real council feeds arrive whole', () => {
  it('keeps every kind of fact a payload carries for at least 95% of the services carrying it', () => {
    const table = coverage();
    const short = Object.entries(table).filter(([, { carry, kept }]) => kept < 0.95 * carry);
    const report = Object.entries(table).map(([key, { carry, kept }]) => `${key}: ${kept}/${carry}`).join('\n');
    expect(short.map(([key]) => key).sort(), report).to.deep.equal(Object.keys(KNOWN_GAPS).sort());
  });

  it('adapts every real payload without dropping a named, active service', () => {
    for (const [name, json] of Object.entries(FEEDS)) {
      const raw = list((json as Raw).contents ?? (json as Raw).content ?? (json as Raw).data);
      const named = raw.filter((r) => typeof r.name === 'string' && r.name.trim() && (!r.status || r.status === 'active'));
      expect(adaptFeed(json, ORIGIN, NOW).services.length, name).to.equal(named.length);
    }
  });
});

describe('issue 14 item 1: ORUK v1 as Outpost publishes it', () => {
  it('reads day names in weekday, freq "week" or "WEEKLY", contact phones and emails, organisation and min_age', () => {
    const item = {
      id: 7, name: 'Walking group', status: 'active', min_age: 18, max_age: null, updated_at: '2021-09-14T13:05:10.022Z',
      organisation: { name: 'Wingrave Community Association' },
      contacts: [{ email: 'not an email' }, { phone: '01296 681522', email: 'walks@example.org' }],
      regular_schedules: [{ weekday: 'Monday', opens_at: '09:30', closes_at: '12:00', freq: 'week' }, { weekday: 'friday', opens_at: '10:00', closes_at: '11:00', freq: 'WEEKLY' }],
    };
    const [service] = adaptFeed({ content: [item] }, ORIGIN, NOW).services;
    expect(service.channels.map((c) => `${c.type}:${c.value}`)).to.deep.equal(['phone:01296 681522', 'email:walks@example.org']);
    expect(service.organisation).to.equal('Wingrave Community Association');
    expect(service.audience).to.deep.equal({ minAge: 18, maxAge: undefined });
    expect(service.hours).to.deep.equal({ kind: 'weekly', spans: [{ days: ['MO'], opens: '09:30', closes: '12:00' }, { days: ['FR'], opens: '10:00', closes: '11:00' }] });
    expect(service.sources[0].date).to.equal('2021-09-14');
    expect(service.checked.date).to.equal('2021-09-14'); // not "today"
  });

  it('issue 14 item 2: cleans the HSDS example phone\'s quote marks and prefers fees_description to fees', () => {
    const [service] = adaptFeed(hsdsFull, ORIGIN, NOW).services;
    expect(service.channels.filter((c) => c.type === 'phone').map((c) => c.value)).to.deep.equal(['+44 1234 234567']);
    expect(service.cost).to.match(/^Non-NHS patients are expected to pay/);
  });
});

describe('issue 14 item 4: ALISS', () => {
  it('uses aliss_url as the website when url is http or missing, and leaves topics unset when categories are empty', () => {
    const items = [
      { id: 'a', name: 'Old site', url: 'http://example.org/', aliss_url: 'https://www.aliss.org/services/a/', categories: [] },
      { id: 'b', name: 'No site', aliss_url: 'https://www.aliss.org/services/b/', permalink: 'https://www.aliss.org/p/b/', categories: [{ slug: 'mental-health' }] },
    ];
    const [a, b] = adaptFeed({ count: 2, data: items }, ORIGIN, NOW).services;
    expect(a.channels).to.deep.equal([{ type: 'website', value: 'https://www.aliss.org/services/a/' }]);
    expect(b.channels).to.deep.equal([{ type: 'website', value: 'https://www.aliss.org/services/b/' }]);
    expect(a.topics).to.equal(undefined); // a general service: shown under every topic
    expect(b.topics).to.deep.equal(['mental-health']);
  });

  it('credits the CC BY 4.0 licence named in meta.licence on the real payloads, beside their own attribution', () => {
    for (const json of [aliss4, aliss41]) {
      const { attribution } = adaptFeed(json, ORIGIN, NOW);
      expect(attribution).to.have.length(5);
      expect(attribution!.at(-1)).to.deep.equal({ text: 'Contains information from ALISS (CC BY 4.0)', url: 'https://creativecommons.org/licenses/by/4.0/' });
    }
  });

  it('resolves a relative next against the feed URL (the loader then follows it only on the same origin)', () => {
    const page = (next: string) => adaptFeed({ count: 9, next, data: [{ id: 'a', name: 'A' }] }, ORIGIN, NOW).next;
    expect(page('/api/v4/services/?page=2')).to.equal('https://directory.example/api/v4/services/?page=2');
    expect(page('?page=3')).to.equal('https://directory.example/api/services?page=3');
    expect(page('http://directory.example/api/services?page=2')).to.equal(undefined); // https only
  });
});
