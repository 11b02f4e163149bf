// Types for scripts/corpus-score.mjs.
export interface CorpusScore {
  recall: number;
  precision: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  missed: string[];
  wrong: string[];
}
export function scoreCorpus(corpus: { text: string; expect: string | null }[], check: (text: string) => { ruleId: string }[]): CorpusScore;
