// The whole library: registers every element and exports the public API.
export * from './core/index.js';
export { NwdQuickExit, type NwdExitDetail } from './components/quick-exit/nwd-quick-exit.js';
export { NwdFindSupport, type NwdContactDetail } from './components/find-support/nwd-find-support.js';
export { NwdLanguageCheck, type NwdReviewDetail } from './components/language-check/nwd-language-check.js';
export { NwdSafetyPlan } from './components/safety-plan/nwd-safety-plan.js';
