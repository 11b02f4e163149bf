import { expect } from '@open-wc/testing';
import { NATIONAL_SERVICES } from '../../../src/engines/services/data/national.js';
import type { Service } from '../../../src/engines/services/model.js';
import { selectServices, type Criteria } from '../../../src/engines/services/select.js';

const WEDNESDAY_NOON = Date.parse('2026-01-14T12:00:00Z'); // Breathing Space and CALM closed
const WEDNESDAY_8PM = Date.parse('2026-01-14T20:00:00Z'); // both open
const ids = (listed: { service: Service }[]) => listed.map((l) => l.service.id);
const select = (criteria: Partial<Criteria>, local: Service[] = []) =>
  selectServices(NATIONAL_SERVICES, local, { now: WEDNESDAY_NOON, ...criteria });

const LOCAL: Service = {
  id: 'local-1',
  name: 'Local drop-in',
  channels: [{ type: 'phone', value: '01234 567890' }],
  hours: { kind: 'unknown' },
  audience: {},
  tier: 'local',
  sources: [{ name: 'Council feed', url: 'https://council.example/feed' }],
  checked: { date: '2026-11-01', how: 'feed' },
  confidence: 'medium',
};

describe('engines/services selectServices', () => {
  it('puts 999 and A&E first, for everyone, whatever the filters', () => {
    const filtered = select({ nation: 'wales', age: 15, ways: ['email'], openNow: true, topic: 'nothing-matches' });
    expect(ids(filtered.danger)).to.deep.equal(['emergency-999', 'a-and-e']);
  });

  it('keeps urgent help for the nation, with Samaritans and Shout, under every filter', () => {
    for (const [nation, local111] of [
      ['scotland', 'nhs24-111-scotland'],
      ['england', 'nhs-111-england'],
      ['wales', 'nhs-111-wales'],
      ['northern-ireland', 'lifeline-ni'],
    ] as const) {
      const filtered = select({ nation, age: 90, ways: ['chat'], openNow: true });
      expect(ids(filtered.urgent), nation).to.deep.equal([local111, 'samaritans', 'shout']);
    }
  });

  it('shows every nation’s urgent line until a nation is chosen', () => {
    expect(ids(select({}).urgent)).to.deep.equal(['nhs24-111-scotland', 'nhs-111-england', 'nhs-111-wales', 'lifeline-ni', 'samaritans', 'shout']);
  });

  it('offers Childline at 15 and not at 40', () => {
    expect(ids(select({ age: 15 }).helplines)).to.include('childline');
    expect(ids(select({ age: 40 }).helplines)).to.not.include('childline');
  });

  it('offers Breathing Space in Scotland only, and from 16', () => {
    expect(ids(select({ nation: 'scotland' }).helplines)).to.include('breathing-space');
    expect(ids(select({ nation: 'england' }).helplines)).to.not.include('breathing-space');
    expect(ids(select({ nation: 'scotland', age: 15 }).helplines)).to.not.include('breathing-space');
  });

  it('puts services open now first', () => {
    const evening = ids(select({ nation: 'scotland', now: WEDNESDAY_8PM }).helplines);
    const noon = ids(select({ nation: 'scotland', now: WEDNESDAY_NOON }).helplines);
    expect(evening.indexOf('breathing-space')).to.be.lessThan(evening.indexOf('self-injury-support')); // open before unknown
    expect(noon.indexOf('breathing-space')).to.be.greaterThan(noon.indexOf('self-injury-support')); // closed after unknown
  });

  it('"open now" hides closed services but keeps those whose hours are not known', () => {
    const helplines = ids(select({ nation: 'scotland', openNow: true }).helplines);
    expect(helplines).to.not.include('breathing-space');
    expect(helplines).to.not.include('calm');
    expect(helplines).to.include('self-injury-support');
  });

  it('filters by how you would like to talk', () => {
    const texting = ids(select({ ways: ['text'] }).helplines);
    expect(texting).to.include('youngminds-textline');
    expect(texting).to.not.include('calm');
  });

  it('topic="self-harm" keeps general lines and self-harm resources; another topic hides the self-harm ones', () => {
    const selfHarm = ids(select({ nation: 'scotland', topic: 'self-harm' }).helplines);
    expect(selfHarm).to.include.members(['self-harm-network-scotland', 'calm-harm', 'alumina', 'lifesigns', 'breathing-space']);
    const other = ids(select({ nation: 'scotland', topic: 'bereavement' }).helplines);
    expect(other).to.include('breathing-space');
    expect(other).to.not.include.members(['self-harm-network-scotland', 'calm-harm']);
  });

  it('applies the same filters to local services, and keeps their hours-unknown entries', () => {
    expect(ids(select({ ways: ['phone'], openNow: true }, [LOCAL]).local)).to.deep.equal(['local-1']);
    expect(ids(select({ ways: ['email'] }, [LOCAL]).local)).to.deep.equal([]);
  });

  it('turns a broken clock into "not known", never an error or a hidden service', () => {
    const broken = select({ nation: 'scotland', now: Number.NaN });
    expect(ids(broken.danger)).to.deep.equal(['emergency-999', 'a-and-e']);
    expect(broken.helplines.find((l) => l.service.id === 'breathing-space')!.status).to.deep.equal({ state: 'unknown' });
  });
});
