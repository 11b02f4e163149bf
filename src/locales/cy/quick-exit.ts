// Cymraeg (Welsh).
// REVIEW STATUS: awaiting review by a native Welsh speaker. Drafted by the maintainers with care,
// following GOV.UK/HMRC Welsh for "Gadael y dudalen hon". Please send corrections.

// Welsh plural categories (Intl.PluralRules 'cy'): zero, one, two, few, many, other.
export const quickExit: Record<string, string> = {
  label: 'Gadael y dudalen hon',
  emergency: 'Argyfwng',
  loading: 'Yn llwytho.',
  shiftMore_zero: 'Shift, pwyswch {{count}} gwaith eto i adael.',
  shiftMore_one: 'Shift, pwyswch unwaith eto i adael.',
  shiftMore_two: 'Shift, pwyswch ddwywaith eto i adael.',
  shiftMore_few: 'Shift, pwyswch {{count}} gwaith eto i adael.',
  shiftMore_many: 'Shift, pwyswch {{count}} gwaith eto i adael.',
  shiftMore_other: 'Shift, pwyswch {{count}} gwaith eto i adael.',
  escMore_zero: 'Escape, pwyswch {{count}} gwaith eto i adael.',
  escMore_one: 'Escape, pwyswch unwaith eto i adael.',
  escMore_two: 'Escape, pwyswch ddwywaith eto i adael.',
  escMore_few: 'Escape, pwyswch {{count}} gwaith eto i adael.',
  escMore_many: 'Escape, pwyswch {{count}} gwaith eto i adael.',
  escMore_other: 'Escape, pwyswch {{count}} gwaith eto i adael.',
  expired: "Gadael y dudalen hon: daeth yr amser i ben.",
};
