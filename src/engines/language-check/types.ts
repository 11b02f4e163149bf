// Types for the language check: rules are plain data, findings are offsets plus advice.

export type Category =
  | 'criminalising'
  | 'success-failure'
  | 'sensationalising'
  | 'method-location'
  | 'minimising'
  | 'labelling'
  | 'outdated-clinical'
  | 'figurative';

/** `high`: harmful or unsafe; `medium`: stigmatising; `low`: contested or a matter of style. */
export type Severity = 'low' | 'medium' | 'high';
export const SEVERITIES: readonly Severity[] = ['low', 'medium', 'high'];

export interface Source {
  name: string;
  url: string;
}

export interface Rule {
  /** Stable id, used to disable the rule and in reports. */
  id: string;
  category: Category;
  severity: Severity;
  /**
   * Phrases as regular-expression sources, matched case-insensitively on whole words. Keep them
   * simple (alternation, `?`, bounded `{m,n}`): the engine promises linear time.
   */
  patterns: string[];
  /**
   * Lowercase words, at least one of which every match contains. The engine skips the rule when none
   * appears in the text (a fast substring search), so most rules cost nothing on most texts.
   * Leave out to always run the rule.
   */
  hints?: string[];
  /** The match is not a finding when the text right after it matches this (e.g. " prevention"). */
  unlessFollowedBy?: string;
  /** The match is not a finding when the text right before it matches this (anchored at its end). */
  unlessPrecededBy?: string;
  /** The match is a finding only when the text right after it matches this. */
  onlyIfFollowedBy?: string;
  /** The match is a finding only when the text right before it matches this. */
  onlyIfPrecededBy?: string;
  /** The match is a finding only when this appears within 80 characters either side (topic context). */
  onlyNear?: string;
  /** The match is not a finding when this appears within 80 characters either side. */
  unlessNear?: string;
  /** i18n key (namespace `language-check`) of a plain one- or two-sentence reason. */
  why: string;
  /**
   * Replacements for the whole matched phrase. `a|b` picks `a` for a singular match and `b` for a
   * plural one (the match ends in "s"). Empty for content to remove (method detail): never a
   * suggestion that repeats the detail.
   */
  suggestions: string[];
  sources: Source[];
  /** Guides disagree: lower severity, and `contested: false` in the options switches it off. */
  contested?: boolean;
  /** Sentences that must be flagged by this rule, and sentences that must not: they run as tests. */
  examples: { flagged: string[]; clean: string[] };
}

export interface Finding {
  /** UTF-16 offsets of the whole phrase: `text.slice(start, end)` is exactly what to replace. */
  start: number;
  end: number;
  ruleId: string;
  category: Category;
  severity: Severity;
  /** The reason, in English (UK); the element translates `why` through i18next. */
  message: string;
  why: string;
  /** Replacements, with the original's capitalisation. */
  suggestions: string[];
  contested: boolean;
}

export interface CheckOptions {
  /** Rule ids or categories to skip. */
  disable?: string[];
  /** Leave out findings below this severity. Default `low` (everything). */
  minSeverity?: Severity;
  /** Include contested rules. Default true. */
  contested?: boolean;
  /** Extra rules, in the same format, checked after the built-in ones. */
  rules?: Rule[];
  /** Replace the built-in rules altogether (rarely needed). */
  replaceRules?: boolean;
}
