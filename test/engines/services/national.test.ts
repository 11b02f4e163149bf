import { expect } from '@open-wc/testing';
import { NATIONAL_SERVICES } from '../../../src/engines/services/data/national.js';
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

  it('ships none of the numbers the research found disputed or unconfirmed', () => {
    const disputed = ['88247', '07786 209697', '07860 039967', '0800 132 737', '0800 137 737', '0808 800 8088', '07800 472908', '0808 164 0123', '0300 123 3011'];
    const shipped = NATIONAL_SERVICES.flatMap((s) => s.channels.map((c) => c.value));
    expect(shipped.filter((value) => disputed.includes(value))).to.deep.equal([]);
  });

  it('shows disputed or unconfirmed hours as not known, never as certain', () => {
    for (const id of ['saneline', 'childline', 'self-injury-support', 'samaritans-welsh-line']) {
      expect(NATIONAL_SERVICES.find((s) => s.id === id)!.hours.kind, id).to.equal('unknown');
    }
  });

  it('records why each withheld fact was left out', () => {
    for (const id of ['papyrus-hopeline247', 'call-wales', 'self-injury-support', 'samaritans-welsh-line', 'saneline', 'childline']) {
      const service = NATIONAL_SERVICES.find((s) => s.id === id)!;
      expect(service.withheld?.length, id).to.be.greaterThan(0);
    }
  });

  it('links only to https: pages', () => {
    const links = NATIONAL_SERVICES.flatMap((s) => s.channels.filter((c) => c.type === 'website' || c.type === 'webchat'));
    for (const link of links) expect(link.value).to.match(/^https:\/\//);
  });
});
