import { expect } from '@open-wc/testing';
import oruk from '../../../stories/fixtures/feeds/oruk-services.json';
import aliss from '../../../stories/fixtures/feeds/aliss-services.json';
import nwd from '../../../stories/fixtures/feeds/nwd-services.json';
import { adaptFeed, detectFormat } from '../../../src/engines/services/adapters/index.js';
import { openStatus } from '../../../src/engines/services/open-now.js';
import type { Service } from '../../../src/engines/services/model.js';

const ORIGIN = { url: 'https://council.example/openreferral/services', name: 'Anytown directory', today: '2026-11-27' };
const NOW = Date.parse('2026-01-17T12:00:00Z'); // a Saturday
const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value));
const HOSTILE = '<img src=x onerror="alert(1)"><script>alert(2)</script>Help &amp; <b>support</b>';

/** Everything a service would show a person, as one string, to look for markup. */
const shown = (s: Service) => JSON.stringify([s.name, s.description, s.organisation, s.cost, s.channels]);

describe('engines/services adapters', () => {
  describe('Open Referral UK 3.0', () => {
    it('reads names, organisations, contacts and weekly hours (Europe/London) from the fixture', () => {
      const page = adaptFeed(oruk, ORIGIN, NOW);
      expect(page.services.map((s) => s.name)).to.deep.equal(['Example Evening Listening Line', "Example Young People's Drop-in"]);
      const [line, dropIn] = page.services;
      expect(line.organisation).to.equal('Example Wellbeing Trust');
      expect(line.channels.map((c) => `${c.type}:${c.value}`)).to.deep.equal([
        'phone:0800 000 0000', 'text:07000 000000', 'email:hello@example.org', 'website:https://example.org/listening-line',
      ]);
      expect(line.audience).to.deep.equal({ minAge: 16, maxAge: 120 });
      expect(openStatus(line.hours, NOW)).to.deep.equal({ state: 'open', closesAt: Date.parse('2026-01-19T06:00:00Z') });
      expect(dropIn.description).to.equal('Drop-in for 11 to 18 year olds. No appointment needed.');
      expect(dropIn.hours).to.deep.equal({ kind: 'unknown' }); // no schedules in the list: not known, not closed
      expect(line.tier).to.equal('local');
      expect(line.sources).to.deep.equal([{ name: 'Anytown directory', url: ORIGIN.url, date: '2025-01-15' }]);
      expect(page.next).to.equal(undefined);
    });

    it('reads ORUK v1 (content, regular_schedules, totalPages) the same way, and pages on', () => {
      const v1 = clone(oruk) as Record<string, unknown> & { contents?: Record<string, unknown>[] };
      const content = v1.contents!.map((item) => {
        const { schedules, ...rest } = item as Record<string, unknown>;
        return { ...rest, regular_schedules: schedules };
      });
      const page = adaptFeed({ totalElements: 40, totalPages: 2, number: 1, size: 2, first: true, last: false, content }, ORIGIN, NOW);
      expect(detectFormat({ content })).to.equal('oruk');
      expect(page.services.map((s) => s.name)).to.deep.equal(['Example Evening Listening Line', "Example Young People's Drop-in"]);
      expect(openStatus(page.services[0].hours, NOW).state).to.equal('open');
      expect(page.next).to.equal(`${ORIGIN.url}?page=2`);
    });

    it('reads a v1 weekday number as ISO (1 = Monday)', () => {
      const item = { id: 'x', name: 'Monday clinic', regular_schedules: [{ weekday: 1, opens_at: '09:00:00', closes_at: '17:00:00Z' }] };
      const [service] = adaptFeed({ content: [item] }, ORIGIN, NOW).services;
      expect(service.hours).to.deep.equal({ kind: 'weekly', spans: [{ days: ['MO'], opens: '09:00', closes: '17:00' }] });
    });

    it('leaves out inactive services and schedules no longer valid', () => {
      const feed = clone(oruk);
      feed.contents[0].schedules!.forEach((s: Record<string, unknown>) => (s.valid_to = '2025-12-31'));
      feed.contents[1].status = 'defunct';
      const page = adaptFeed(feed, ORIGIN, NOW);
      expect(page.services.map((s) => s.name)).to.deep.equal(['Example Evening Listening Line']);
      expect(page.services[0].hours).to.deep.equal({ kind: 'unknown' });
      expect(page.dropped).to.equal(1);
    });
  });

  describe('ALISS v4', () => {
    it('reads services with hours not known, the next page and the CC BY attribution', () => {
      const page = adaptFeed(aliss, ORIGIN, NOW);
      expect(detectFormat(aliss)).to.equal('aliss');
      expect(page.services.map((s) => s.name)).to.deep.equal(['Example Peer Support Group', 'Example Listening Service (phone)']);
      expect(page.services[0].organisation).to.equal('Example Community Trust');
      expect(page.services[0].channels.map((c) => c.type)).to.deep.equal(['phone', 'email', 'website']);
      expect(page.services[1].channels.map((c) => c.type)).to.deep.equal(['phone', 'website']); // empty email dropped
      expect(page.services.every((s) => s.hours.kind === 'unknown')).to.equal(true);
      expect(page.next).to.equal('https://www.aliss.org/api/v4/services/?postcode=EH1+1AA&page=2&page_size=2');
      expect(page.attribution).to.deep.equal([
        { text: 'Contains contributions from ALISS users', url: 'https://www.aliss.org/terms-and-conditions' },
        { text: 'Contains information from ALISS (CC BY 4.0)', url: 'https://creativecommons.org/licenses/by/4.0/' }, // meta.licence, always credited
      ]);
    });

    it('credits ALISS even when the feed leaves out its attribution', () => {
      const { meta: _meta, ...bare } = clone(aliss);
      void _meta;
      expect(adaptFeed(bare, ORIGIN, NOW).attribution![0].text).to.match(/ALISS/);
    });
  });

  describe('our own format', () => {
    it('reads the documented example', () => {
      const page = adaptFeed(nwd, ORIGIN, NOW);
      expect(page.services).to.have.length(1);
      expect(page.services[0].channels.map((c) => c.type)).to.deep.equal(['phone', 'website', 'in-person']);
      expect(page.services[0].checked.date).to.equal('2026-11-01');
    });
  });

  describe('hostile and broken feeds', () => {
    it('turns markup in any text field into plain text', () => {
      const feed = clone(oruk);
      Object.assign(feed.contents[0], { name: HOSTILE, description: HOSTILE, fees: HOSTILE });
      feed.contents[0].organization.name = HOSTILE;
      const [service] = adaptFeed(feed, ORIGIN, NOW).services;
      expect(service.name).to.equal('Help & support');
      expect(shown(service)).to.not.match(/[<>]|onerror|script/i);
      const alissFeed = clone(aliss);
      alissFeed.data[0].description = '&lt;script&gt;alert(1)&lt;/script&gt; text';
      expect(adaptFeed(alissFeed, ORIGIN, NOW).services[0].description).to.not.match(/[<>]/);
    });

    it('keeps only https: links, real numbers and real addresses', () => {
      const feed = clone(oruk);
      feed.contents[0].url = 'javascript:alert(1)';
      feed.contents[0].email = 'mailto:x@y.z?body=<script>';
      feed.contents[0].contacts![0].phones[0].number = 'javascript:alert(1)';
      feed.contents[1].url = 'http://example.org/plain-http';
      const [line, dropIn] = adaptFeed(feed, ORIGIN, NOW).services;
      expect(line.channels.map((c) => c.type)).to.deep.equal(['text']);
      expect(dropIn.channels).to.deep.equal([]);
      const alissFeed = clone(aliss);
      alissFeed.data[0].url = 'data:text/html,<b>hi</b>';
      alissFeed.data[0].permalink = 'ftp://example.org';
      alissFeed.data[0].aliss_url = 'javascript:alert(1)'; // the ALISS page is the website's fallback: unsafe here too
      expect(adaptFeed(alissFeed, ORIGIN, NOW).services[0].channels.map((c) => c.type)).to.deep.equal(['phone', 'email']);
    });

    it('drops items with no usable name or id, and survives wrong types everywhere', () => {
      const page = adaptFeed({ contents: [
        { id: 'a', name: '' },
        { id: 'b', name: { html: 'x' } },
        { name: 'No id' },
        'not an object',
        null,
        { id: 7, name: 'Kept', minimum_age: 'sixteen', contacts: 'none', schedules: { not: 'a list' }, organization: [1, 2] },
      ] }, ORIGIN, NOW);
      expect(page.services.map((s) => [s.id, s.name, s.audience.minAge, s.hours.kind])).to.deep.equal([['oruk:7', 'Kept', undefined, 'unknown']]);
      expect(page.dropped).to.equal(3);
    });

    it('says plainly when a response is not a feed it knows', () => {
      for (const bad of [null, 'text', [], {}, { results: [] }]) {
        expect(() => adaptFeed(bad, ORIGIN, NOW), JSON.stringify(bad)).to.throw('The feed is not in a format we know.');
      }
      expect(() => adaptFeed(aliss, ORIGIN, NOW, 'oruk')).to.throw('The feed is not in oruk format.');
    });

    it('adapts 5,000 services', () => {
      const many = { contents: Array.from({ length: 5000 }, (_, i) => ({ ...clone(oruk.contents[0]), id: `s${i}` })) };
      const page = adaptFeed(many, ORIGIN, NOW);
      expect(page.services).to.have.length(5000);
      expect(new Set(page.services.map((s) => s.id)).size).to.equal(5000);
    });
  });
});
