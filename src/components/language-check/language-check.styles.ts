import { css } from 'lit';

export const languageCheckStyles = css`
  /* No colour on :host: it would leak into the host's own label and control (slotted light DOM). */
  :host {
    display: block;
    --_lc-mark: var(--nwd-language-check-mark, #d4351c);
  }
  :host([hidden]) {
    display: none;
  }
  .field {
    position: relative;
  }
  .mirror {
    position: absolute;
    margin: 0;
    overflow: hidden;
    pointer-events: none;
    color: transparent;
    background: transparent;
    user-select: none;
  }
  .mirror mark {
    color: transparent;
    background: transparent;
    text-decoration: underline wavy var(--_lc-mark);
    text-decoration-thickness: 2px;
    text-underline-offset: 0.2em;
    text-decoration-skip-ink: none;
  }
  .heading {
    font-weight: 700;
    font-size: 1.125em;
    margin-block: var(--_nwd-space-m) var(--_nwd-space-s);
  }
  ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .findings {
    color: var(--_nwd-text);
    background: var(--_nwd-background);
  }
  .finding {
    border-inline-start: 4px solid var(--_lc-mark);
    padding-block: var(--_nwd-space-s);
    padding-inline: var(--_nwd-space-m) 0;
    margin-block-end: var(--_nwd-space-s);
  }
  .finding[data-severity='low'] {
    border-inline-start-color: light-dark(#505a5f, #b1b4b6);
  }
  p {
    margin-block: 0 var(--_nwd-space-s);
  }
  .phrase q {
    font-weight: 700;
  }
  .tag {
    display: inline-block;
    font-size: 0.875em;
    padding-inline: 0.375em;
    border: 1px solid currentColor;
    border-radius: var(--_nwd-radius);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_nwd-space-s);
  }
  button:not(.secondary) {
    font-weight: 700;
  }
  .signpost {
    color: var(--_nwd-text);
    border-inline-start: 5px solid light-dark(#1d70b8, #8ab4f8);
    background: light-dark(#eef6fb, #14283a);
    padding: var(--_nwd-space-s) var(--_nwd-space-m);
    margin-block-start: var(--_nwd-space-m);
  }
  .signpost .help li {
    min-block-size: 44px;
    display: flex;
    align-items: center;
  }
  .signpost a {
    color: light-dark(#1d70b8, #8ab4f8);
    font-weight: 700;
  }
  .note {
    font-size: 0.9375em;
  }
  @media (forced-colors: active) {
    .mirror mark {
      text-decoration-color: Highlight;
    }
    .finding,
    .signpost {
      border: 2px solid CanvasText;
    }
  }
  @media print {
    .findings,
    .mirror {
      display: none;
    }
  }
`;
