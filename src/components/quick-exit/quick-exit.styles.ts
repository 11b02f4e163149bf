import { css } from 'lit';

export const quickExitStyles = css`
  :host {
    display: block;
    position: sticky;
    inset-block-start: 0;
    z-index: var(--nwd-quick-exit-z-index, 1000);
    /* The sticky strip is full width; only the control itself takes clicks. */
    pointer-events: none;
    --_qe-background: var(--nwd-quick-exit-background, #d4351c);
    --_qe-text: var(--nwd-quick-exit-color, #ffffff);
  }
  :host([position='bottom']) {
    inset-block-start: auto;
    inset-block-end: 0;
  }
  :host([hidden]) {
    display: none;
  }

  .container {
    display: flex;
    flex-direction: column;
    align-items: stretch;
    padding-block: var(--_nwd-space-s);
  }
  @media (min-width: 40em) {
    .container {
      align-items: flex-end;
    }
  }

  a {
    pointer-events: auto;
    box-sizing: border-box;
    display: flex;
    align-items: center;
    justify-content: center;
    min-block-size: 44px;
    min-inline-size: 44px;
    padding-block: var(--_nwd-space-s);
    padding-inline: var(--_nwd-space-m);
    border: 2px solid transparent;
    border-radius: var(--_nwd-radius);
    background: var(--_qe-background);
    color: var(--_qe-text);
    font: inherit;
    font-size: 1.1875em;
    font-weight: 700;
    line-height: 1.25;
    text-align: center;
    text-decoration: none;
    box-shadow: 0 2px 0 #55150b;
  }
  a:hover {
    background: var(--nwd-quick-exit-background-hover, #aa2a16);
  }
  a:focus-visible {
    outline: 3px solid transparent;
    background: var(--_nwd-focus);
    color: var(--_nwd-focus-text);
    box-shadow: 0 4px 0 var(--_nwd-focus-text);
  }

  .indicator {
    display: flex;
    justify-content: center;
    gap: 0.5em;
    padding-block-start: 0.25em;
    visibility: hidden;
  }
  .indicator[data-active] {
    visibility: visible;
  }
  .indicator span {
    inline-size: 0.75em;
    block-size: 0.75em;
    border: 2px solid var(--_qe-background);
    border-radius: 50%;
    background: var(--_nwd-background);
    transition: background-color 0.2s;
  }
  .indicator span[data-on] {
    background: var(--_qe-background);
  }

  /* Forced colours already turn the transparent border and focus outline above into visible system
     colours; only the indicator needs help, as backgrounds are flattened to Canvas. */
  @media (forced-colors: active) {
    .indicator span {
      forced-color-adjust: none;
      border-color: CanvasText;
      background: Canvas;
    }
    .indicator span[data-on] {
      background: CanvasText;
    }
  }

  @media print {
    :host {
      display: none !important;
    }
  }
`;
