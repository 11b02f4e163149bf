// <nwd-quick-exit> strings. Wording follows GOV.UK "Exit this page" so users who know it meet the same words.
export const quickExit = {
  /** Visible label of the control. */
  label: 'Exit this page',
  /** Visually hidden word read before the label, so screen-reader users hear it is a safety tool. */
  emergency: 'Emergency',
  /** Announced by the overlay that covers the page while the browser leaves. */
  loading: 'Loading.',
  /** Shift×3 progress, announced in a polite status region. */
  shiftMore_one: 'Shift, press {{count}} more time to exit.',
  shiftMore_other: 'Shift, press {{count}} more times to exit.',
  /** Esc×2 progress (shortcut="esc2"). */
  escMore_one: 'Escape, press {{count}} more time to exit.',
  escMore_other: 'Escape, press {{count}} more times to exit.',
  /** Announced when the shortcut sequence times out. */
  expired: 'Exit this page expired.',
};
