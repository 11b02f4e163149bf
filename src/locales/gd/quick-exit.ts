// Gàidhlig (Scottish Gaelic).
// REVIEW STATUS: awaiting review by a native Gaelic speaker. Drafted by the maintainers with care,
// kept plain and short. Please send corrections.

// Gaelic plural categories (Intl.PluralRules 'gd'): one (1, 11), two (2, 12), few (3-10, 13-19), other.
export const quickExit: Record<string, string> = {
  label: 'Fàg an duilleag seo',
  emergency: 'Èiginn',
  loading: "A' luchdadh.",
  shiftMore_one: 'Shift, brùth {{count}} turas eile airson fàgail.',
  shiftMore_two: 'Shift, brùth {{count}} thuras eile airson fàgail.',
  shiftMore_few: 'Shift, brùth {{count}} tursan eile airson fàgail.',
  shiftMore_other: 'Shift, brùth {{count}} turas eile airson fàgail.',
  escMore_one: 'Escape, brùth {{count}} turas eile airson fàgail.',
  escMore_two: 'Escape, brùth {{count}} thuras eile airson fàgail.',
  escMore_few: 'Escape, brùth {{count}} tursan eile airson fàgail.',
  escMore_other: 'Escape, brùth {{count}} turas eile airson fàgail.',
  expired: "Fàg an duilleag seo: dh'fhalbh an ùine.",
};
