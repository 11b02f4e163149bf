// The whole library: registers every element and exports the public API.
export * from './core/index.js';
export { NwdQuickExit, type NwdExitDetail } from './components/quick-exit/nwd-quick-exit.js';
export { NwdFindSupport, type NwdContactDetail } from './components/find-support/nwd-find-support.js';
export { NwdLanguageCheck, type NwdReviewDetail } from './components/language-check/nwd-language-check.js';
export { NwdSafetyPlan } from './components/safety-plan/nwd-safety-plan.js';
export type { NwdPlanDetail } from './components/safety-plan/nwd-safety-plan.js';
// The public model types (type-only, so nothing is added at run time): the `services` property and
// `nation`/`feed-format` take these; `no-wrong-door/language` exports the language check's own.
export type { Audience, Channel, ChannelType, Hours, LocalText, Nation, Service, Tier } from './engines/services/model.js';
export type { FeedFormat } from './engines/services/adapters/index.js';
export type { Category, CheckOptions, Finding, Rule, Severity } from './engines/language-check/index.js';
