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

// Whole words only: no letter or digit may touch either end of the phrase.
const word = (source: string) => `(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`;

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
  const rules = [...(options.replaceRules ? [] : RULES), ...(options.rules ?? [])].filter((rule) => enabled(rule, options));
  const found: Finding[] = [];
  for (const rule of rules) {
    const c = compile(rule);
    c.phrase.lastIndex = 0;
    for (let match = c.phrase.exec(text); match; match = c.phrase.exec(text)) {
      const start = match.index;
      const end = start + match[0].length;
      if (end === start) {
        c.phrase.lastIndex++; // an empty match (a host rule's pattern) must not stall the scan
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

/** In order; the longer (then more severe) of two overlapping findings wins; ignored ranges dropped. */
function tidy(found: Finding[], text: string): Finding[] {
  const ignored = text.includes('nwd-ignore-next') ? ignoredRanges(text) : [];
  found.sort((a, b) => a.start - b.start || b.end - a.end || SEVERITIES.indexOf(b.severity) - SEVERITIES.indexOf(a.severity));
  const kept: Finding[] = [];
  for (const finding of found) {
    const last = kept[kept.length - 1];
    if (last && finding.start < last.end) continue;
    if (ignored.some(([from, to]) => finding.start >= from && finding.start < to)) continue;
    kept.push(finding);
  }
  return kept;
}
