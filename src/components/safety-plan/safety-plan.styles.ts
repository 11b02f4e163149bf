import { css } from 'lit';

export const safetyPlanStyles = css`
  :host {
    display: block;
    max-inline-size: 40em;
    color: var(--_nwd-text);
    background: var(--_nwd-background);
    line-height: 1.5;
    --_sp-accent: var(--nwd-safety-plan-accent, light-dark(#1d70b8, #8ab4f8));
  }
  :host([hidden]) {
    display: none;
  }
  section {
    padding: var(--_nwd-space-m);
    border-inline-start: 5px solid var(--_sp-accent);
  }
  h2 {
    font-size: 1.5em;
    margin-block: 0 var(--_nwd-space-s);
  }
  h3 {
    font-size: 1.125em;
    margin-block: var(--_nwd-space-m) var(--_nwd-space-s);
  }
  h2:focus {
    outline: 3px solid var(--_nwd-focus);
    outline-offset: 2px;
  }
  p {
    margin-block: 0 var(--_nwd-space-s);
  }
  fieldset {
    border: 0;
    padding: 0;
    margin: 0;
    min-inline-size: 0;
  }
  legend {
    font-size: 1.125em;
    padding: 0;
    margin-block-end: var(--_nwd-space-s);
  }
  ul,
  ol {
    padding-inline-start: 1.25em;
  }
  .items li,
  .ideas li {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_nwd-space-s);
    margin-block-end: var(--_nwd-space-s);
  }
  label {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
    margin-block-end: var(--_nwd-space-s);
  }
  label.inline {
    flex-direction: row;
    align-items: center;
    min-block-size: 44px;
  }
  input[type='checkbox'] {
    inline-size: 1.5em;
    block-size: 1.5em;
  }
  /* Base control styles come from core (controls); here only what differs. */
  button {
    margin-block-end: var(--_nwd-space-s);
  }
  button.small {
    min-block-size: 36px;
    font-size: 0.9375em;
  }
  button.primary {
    font-weight: 700;
    color: light-dark(#ffffff, #0b0c0c);
    background: var(--_sp-accent);
    border-color: var(--_sp-accent);
  }
  button.link {
    border-color: transparent;
    text-decoration: underline;
    color: var(--_sp-accent);
    padding-inline: 0;
  }
  button.danger {
    font-weight: 700;
  }
  a {
    color: var(--_sp-accent);
  }
  .nav,
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_nwd-space-s);
    margin-block-start: var(--_nwd-space-m);
  }
  .notice,
  .confirm {
    border: 2px solid currentColor;
    padding: var(--_nwd-space-s) var(--_nwd-space-m);
    margin-block: var(--_nwd-space-s);
  }
  .crisis {
    margin-block-start: var(--_nwd-space-m);
  }
  summary {
    cursor: pointer;
    min-block-size: 44px;
    display: flex;
    align-items: center;
    font-weight: 700;
  }
  .crisis-lines li {
    min-block-size: 44px;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em;
  }
  .print-only {
    display: none;
  }
  .hint {
    font-size: 0.9375em;
  }
  @media (forced-colors: active) {
    section,
    .notice,
    .confirm {
      border: 2px solid CanvasText;
    }
    button.primary {
      background: ButtonFace;
      color: ButtonText;
      border-color: ButtonText;
    }
  }
  /* Print only the plan, with the crisis lines as a footer (SP12). */
  @media print {
    :host {
      color: #000;
      background: #fff;
    }
    .card,
    .builder,
    .actions,
    .hint,
    .notice,
    .confirm,
    .protect,
    details.crisis {
      display: none !important;
    }
    .print-only {
      display: block;
    }
    section {
      border: 0;
    }
  }
`;
