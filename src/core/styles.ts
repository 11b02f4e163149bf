// Design tokens and shared rules. Every token has a default here, so an element looks right with zero
// setup; hosts override by setting the public `--nwd-*` property on the element or any ancestor.
import { css } from 'lit';

/**
 * Tokens every element reads. Private `--_nwd-*` copies keep the fallbacks in one place.
 * Light by default, as GOV.UK and Shoelace are: a light-only site must not turn dark because the
 * person's device is. A host opts in with `--nwd-color-scheme: light dark` (follow the device) or
 * `dark`; `light-dark()` then picks the colours.
 * Type: a system sans-serif unless the host sets `--nwd-font-family` to a stack, or `font-family: inherit`
 * on the element itself (page CSS on the element beats :host; a custom property cannot carry `inherit`).
 * GOV.UK Frontend sets its font on classes, not body, so inheriting gave Times New Roman there.
 * Sizes are `em` against `--nwd-font-size`, which never goes below 16px, so a CMS root of
 * `font-size: 62.5%` does not shrink the text to 9px; a larger root (the person's own setting) wins.
 */
export const tokens = css`
  :host {
    color-scheme: var(--nwd-color-scheme, light);
    font-family: var(--nwd-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif);
    font-size: var(--nwd-font-size, max(1rem, 16px));
    --_nwd-text: var(--nwd-color-text, light-dark(#0b0c0c, #f3f2f1));
    --_nwd-background: var(--nwd-color-background, light-dark(#ffffff, #1d1d1d));
    --_nwd-focus: var(--nwd-color-focus, #ffdd00);
    --_nwd-focus-text: var(--nwd-color-focus-text, #0b0c0c);
    --_nwd-space-s: var(--nwd-space-s, 0.5em);
    --_nwd-space-m: var(--nwd-space-m, 1em);
    --_nwd-radius: var(--nwd-radius, 0.25em);
  }

  @media (prefers-reduced-motion: reduce) {
    :host *,
    :host *::before,
    :host *::after {
      transition: none !important;
      animation: none !important;
    }
  }
`;

/** Hidden from sight, still read by screen readers (GOV.UK's govuk-visually-hidden). */
export const visuallyHidden = css`
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px !important;
    block-size: 1px !important;
    margin: 0 !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip: rect(0 0 0 0) !important;
    clip-path: inset(50%) !important;
    border: 0 !important;
    white-space: nowrap !important;
  }
`;

/**
 * Native controls every element shares: 44px targets, visible borders, the page's font. Elements
 * add only what differs (a primary colour, tighter padding). Comes before focusRing.
 */
export const controls = css`
  button,
  select,
  input:not([type='checkbox'], [type='radio'], [type='file']) {
    font: inherit;
    min-block-size: 44px;
    max-inline-size: 100%;
    box-sizing: border-box;
    border: 2px solid currentColor;
    border-radius: var(--_nwd-radius);
    color: inherit;
    background: var(--_nwd-background);
  }
  button {
    padding-inline: var(--_nwd-space-m);
    cursor: pointer;
  }
  select,
  input {
    padding-inline: var(--_nwd-space-s);
  }
`;

/**
 * The focus ring every element shares (GOV.UK's yellow highlight). A transparent outline keeps a
 * visible ring in forced-colours mode, where backgrounds and shadows are dropped. Scoped under
 * :host so it outranks element rules such as button.primary, which come later at equal specificity.
 */
export const focusRing = css`
  :host :is(a, button, input, select, textarea, summary):focus-visible {
    outline: 3px solid transparent;
    background: var(--_nwd-focus);
    color: var(--_nwd-focus-text);
    box-shadow: 0 0 0 3px var(--_nwd-focus), 0 4px 0 3px var(--_nwd-focus-text);
    text-decoration: none;
  }
  @media (forced-colors: active) {
    :host :is(a, button, input, select, textarea, summary):focus-visible {
      outline: 3px solid Highlight;
      outline-offset: 2px;
    }
  }
`;
