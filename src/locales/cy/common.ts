// Cymraeg (Welsh).
// REVIEW STATUS: awaiting review by a native Welsh speaker. Drafted by the maintainers with care,
// following GOV.UK/HMRC Welsh for "Gadael y dudalen hon". Please send corrections.

// Welsh plural categories (Intl.PluralRules 'cy'): zero, one, two, few, many, other.
/** Read by tests and tools: this locale is awaiting review by a native speaker. */
export const reviewStatus = 'awaiting-native-speaker-review';

export const common: Record<string, string> = {
  opensInNewTab: '(yn agor mewn tab newydd)',
};
