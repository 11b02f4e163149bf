// Suggestions keep the capitalisation of what they replace, and pick singular or plural.

/** "Committed suicide" → "Died by suicide"; "COMMITTED SUICIDE" → "DIED BY SUICIDE". */
export function matchCase(original: string, suggestion: string): string {
  const letters = original.replace(/[^\p{L}]/gu, '');
  if (letters.length > 1 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()) return suggestion.toUpperCase();
  const first = original.trimStart()[0] ?? '';
  if (first && first === first.toUpperCase() && first !== first.toLowerCase()) return suggestion[0].toUpperCase() + suggestion.slice(1);
  return suggestion;
}

/** "a|b": `a` for a singular match, `b` for a plural one (ends in s). */
export function pickNumber(matched: string, suggestion: string): string {
  const bar = suggestion.indexOf('|');
  if (bar < 0) return suggestion;
  return /s$/i.test(matched.trim()) ? suggestion.slice(bar + 1) : suggestion.slice(0, bar);
}
