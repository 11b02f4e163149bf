// For forms the public fills in (audience="public"): do these words suggest the writer may be
// struggling or thinking of harming themselves? Then the element offers help, calmly. It never
// corrects, judges or blocks, and nothing is sent anywhere. A negation ("I don't want to die")
// still gets a gentle offer: people often say it when they are not sure.

const PATTERNS = [
  "(?:want|wanna|wanting|wanted|wish|wishing)\\s+(?:to\\s+)?(?:die|be\\s+dead|not\\s+(?:be\\s+)?here|disappear\\s+for\\s+good)",
  "(?:kill|killing|hurt|hurting|harm|harming|cut|cutting)\\s+myself(?!\\s+(?:laughing|laugh))",
  "(?:end|ending|take|taking)\\s+my\\s+(?:own\\s+)?life",
  "(?:end|ending)\\s+it\\s+all",
  "(?:going|gonna|want|wanting)\\s+to\\s+end\\s+it(?![\\p{L}])",
  "no\\s+(?:reason|point)\\s+(?:to|in)\\s+(?:go(?:ing)?\\s+on|liv(?:e|ing)|carry(?:ing)?\\s+on|being\\s+here)",
  "(?:can'?t|cannot|can\\s+not)\\s+(?:go\\s+on|carry\\s+on|do\\s+this\\s+any\\s*more|cope\\s+any\\s*more)",
  "better\\s+off\\s+(?:dead|without\\s+me)",
  "wish\\s+(?:i\\s+(?:was|were)|i'?d\\s+be)\\s+dead",
  "(?:don'?t|do\\s+not)\\s+want\\s+to\\s+(?:be\\s+here|live|wake\\s+up)",
  "not\\s+worth\\s+living",
  "(?:i'?m|i\\s+am|feeling|feel|been)\\s+suicidal",
  "thoughts?\\s+of\\s+(?:suicide|killing\\s+myself|ending\\s+my\\s+life)",
  "self[\\s-]?harm(?:ing)?\\s+again",
];

const PHRASE = new RegExp(`(?<![\\p{L}])(?:${PATTERNS.join('|')})`, 'iu');
// Figures of speech that share words with the phrases above.
const FIGURATIVE = /(?:dying\s+(?:to|for)|to\s+die\s+for|kill(?:ing)?\s+myself\s+laughing)/iu;

/** True when the text suggests the writer may be struggling and could be offered help now. */
export function suggestsDistress(text: string): boolean {
  if (typeof text !== 'string' || !text) return false;
  const match = PHRASE.exec(text);
  if (!match) return false;
  // "dying to see the film" never matches PHRASE; this guards phrases wholly inside a figure of speech.
  const around = text.slice(Math.max(0, match.index - 20), match.index + match[0].length + 20);
  return !(FIGURATIVE.test(around) && !PHRASE.test(around.replace(FIGURATIVE, '')));
}
