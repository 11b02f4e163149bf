import { expect } from '@open-wc/testing';
import { checkText, RULES } from '../../../src/engines/language-check/index.js';
import { CORPUS } from '../../fixtures/language-corpus.mjs';
import { scoreCorpus } from '../../../scripts/corpus-score.mjs';

describe('engines/language-check corpus', () => {
  const score = scoreCorpus(CORPUS, checkText);

  it('has at least 300 sentences, at least 40% of them clean', () => {
    expect(CORPUS.length).to.be.at.least(300);
    expect(CORPUS.filter((line) => line.expect === null).length / CORPUS.length).to.be.at.least(0.4);
  });

  it('finds exactly the same with hints as without (hints only skip work)', () => {
    const unhinted = RULES.map((rule) => ({ ...rule, hints: undefined }));
    for (const { text } of CORPUS) {
      expect(checkText(text), text).to.deep.equal(checkText(text, { replaceRules: true, rules: unhinted }));
    }
  });

  it('recall is at least 95%', () => {
    expect(score.recall, `missed:\n${score.missed.join('\n')}`).to.be.at.least(0.95);
  });

  it('precision is at least 95%', () => {
    expect(score.precision, `wrongly flagged:\n${score.wrong.join('\n')}`).to.be.at.least(0.95);
  });
});
