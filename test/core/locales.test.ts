import { expect } from '@open-wc/testing';
import { resources, SUPPORTED_LANGUAGES } from '../../src/locales/index.js';
import { reviewStatus as cyStatus } from '../../src/locales/cy/common.js';
import { reviewStatus as gdStatus } from '../../src/locales/gd/common.js';

const PLURAL = /_(zero|one|two|few|many|other)$/;

/** Keys of a table with plural suffixes folded: shiftMore_one, shiftMore_other → shiftMore. */
function baseKeys(table: Record<string, string>): Set<string> {
  return new Set(Object.keys(table).map((key) => key.replace(PLURAL, '')));
}

describe('locales', () => {
  const source = resources['en-GB'];

  for (const lang of SUPPORTED_LANGUAGES) {
    describe(lang, () => {
      it('has every namespace and key of en-GB, and no strays', () => {
        expect(Object.keys(resources[lang])).to.have.members(Object.keys(source));
        for (const [ns, table] of Object.entries(source)) {
          const theirs = resources[lang][ns as keyof typeof source];
          expect([...baseKeys(theirs)], `${lang}/${ns}`).to.have.members([...baseKeys(table)]);
          for (const [key, text] of Object.entries(theirs)) expect(text.trim(), `${lang}/${ns}:${key}`).to.not.equal('');
        }
      });

      it('has exactly the plural forms Intl.PluralRules uses for the language', () => {
        const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
        for (const [ns, table] of Object.entries(resources[lang])) {
          const plurals = Object.keys(table).filter((key) => PLURAL.test(key));
          for (const base of new Set(plurals.map((key) => key.replace(PLURAL, '')))) {
            const forms = plurals.filter((key) => key.replace(PLURAL, '') === base).map((key) => key.match(PLURAL)![1]);
            expect(forms, `${lang}/${ns}:${base}`).to.have.members([...categories]);
          }
        }
      });
    });
  }

  it('marks Welsh and Gaelic as awaiting review by a native speaker', () => {
    expect(cyStatus).to.equal('awaiting-native-speaker-review');
    expect(gdStatus).to.equal('awaiting-native-speaker-review');
  });
});
