import { css } from 'lit';

export const findSupportStyles = css`
  :host {
    display: block;
    max-inline-size: var(--nwd-find-support-max-inline-size, 48em);
    color: var(--_nwd-text);
    background: var(--_nwd-background);
    line-height: 1.5;
    --_fs-accent: var(--nwd-find-support-accent, light-dark(#1d70b8, #8ab4f8));
    --_fs-crisis: var(--nwd-find-support-crisis-background, light-dark(#fff4e5, #3a2a12));
  }
  :host([hidden]) {
    display: none;
  }
  .base {
    padding: var(--_nwd-space-m);
  }
  .h {
    font-weight: 700;
    margin-block: var(--_nwd-space-m) var(--_nwd-space-s);
    line-height: 1.25;
  }
  .h2 { font-size: 1.5em; margin-block-start: 0; }
  .h3 { font-size: 1.25em; }
  .h4, .h5, .h6 { font-size: 1.0625em; margin-block: 0 0.25em; }
  p { margin-block: 0 var(--_nwd-space-s); }

  .crisis {
    background: var(--_fs-crisis);
    border-inline-start: 0.3125em solid var(--_fs-accent);
    padding: var(--_nwd-space-s) var(--_nwd-space-m);
    margin-block-end: var(--_nwd-space-m);
  }
  .crisis > .h:first-child { margin-block-start: var(--_nwd-space-s); }

  ul { margin: 0; padding: 0; list-style: none; }
  .service {
    padding-block: var(--_nwd-space-s);
    border-block-end: 1px solid light-dark(#b1b4b6, #505a5f);
  }
  .service:last-child { border-block-end: 0; }
  .note, .organisation, .status, .quiet, .attribution, .instructions { font-size: 0.9375em; }
  .instructions { overflow-wrap: anywhere; } /* long words at 200% text on 320px */
  .status { font-weight: 700; }
  .contacts { display: flex; flex-wrap: wrap; gap: var(--_nwd-space-s) var(--_nwd-space-m); margin-block: var(--_nwd-space-s); }
  .contacts li { display: flex; flex-wrap: wrap; align-items: baseline; gap: 0.25em; min-inline-size: 0; max-inline-size: 100%; }
  /* An email address is one long word: at 320px and 200% text it must be allowed to break. */
  a[data-channel='email'] { overflow-wrap: anywhere; min-inline-size: 0; }

  a {
    color: var(--_fs-accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
    overflow-wrap: break-word;
  }
  a[part='contact'] {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    column-gap: 0.3em; /* flex drops the space between "Call" and the number */
    min-block-size: 44px;
    font-weight: 700;
  }

  details.about { font-size: 0.875em; }
  summary { cursor: pointer; min-block-size: 24px; color: var(--_fs-accent); text-decoration: underline; }
  details.about ul { padding-inline-start: var(--_nwd-space-m); list-style: disc; }

  fieldset { border: 0; padding: 0; margin: 0 0 var(--_nwd-space-m); min-inline-size: 0; }
  legend { font-weight: 700; font-size: 1.125em; padding: 0; margin-block-end: var(--_nwd-space-s); }
  .ways legend { font-size: 1em; }
  .hint { font-size: 0.9375em; }
  .choices, .ways { display: flex; flex-wrap: wrap; gap: var(--_nwd-space-s) var(--_nwd-space-m); }
  .choice, .field { display: inline-flex; align-items: center; gap: var(--_nwd-space-s); min-block-size: 44px; }
  .field { flex-wrap: wrap; margin-block-end: var(--_nwd-space-s); }
  input[type='radio'], input[type='checkbox'] { inline-size: 1.5em; block-size: 1.5em; margin: 0; accent-color: var(--_fs-accent); }
  /* Base control styles come from core (controls); here only what differs. */
  button { font-weight: 700; padding-inline: var(--_nwd-space-s); }

  .banner { display: flex; flex-direction: column; gap: var(--_nwd-space-s); margin-block-end: 0; }
  .lines { display: flex; flex-wrap: wrap; gap: 0 var(--_nwd-space-m); }
  .line { display: flex; flex-wrap: wrap; align-items: center; gap: 0 var(--_nwd-space-s); }
  .line .name { font-weight: 700; }
  .line .contacts { margin: 0; }
  .banner button { align-self: flex-start; }
  .banner .h2 { font-size: 1.25em; margin: 0; }
  .compact { padding: 0; }
  #nwd-fs-more:not([hidden]) { padding: var(--_nwd-space-m); }

  @media (forced-colors: active) {
    .crisis { border: 2px solid CanvasText; }
  }
  @media print {
    details.about, fieldset { display: none; }
  }
`;
