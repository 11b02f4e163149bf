// scripts/corpus-score.mjs: recall and precision of the language check on the labelled corpus.
// Shared by the corpus test (in the browser) and npm run bench (in Node). A sentence labelled with a
// rule id is a true positive when that rule flags it; a clean sentence flagged by anything is a false
// positive; a finding from another rule on a labelled sentence counts as a false positive too.

/** @param {{ text: string, expect: string | null }[]} corpus @param {(text: string) => { ruleId: string }[]} check */
export function scoreCorpus(corpus, check) {
  let truePositives = 0;
  let falsePositives = 0;
  let falseNegatives = 0;
  const missed = [];
  const wrong = [];
  for (const { text, expect } of corpus) {
    const ids = check(text).map((finding) => finding.ruleId);
    if (expect && ids.includes(expect)) truePositives++;
    else if (expect) {
      falseNegatives++;
      missed.push(`${expect}: ${text} (got ${ids.join(', ') || 'nothing'})`);
    }
    const extra = ids.filter((id) => id !== expect);
    falsePositives += extra.length;
    if (extra.length) wrong.push(`${extra.join(', ')}: ${text}`);
  }
  return {
    recall: truePositives / (truePositives + falseNegatives),
    precision: truePositives / (truePositives + falsePositives),
    truePositives,
    falsePositives,
    falseNegatives,
    missed,
    wrong,
  };
}
