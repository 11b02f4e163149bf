// checkText: every rule's phrases, one linear regex scan each, then context guards at the match.
import { matchCase, pickNumber } from './case.js';
import { ignoredRanges } from './ignore.js';
import { MESSAGES } from './messages.js';
import { RULES } from './rules/index.js';
import { SEVERITIES, type CheckOptions, type Finding, type Rule } from './types.js';

interface Compiled {
  rule: Rule;
  phrase: RegExp;
  followedBy?: RegExp;
  notFollowedBy?: RegExp;
  precededBy?: RegExp;
  notPrecededBy?: RegExp;
  near?: RegExp;
  notNear?: RegExp;
}

const WINDOW = 80;
const cache = new WeakMap<Rule, Compiled>();

// Whole words only: no letter or digit may touch either end of the phrase. The start is checked in
// code (startsWord): a leading lookbehind stops the regex engine from skipping ahead to likely first
// letters, which made every rule several times slower.
const word = (source: string) => `(?:${source})(?![\\p{L}\\p{N}])`;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

function startsWord(text: string, at: number): boolean {
  if (at === 0) return true;
  const code = text.charCodeAt(at - 1);
  // Low surrogate: look at the whole code point before.
  const previous = code >= 0xdc00 && code <= 0xdfff && at >= 2 ? text.slice(at - 2, at) : text[at - 1];
  return !LETTER_OR_DIGIT.test(previous);
}

function compile(rule: Rule): Compiled {
  let compiled = cache.get(rule);
  if (!compiled) {
    const sticky = (source?: string) => (source ? new RegExp(source, 'iuy') : undefined);
    const atEnd = (source?: string) => (source ? new RegExp(`(?:${source})$`, 'iu') : undefined);
    const anywhere = (source?: string) => (source ? new RegExp(source, 'iu') : undefined);
    compiled = {
      rule,
      phrase: new RegExp(word(rule.patterns.join('|')), 'giu'),
      followedBy: sticky(rule.onlyIfFollowedBy),
      notFollowedBy: sticky(rule.unlessFollowedBy),
      precededBy: atEnd(rule.onlyIfPrecededBy),
      notPrecededBy: atEnd(rule.unlessPrecededBy),
      near: anywhere(rule.onlyNear),
      notNear: anywhere(rule.unlessNear),
    };
    cache.set(rule, compiled);
  }
  return compiled;
}

function follows(re: RegExp, text: string, at: number): boolean {
  re.lastIndex = at;
  return re.test(text);
}

function passesGuards(c: Compiled, text: string, start: number, end: number): boolean {
  if (c.followedBy && !follows(c.followedBy, text, end)) return false;
  if (c.notFollowedBy && follows(c.notFollowedBy, text, end)) return false;
  const before = c.precededBy || c.notPrecededBy ? text.slice(Math.max(0, start - WINDOW), start) : '';
  if (c.precededBy && !c.precededBy.test(before)) return false;
  if (c.notPrecededBy && c.notPrecededBy.test(before)) return false;
  if (c.near || c.notNear) {
    const around = text.slice(Math.max(0, start - WINDOW), end + WINDOW);
    if (c.near && !c.near.test(around)) return false;
    if (c.notNear && c.notNear.test(around)) return false;
  }
  return true;
}

function enabled(rule: Rule, options: CheckOptions): boolean {
  const off = options.disable ?? [];
  if (off.includes(rule.id) || off.includes(rule.category)) return false;
  if (rule.contested && options.contested === false) return false;
  return SEVERITIES.indexOf(rule.severity) >= SEVERITIES.indexOf(options.minSeverity ?? 'low');
}

/**
 * Checks `text` for stigmatising or unsafe wording about suicide and self-harm. Returns findings in
 * order, none overlapping, each covering the whole phrase. Never throws on any string.
 */
