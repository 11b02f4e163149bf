// Gàidhlig (Scottish Gaelic).
// REVIEW STATUS: awaiting review by a native Gaelic speaker. Drafted by the maintainers with care,
// kept plain and short. Please send corrections.

// Gaelic plural categories (Intl.PluralRules 'gd'): one (1, 11), two (2, 12), few (3-10, 13-19), other.
/** Read by tests and tools: this locale is awaiting review by a native speaker. */
export const reviewStatus = 'awaiting-native-speaker-review';

export const common: Record<string, string> = {
  opensInNewTab: '(fosglaidh seo ann an taba ùr)',
};
