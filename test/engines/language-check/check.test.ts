import { expect } from '@open-wc/testing';
import { checkText, type Rule } from '../../../src/engines/language-check/index.js';

describe('engines/language-check checkText', () => {
  it('covers the whole phrase, so replacing text.slice(start, end) is always right', () => {
    const text = 'Her cousin had committed suicide last spring, and a failed suicide attempt followed.';
    const findings = checkText(text);
    expect(findings.map((f) => text.slice(f.start, f.end))).to.deep.equal(['had committed suicide', 'failed suicide attempt']);
    const fixed = findings.reduceRight((t, f) => t.slice(0, f.start) + f.suggestions[0] + t.slice(f.end), text);
    expect(fixed).to.equal('Her cousin died by suicide last spring, and a suicide attempt followed.');
  });

  it('generates inflections and spellings rather than listing them', () => {
    for (const text of ['commit suicide', 'commits suicide', 'committed suicide', 'committing suicide', 'suicide was committed', 'commited suicide',
      'self-harmer', 'self harmer', 'selfharmer', 'attention seeking', 'attention-seeking', 'attentionseeking', 'self-mutilation', 'self mutilation',
      'spiralling suicide rates', 'spiraling suicide rates']) {
      expect(checkText(text), text).to.have.length(1);
    }
  });

  it('is case-insensitive and keeps the original capitalisation in suggestions', () => {
    expect(checkText('Committed suicide')[0].suggestions[0]).to.equal('Died by suicide');
    expect(checkText('COMMITTED SUICIDE')[0].suggestions[0]).to.equal('DIED BY SUICIDE');
    expect(checkText('committed suicide')[0].suggestions[0]).to.equal('died by suicide');
  });

  it('picks singular or plural suggestions', () => {
    expect(checkText('a self-harmer')[0].suggestions).to.deep.equal(['person who self-harms']);
    expect(checkText('self-harmers')[0].suggestions).to.deep.equal(['people who self-harm']);
  });

  it('counts offsets in UTF-16 code units, after emoji and accents', () => {
    const text = '😀 Café note: 😀 he committed suicide.';
    const [finding] = checkText(text);
    expect(text.slice(finding.start, finding.end)).to.equal('committed suicide');
  });

  it('never suggests anything for method and location detail', () => {
    for (const text of ['She took 48 paracetamol.', 'the suicide bridge', 'He jumped from the Severn bridge.']) {
      const [finding] = checkText(text);
      expect(finding.category, text).to.equal('method-location');
      for (const s of finding.suggestions) expect(s).to.not.match(/\d|paracetamol|bridge/i);
    }
  });

  it('flags contested terms at low severity, and switches them off on request', () => {
    const [completed] = checkText('completed suicide');
    expect([completed.severity, completed.contested]).to.deep.equal(['low', true]);
    expect(checkText('completed suicide, frequent attender, suicide victim', { contested: false })).to.deep.equal([]);
  });

  it('disables rules or whole categories, and filters by minimum severity', () => {
    const text = 'He committed suicide; she is a self-harmer; completed suicide.';
    expect(checkText(text, { disable: ['committed-suicide'] }).map((f) => f.ruleId)).to.deep.equal(['self-harmer', 'completed-suicide']);
    expect(checkText(text, { disable: ['labelling', 'success-failure'] }).map((f) => f.ruleId)).to.deep.equal(['committed-suicide']);
    expect(checkText(text, { minSeverity: 'medium' }).map((f) => f.ruleId)).to.deep.equal(['committed-suicide', 'self-harmer']);
  });

  it('takes extra host rules in the same format', () => {
    const rule: Rule = {
      id: 'host-nutter', category: 'labelling', severity: 'high', patterns: ['nutters?'], why: 'label',
      suggestions: ['person|people'], sources: [{ name: 'Host style guide', url: 'https://council.example/style' }],
      examples: { flagged: ['a nutter'], clean: ['a nut'] },
    };
    expect(checkText('Some nutters here.', { rules: [rule] }).map((f) => [f.ruleId, f.suggestions[0]])).to.deep.equal([['host-nutter', 'people']]);
  });

  it('ignores a host rule with an invalid regex, naming it, and keeps the other rules (issue 12 item 5)', () => {
    const warn = console.warn;
    const warnings: string[] = [];
    console.warn = (message: string) => warnings.push(message);
    try {
      const bad = { id: 'host-broken', category: 'labelling', severity: 'high', patterns: ['(unclosed'], why: 'label', suggestions: [], sources: [], examples: { flagged: [], clean: [] } } as Rule;
      expect(checkText('He committed suicide.', { rules: [bad] }).map((f) => f.ruleId)).to.deep.equal(['committed-suicide']);
    } finally {
      console.warn = warn;
    }
    expect(warnings[0]).to.match(/language rule "host-broken" is ignored: SyntaxError/);
  });

  it('skips the paragraph after an nwd-ignore-next comment', () => {
    const text = 'Intro.\n<!-- nwd-ignore-next -->\nAvoid saying "committed suicide".\n\nHe committed suicide.';
    const findings = checkText(text);
    expect(findings).to.have.length(1);
    expect(findings[0].start).to.equal(text.lastIndexOf('committed'));
    expect(checkText('# nwd-ignore-next\nsuicide epidemic\n\nsuicide epidemic')).to.have.length(1);
  });

  it('sees hints that overlap or begin other hints ("attempter", "commits")', () => {
    expect(checkText('Staff said she was an attempter.').map((f) => f.ruleId)).to.deep.equal(['cutter']);
    expect(checkText('He commits suicide in the film; others commit suicide in the book.').map((f) => f.ruleId)).to.deep.equal(['commits-suicide', 'commit-suicide']);
  });

  it('survives hostile input without throwing', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
    const unicode = Array.from({ length: 1 << 20 }, () => String.fromCharCode(Math.floor(random() * 0xd7ff))).join('');
    for (const text of [unicode, 'self-'.repeat(200_000), ' '.repeat(100_000), 'commit '.repeat(50_000), '\u0000'.repeat(1000)]) {
      expect(() => checkText(text)).to.not.throw();
    }
    expect(checkText(undefined as unknown as string)).to.deep.equal([]);
  });
});
