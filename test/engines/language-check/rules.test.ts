import { expect } from '@open-wc/testing';
import { checkText, RULES, MESSAGES } from '../../../src/engines/language-check/index.js';

const ruleIds = (text: string) => checkText(text).map((f) => f.ruleId);

describe('engines/language-check rules', () => {
  it('every rule has a reason, sources with https addresses, and examples both ways', () => {
    for (const rule of RULES) {
      expect(MESSAGES[rule.why], rule.id).to.be.a('string');
      expect(rule.sources.length, rule.id).to.be.greaterThan(0);
      for (const source of rule.sources) expect(source.url, rule.id).to.match(/^https:\/\//);
      expect(rule.examples.flagged.length, rule.id).to.be.greaterThan(0);
      expect(rule.examples.clean.length, rule.id).to.be.greaterThan(0);
    }
  });

  it('every flagged example contains one of its rule’s hints (the engine skips rules by hint)', () => {
    for (const rule of RULES) {
      for (const sentence of rule.examples.flagged) {
        const matched = checkText(sentence, { replaceRules: true, rules: [{ ...rule, hints: undefined }] });
        for (const finding of matched) {
          const phrase = sentence.slice(finding.start, finding.end).toLowerCase();
          expect(rule.hints!.some((hint) => phrase.includes(hint)), `${rule.id}: "${phrase}"`).to.equal(true);
        }
      }
    }
  });

  it('has unique rule ids', () => {
    expect(new Set(RULES.map((r) => r.id)).size).to.equal(RULES.length);
  });

  for (const rule of RULES) {
    describe(rule.id, () => {
      for (const sentence of rule.examples.flagged) {
        it(`flags: ${sentence}`, () => expect(ruleIds(sentence)).to.include(rule.id));
      }
      for (const sentence of rule.examples.clean) {
        it(`leaves alone: ${sentence}`, () => expect(checkText(sentence)).to.deep.equal([]));
      }
    });
  }

  it('never flags the preferred phrases', () => {
    const preferred = [
      'He died by suicide.', 'She took her own life.', 'They took their own life.', 'He ended his life.', 'A suicide death was recorded.',
      'A suicide attempt last year.', 'She attempted suicide in 2021.', 'A non-fatal attempt.', 'He survived a suicide attempt.',
      'She self-harms.', 'A person who self-harms.', 'Self-harm and self-injury.', 'Thoughts of suicide.', 'Suicidal thoughts.',
      'Families bereaved by suicide.', 'Suicide prevention matters.', 'We are committed to suicide prevention.',
      'The team completed suicide prevention training.', 'A successful suicide prevention campaign.', 'Suicidal feelings can pass.',
    ];
    for (const sentence of preferred) expect(checkText(sentence), sentence).to.deep.equal([]);
  });

  it('leaves alone the context traps alex falls into', () => {
    const traps = [
      'We are committed to improving services.', 'Attention to detail matters.', 'The council is cutting costs.',
      'It was a successful attempt to raise funds.', 'The algorithm is manipulative of markets.', 'The software allows manipulation of images.',
      'Use your frequent flyer miles.', 'Victim Support is a charity.', 'Hang the picture in the hall.', 'A failed attempt to log in.',
    ];
    for (const sentence of traps) expect(checkText(sentence), sentence).to.deep.equal([]);
  });
});
