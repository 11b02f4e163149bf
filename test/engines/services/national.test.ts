import { expect } from '@open-wc/testing';
import { NATIONAL_SERVICES } from '../../../src/engines/services/data/national.js';
import { NATIONAL_NOTES } from '../../../src/engines/services/data/national-notes.js';
import { isCrisis } from '../../../src/engines/services/model.js';

describe('engines/services national dataset', () => {
  it('gives every entry at least one source and the date and way it was checked', () => {
    for (const service of NATIONAL_SERVICES) {
      expect(service.sources.length, service.id).to.be.greaterThan(0);
      for (const source of service.sources) {
        expect(source.name.trim(), service.id).to.not.equal('');
        expect(source.url, service.id).to.match(/^https?:\/\/\S+$/);
      }
      expect(service.checked.date, service.id).to.match(/^\d{4}-\d{2}-\d{2}$/);
      expect(Number.isNaN(Date.parse(service.checked.date)), service.id).to.equal(false);
      expect(service.checked.how.trim(), service.id).to.not.equal('');
    }
  });

  it('has unique ids', () => {
    const ids = NATIONAL_SERVICES.map((s) => s.id);
    expect(new Set(ids).size).to.equal(ids.length);
  });

  it('marks 999, A&E, each nation’s 111 or Lifeline, Samaritans and Shout as crisis help', () => {
    const crisis = NATIONAL_SERVICES.filter(isCrisis).map((s) => s.id);
    expect(crisis).to.have.members(['emergency-999', 'a-and-e', 'nhs24-111-scotland', 'nhs-111-england', 'nhs-111-wales', 'lifeline-ni', 'samaritans', 'shout']);
  });

  it('ships none of the numbers the research found disputed, out of date or unconfirmed', () => {
    const disputed = ['88247', '07786 209697', '07860 039967', '0800 137 737', '0808 800 8088', '07800 472908', '0780 047 2908', '0300 123 3011', '0300 330 0630', '0844 561 6855', '0300 111 5065'];
    const shipped = NATIONAL_SERVICES.flatMap((s) => s.channels.map((c) => c.value));
    expect(shipped.filter((value) => disputed.includes(value))).to.deep.equal([]);
  });

  it('ships the numbers and hours the December 2026 audit confirmed', () => {
    const byId = (id: string) => NATIONAL_SERVICES.find((s) => s.id === id)!;
    const values = (id: string) => byId(id).channels.map((c) => `${c.type} ${c.value}${c.keyword ? ` ${c.keyword}` : ''}`);
    expect(values('call-wales')).to.deep.equal(['phone 0800 132 737', 'text 81066 help']);
    expect(values('samaritans-welsh-line')).to.deep.equal(['phone 0808 164 0123']);
    expect(values('emergency-999')).to.deep.equal(['phone 999', 'text 999 register']);
    expect(byId('samaritans-welsh-line').hours).to.deep.equal({ kind: 'weekly', spans: [{ days: ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'], opens: '19:00', closes: '23:00' }] });
    expect(byId('saneline').hours).to.deep.equal({ kind: 'weekly', spans: [{ days: ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'], opens: '16:00', closes: '22:00' }] });
    expect(byId('childline').hours.kind).to.equal('always');
    expect(byId('self-injury-support').cost).to.equal(undefined); // "Free" had no source
    expect(byId('papyrus-hopeline247').sources.map((s) => s.url)).to.not.include('https://www.papyrus-uk.org/hopelineuk-faqs/');
    for (const id of ['emergency-999', 'a-and-e']) expect(byId(id).sources.every((s) => new URL(s.url).hostname.endsWith('.nhs.uk')), id).to.equal(true);
  });

  it('gives every self-harm resource the self-harm topic', () => {
    const selfHarm = NATIONAL_SERVICES.filter((s) => s.topics?.includes('self-harm')).map((s) => s.id);
    expect(selfHarm).to.have.members(['self-harm-network-scotland', 'self-injury-support', 'harmless', 'calm-harm', 'alumina', 'lifesigns']);
  });

  it('shows unconfirmed hours as not known, never as certain', () => {
    expect(NATIONAL_SERVICES.find((s) => s.id === 'self-injury-support')!.hours.kind).to.equal('unknown');
  });

  it('records why each withheld fact was left out, and every disagreement, for entries that exist', () => {
    for (const id of ['papyrus-hopeline247', 'self-injury-support', 'switchboard', 'sobs', 'andys-man-club', 'childline', 'call-wales']) {
      expect(NATIONAL_NOTES[id]?.withheld?.length, id).to.be.greaterThan(0);
    }
    for (const id of ['call-wales', 'saneline', 'samaritans-welsh-line', 'papyrus-hopeline247', 'childline', 'silver-line', 'meic']) {
      expect(NATIONAL_NOTES[id]?.disagreements?.length, id).to.be.greaterThan(0);
      expect(NATIONAL_SERVICES.find((s) => s.id === id)!.confidence, id).to.equal('medium');
    }
    const ids = new Set(NATIONAL_SERVICES.map((s) => s.id));
    expect(Object.keys(NATIONAL_NOTES).filter((id) => !ids.has(id))).to.deep.equal([]);
  });

  it('links only to https: pages', () => {
    const links = NATIONAL_SERVICES.flatMap((s) => s.channels.filter((c) => c.type === 'website' || c.type === 'webchat'));
    for (const link of links) expect(link.value).to.match(/^https:\/\//);
  });
});
