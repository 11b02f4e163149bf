import { expect } from '@open-wc/testing';
import type { Hours } from '../../../src/engines/services/model.js';
import { intervalsNear, openStatus } from '../../../src/engines/services/open-now.js';
import { deviceTimeZone } from '../../helpers.js';

// Breathing Space as published: Mon-Thu 6pm-2am; Fri 6pm to Mon 6am.
const BREATHING_SPACE: Hours = {
  kind: 'weekly',
  spans: [
    { days: ['MO', 'TU', 'WE', 'TH'], opens: '18:00', closes: '02:00' },
    { days: ['FR'], opens: '18:00', closes: '06:00', closesDayOffset: 3 },
  ],
};
// The same hours as an ORUK feed writes them: 23:59 ends, 00:00 starts, one row per piece.
const BREATHING_SPACE_AS_FEED: Hours = {
  kind: 'weekly',
  spans: [
    { days: ['MO', 'TU', 'WE', 'TH'], opens: '18:00', closes: '02:00' },
    { days: ['FR'], opens: '18:00', closes: '23:59' },
    { days: ['SA', 'SU'], opens: '00:00', closes: '23:59' },
    { days: ['MO'], opens: '00:00', closes: '06:00' },
  ],
};
const at = (iso: string) => Date.parse(iso);
const state = (hours: Hours, iso: string) => openStatus(hours, at(iso)).state;