export function checkText(text: string, options: CheckOptions = {}): Finding[] {
  if (typeof text !== 'string' || !text) return [];
  const all = [...(options.replaceRules ? [] : RULES), ...(options.rules ?? [])].filter((rule) => enabled(rule, options));
  const present = hintsIn(text, all);
  const rules = all.filter((rule) => !rule.hints || rule.hints.some((hint) => present.has(hint)));
  const found: Finding[] = [];
  for (const rule of rules) {
    let c: Compiled;
    try {
      c = compile(rule);
    } catch (error) {
      console.warn(`no-wrong-door: language rule "${rule.id}" is ignored: ${error}`); // a host rule's bad regex
      continue;
    }
    c.phrase.lastIndex = 0;
    for (let match = c.phrase.exec(text); match; match = c.phrase.exec(text)) {
      const start = match.index;
      const end = start + match[0].length;
      if (end === start || !startsWord(text, start)) {
        // Not a word start (or an empty match from a host rule): try again one character on.
        c.phrase.lastIndex = start + 1;
        continue;
      }
      if (!passesGuards(c, text, start, end)) continue;
      const matched = match[0];
      found.push({
        start,
        end,
        ruleId: rule.id,
        category: rule.category,
        severity: rule.severity,
        message: MESSAGES[rule.why] ?? rule.why,
        why: rule.why,
        suggestions: rule.suggestions.map((s) => matchCase(matched, pickNumber(matched, s))),
        contested: !!rule.contested,
      });
    }
  }
  return tidy(found, text);
}

interface HintScanner {
  regex: RegExp;
  /** For each hint, the shorter hints it begins with ("attempter" → "attempt"): found with it. */
  prefixes: Map<string, string[]>;
  count: number;
}
const scanners = new Map<string, HintScanner>();
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Every rule hint that occurs in the text, found in ONE pass of one regex. (A pass per hint made the
 * checker slower than the rules themselves.) Longest hints first; a hint's prefixes count as found
 * too, and the scan resumes one character on, so overlapping hints are all seen.
 */
let lastRuleSet: { rules: Rule[]; hints: string[] } | undefined;

function hintsIn(text: string, rules: Rule[]): Set<string> {
  // The same rule set comes back on every keystroke: reuse its hint list.
  const same = lastRuleSet && lastRuleSet.rules.length === rules.length && lastRuleSet.rules.every((rule, i) => rule === rules[i]);
  const hints = same ? lastRuleSet!.hints : [...new Set(rules.flatMap((rule) => rule.hints ?? []))].sort((a, b) => b.length - a.length);
  lastRuleSet = { rules, hints };
  const found = new Set<string>();
  if (!hints.length) return found;
  const key = hints.join('|');
  let scanner = scanners.get(key);
  if (!scanner) {
    const prefixes = new Map(hints.map((hint) => [hint, hints.filter((other) => other !== hint && hint.startsWith(other))]));
    scanner = { regex: new RegExp(hints.map(escape).join('|'), 'gi'), prefixes, count: hints.length };
    if (scanners.size > 50) scanners.clear();
    scanners.set(key, scanner);
  }
  const { regex, prefixes, count } = scanner;
  regex.lastIndex = 0;
  for (let match = regex.exec(text); match; match = regex.exec(text)) {
    const hint = match[0].toLowerCase();
    found.add(hint);
    for (const prefix of prefixes.get(hint) ?? []) found.add(prefix);
    if (found.size === count) break;
    regex.lastIndex = match.index + 1;
  }
  return found;
}

/** In order; the longer (then more severe) of two overlapping findings wins; ignored ranges dropped. */
function tidy(found: Finding[], text: string): Finding[] {
  const ignored = text.includes('nwd-ignore-next') ? ignoredRanges(text) : [];
  found.sort((a, b) => a.start - b.start || b.end - a.end || SEVERITIES.indexOf(b.severity) - SEVERITIES.indexOf(a.severity));
  const kept: Finding[] = [];
  let i = 0; // ranges come in order, ends too: walk them alongside the findings
  for (const finding of found) {
    const last = kept[kept.length - 1];
    while (ignored[i]?.[1] <= finding.start) i++;
    if (ignored[i]?.[0] <= finding.start || (last && finding.start < last.end)) continue;
    kept.push(finding);
  }
  return kept;
}