function describeOpenNow(zone: string | undefined) {
  describe(`engines/services openStatus (device time zone: ${zone ?? 'machine default'})`, () => {
    before(() => deviceTimeZone(zone));
    after(() => deviceTimeZone());

    for (const [name, hours] of [
      ['Breathing Space', BREATHING_SPACE],
      ['Breathing Space written as feed rows', BREATHING_SPACE_AS_FEED],
    ] as const) {
      it(`${name}: every test instant in an ordinary winter week (GMT)`, () => {
        const expected: Array<[string, string]> = [
          ['2026-01-16T17:59:00Z', 'closed'], // Fri 17:59
          ['2026-01-16T18:00:00Z', 'open'], // Fri 18:00
          ['2026-01-17T03:00:00Z', 'open'], // Sat 03:00
          ['2026-01-18T23:59:00Z', 'open'], // Sun 23:59
          ['2026-01-19T05:59:00Z', 'open'], // Mon 05:59
          ['2026-01-19T06:00:00Z', 'closed'], // Mon 06:00
          ['2026-01-19T18:00:00Z', 'open'], // Mon 18:00
          ['2026-01-20T01:59:00Z', 'open'], // Tue 01:59
          ['2026-01-20T02:00:00Z', 'closed'], // Tue 02:00
        ];
        expect(expected.map(([iso]) => [iso, state(hours, iso)])).to.deep.equal(expected);
      });

      it(`${name}: the weekend closes on Monday at 6am, not at midnight`, () => {
        const status = openStatus(hours, at('2026-01-17T12:00:00Z'));
        expect(status).to.deep.equal({ state: 'open', closesAt: at('2026-01-19T06:00:00Z') });
      });

      it(`${name}: the spring-forward weekend (29 March 2026)`, () => {
        const expected: Array<[string, string]> = [
          ['2026-03-27T17:59:00Z', 'closed'], // Fri 17:59 GMT
          ['2026-03-27T18:00:00Z', 'open'], // Fri 18:00 GMT
          ['2026-03-29T00:30:00Z', 'open'], // Sun 00:30 GMT
          ['2026-03-29T01:30:00Z', 'open'], // Sun 02:30 BST (01:30 never happened)
          ['2026-03-29T22:59:00Z', 'open'], // Sun 23:59 BST
          ['2026-03-30T04:59:00Z', 'open'], // Mon 05:59 BST
          ['2026-03-30T05:00:00Z', 'closed'], // Mon 06:00 BST
          ['2026-03-30T17:00:00Z', 'open'], // Mon 18:00 BST
          ['2026-03-31T00:59:00Z', 'open'], // Tue 01:59 BST
          ['2026-03-31T01:00:00Z', 'closed'], // Tue 02:00 BST
        ];
        expect(expected.map(([iso]) => [iso, state(hours, iso)])).to.deep.equal(expected);
        expect(openStatus(hours, at('2026-03-28T12:00:00Z'))).to.deep.equal({ state: 'open', closesAt: at('2026-03-30T05:00:00Z') });
      });

      it(`${name}: the fall-back weekend (25 October 2026)`, () => {
        const expected: Array<[string, string]> = [
          ['2026-10-23T16:59:00Z', 'closed'], // Fri 17:59 BST
          ['2026-10-23T17:00:00Z', 'open'], // Fri 18:00 BST
          ['2026-10-25T00:30:00Z', 'open'], // Sun 01:30 BST, the first time
          ['2026-10-25T01:30:00Z', 'open'], // Sun 01:30 GMT, the second time
          ['2026-10-25T23:59:00Z', 'open'], // Sun 23:59 GMT
          ['2026-10-26T05:59:00Z', 'open'], // Mon 05:59 GMT
          ['2026-10-26T06:00:00Z', 'closed'], // Mon 06:00 GMT
          ['2026-10-26T18:00:00Z', 'open'], // Mon 18:00 GMT
          ['2026-10-27T01:59:00Z', 'open'], // Tue 01:59 GMT
          ['2026-10-27T02:00:00Z', 'closed'], // Tue 02:00 GMT
        ];
        expect(expected.map(([iso]) => [iso, state(hours, iso)])).to.deep.equal(expected);
      });
    }

    it('an overnight span is 7 hours on the spring night and 9 on the autumn night', () => {
      const saturdayNight: Hours = { kind: 'weekly', spans: [{ days: ['SA'], opens: '18:00', closes: '02:00' }] };
      if (saturdayNight.kind !== 'weekly') throw new Error('unreachable');
      const length = (iso: string) => {
        const span = intervalsNear(saturdayNight.spans, at(iso))!.find(([start, end]) => start <= at(iso) && at(iso) < end)!;
        return (span[1] - span[0]) / 3_600_000;
      };
      expect(length('2026-03-28T20:00:00Z')).to.equal(7);
      expect(length('2026-10-24T20:00:00Z')).to.equal(9);
      expect(length('2026-01-17T20:00:00Z')).to.equal(8);
    });

    it('an evening line says when it opens next, and closes at midnight', () => {
      const calm: Hours = { kind: 'weekly', spans: [{ days: ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'], opens: '17:00', closes: '24:00' }] };
      expect(openStatus(calm, at('2026-01-16T12:00:00Z'))).to.deep.equal({ state: 'closed', opensAt: at('2026-01-16T17:00:00Z') });
      expect(openStatus(calm, at('2026-07-16T20:00:00Z'))).to.deep.equal({ state: 'open', closesAt: at('2026-07-16T23:00:00Z') });
    });

    it('never says closed when hours are unknown, not applicable or unreadable', () => {
      expect(openStatus({ kind: 'unknown' }, at('2026-01-16T03:00:00Z'))).to.deep.equal({ state: 'unknown' });
      expect(openStatus({ kind: 'not-applicable' }, at('2026-01-16T03:00:00Z'))).to.deep.equal({ state: 'unknown' });
      expect(openStatus({ kind: 'weekly', spans: [] }, at('2026-01-16T03:00:00Z'))).to.deep.equal({ state: 'unknown' });
      expect(openStatus({ kind: 'weekly', spans: [{ days: ['FR'], opens: 'six', closes: '18:00' }] }, at('2026-01-16T03:00:00Z'))).to.deep.equal({ state: 'unknown' });
      expect(openStatus({ kind: 'weekly', spans: [{ days: ['FR'], opens: '09:00', closes: '17:00' }] }, Number.NaN)).to.deep.equal({ state: 'unknown' });
    });

    it('24/7 services are always open', () => {
      expect(openStatus({ kind: 'always' }, at('2026-10-25T01:30:00Z'))).to.deep.equal({ state: 'always' });
    });
  });
}

for (const zone of [undefined, 'Pacific/Auckland', 'America/Los_Angeles']) describeOpenNow(zone);
