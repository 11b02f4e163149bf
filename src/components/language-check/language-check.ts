import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { NwdElement } from '../../core/base-element.js';
import { checkText } from '../../engines/language-check/check.js';
import { suggestsDistress } from '../../engines/language-check/signpost.js';
import { SEVERITIES, type CheckOptions, type Finding, type Rule, type Severity } from '../../engines/language-check/types.js';
import { languageCheckStrings } from '../../locales/language-check.js';
import type { Namespace } from '../../locales/types.js';
import { replaceInControl, replaceInEditable } from './editing.js';
import { editableText, paintHighlights, rangeAt } from './highlights.js';
import { languageCheckStyles } from './language-check.styles.js';
import { alignMirror, syncScroll, type TextControl } from './mirror.js';
import { signpostPanel } from './signpost-panel.js';

/** Detail of `nwd-review`: how many findings of each severity. Never the text. */
export type NwdReviewDetail = Record<Severity, number>;

const CONTROL = 'textarea, input[type="text"], input:not([type]), [contenteditable]:not([contenteditable="false"])';
/** The live region speaks once the person pauses typing this long. */
const PAUSE_MS = 1000;

/**
 * Suggests kinder, safer wording about suicide and self-harm in the host's own text field, as the
 * person types. It advises and never blocks. Wrap the host's label and control; without JavaScript
 * nothing changes, and the form submits as it always did.
 *
 * @summary Stigma-aware wording for any form field, as you type.
 * @tag nwd-language-check
 * @slot - The host's own label and `<textarea>`, `<input type="text">` or `[contenteditable]`.
 * @event {CustomEvent<NwdReviewDetail>} nwd-review - After a pause in typing: counts of findings by severity (never the text).
 * @event {CustomEvent<Record<string, never>>} nwd-signpost - `audience="public"`: help was offered. No text in the detail.
 * @csspart field - The wrapper around the host's control and the mirror.
 * @csspart mirror - The copy of the text laid over a textarea or input, carrying the marks.
 * @csspart findings - The list of suggestions beside the field.
 * @csspart finding - One suggestion. Carries `data-rule-id` and `data-severity`.
 * @csspart replace - A "Replace with …" button.
 * @csspart ignore - An "Ignore" button.
 * @csspart signpost - `audience="public"`: the panel offering help now.
 * @cssprop [--nwd-language-check-mark=#d4351c] - Colour of the wavy underline under flagged phrases.
 * @cssprop [--nwd-color-text=light-dark(#0b0c0c, #f3f2f1)] - Text (all elements).
 * @cssprop [--nwd-color-background=light-dark(#ffffff, #1d1d1d)] - Background (all elements).
 * @cssprop [--nwd-color-focus=#ffdd00] - Focus highlight (all elements).
 * @cssprop [--nwd-color-focus-text=#0b0c0c] - Text on the focus highlight (all elements).
 * @cssprop [--nwd-space-s=0.5em] - Small spacing (all elements).
 * @cssprop [--nwd-space-m=1em] - Medium spacing (all elements).
 * @cssprop [--nwd-radius=0.25em] - Corner radius (all elements).
 * @cssprop [--nwd-color-scheme=light] - Light by default; `light dark` follows the person's device, `dark` pins dark.
 * @cssprop [--nwd-font-family=system-ui, sans-serif] - Typeface (all elements). For the page's own font, set `font-family: inherit` on the element.
 */
export class NwdLanguageCheck extends NwdElement {
  static override styles = [...(NwdElement.styles as []), languageCheckStyles];
  /** @internal */
  static override namespace: Namespace = 'language-check';
  /** @internal */
  static override translations = languageCheckStrings;

  /** `staff` (default): suggestions about wording. `public`: no corrections at all; offers help if the words suggest the writer is struggling. */
  @property() audience: 'staff' | 'public' = 'staff';
  /** Asks once, through the control's own validity, before a form is submitted with unresolved findings. */
  @property({ type: Boolean, attribute: 'require-review' }) requireReview = false;
  /** Leave out findings below this severity: `low` (default), `medium` or `high`. */
  @property({ attribute: 'min-severity' }) minSeverity: Severity = 'low';
  /** Rule ids or categories to switch off, space-separated (e.g. `completed-suicide figurative`). */
  @property() disable = '';
  /** Leaves out terms guides disagree about (completed suicide, frequent attender, suicide victim). */
  @property({ type: Boolean, attribute: 'no-contested' }) noContested = false;
  /** Extra rules in the engine's format (see `no-wrong-door/language`). Property only. */
  @property({ attribute: false }) rules?: Rule[];
  /** Heading level of the suggestions list, 2 to 6 (default 3). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  @state() private findings: Finding[] = [];
  @state() private distress = false;
  @state() private announcement = '';
  @query('.mirror') private mirror?: HTMLElement;
  private control?: TextControl | HTMLElement;
  private readonly ignored = new Set<string>();
  private frame = 0;
  private pause?: ReturnType<typeof setTimeout>;
  private lastReview = '';
  private reviewAsked = false;
  private resizeObserver?: ResizeObserver;

  // ── Lifecycle ──

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('input', this.onInput);
    this.addEventListener('invalid', this.onInvalid, true);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('input', this.onInput);
    this.removeEventListener('invalid', this.onInvalid, true);
    cancelAnimationFrame(this.frame);
    cancelAnimationFrame(this.alignFrame);
    this.alignFrame = 0;
    clearTimeout(this.pause);
    this.resizeObserver?.disconnect();
    if (this.control && !this.isTextControl(this.control)) paintHighlights([]);
  }

  protected override firstUpdated(): void {
    this.attach();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('audience') || changed.has('minSeverity') || changed.has('disable') || changed.has('noContested') || changed.has('rules')) {
      if (changed.size && this.hasUpdated && [...changed.keys()].some((k) => k !== 'findings')) this.scheduleCheck();
    }
    this.scheduleAlign();
    this.paintEditable();
  }

  private alignFrame = 0;

  /**
   * Aligns the mirror in the next animation frame, never inside updated(): measuring there forced a
   * synchronous layout of the whole page during first render (100-160 ms on a throttled phone).
   */
  private scheduleAlign(): void {
    if (this.alignFrame || !this.control || !this.isTextControl(this.control)) return;
    this.alignFrame = requestAnimationFrame(() => {
      this.alignFrame = 0;
      if (this.mirror && this.control && this.isTextControl(this.control)) alignMirror(this.mirror, this.control);
    });
  }

  /** Finds the host's control in light DOM and starts following it. */
  private attach(): void {
    const control = this.querySelector<HTMLElement>(CONTROL);
    if (!control) {
      console.warn('<nwd-language-check>: put a <textarea>, <input type="text"> or [contenteditable] inside the element.');
      return;
    }
    this.control = control;
    if (this.isTextControl(control)) control.addEventListener('scroll', () => this.mirror && syncScroll(this.mirror, control));
    this.resizeObserver = new ResizeObserver(() => this.requestUpdate());
    this.resizeObserver.observe(control);
    this.check();
  }

  private isTextControl(control: HTMLElement): control is TextControl {
    return control instanceof HTMLTextAreaElement || control instanceof HTMLInputElement;
  }

  private get text(): string {
    const control = this.control;
    if (!control) return '';
    return this.isTextControl(control) ? control.value : editableText(control);
  }

  // ── Checking ──

  // At most one check per animation frame: typing is never held up.
  private readonly onInput = (): void => {
    this.scheduleCheck();
    clearTimeout(this.pause);
    this.pause = setTimeout(() => this.afterPause(), PAUSE_MS);
  };

  private scheduleCheck(): void {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.check();
    });
  }

  private check(): void {
    const text = this.text;
    if (this.audience === 'public') {
      const before = this.distress;
      this.findings = [];
      this.distress = suggestsDistress(text);
      if (this.distress && !before) this.dispatchEvent(new CustomEvent('nwd-signpost', { detail: {}, bubbles: true, composed: true }));
    } else {
      const options: CheckOptions = {
        minSeverity: SEVERITIES.includes(this.minSeverity) ? this.minSeverity : 'low',
        disable: this.disable.split(/\s+/).filter(Boolean),
        contested: !this.noContested,
        rules: Array.isArray(this.rules) ? this.rules : undefined,
      };
      this.findings = checkText(text, options).filter((f) => !this.ignored.has(this.ignoreKey(f, text)));
      this.distress = false;
    }
    this.updateValidity();
  }

  /** Once the person pauses: say how many suggestions there are, and tell the host the counts. */
  private afterPause(): void {
    if (this.audience === 'public') return;
    const t = this.localize.t.bind(this.localize);
    const count = this.findings.length;
    this.announcement = count ? t('count', { count }) : t('countNone');
    const detail = Object.fromEntries(SEVERITIES.map((s) => [s, this.findings.filter((f) => f.severity === s).length])) as NwdReviewDetail;
    const key = JSON.stringify(detail);
    if (key !== this.lastReview) {
      this.lastReview = key;
      this.dispatchEvent(new CustomEvent<NwdReviewDetail>('nwd-review', { detail, bubbles: true, composed: true }));
    }
  }

  private ignoreKey(finding: Finding, text: string): string {
    return `${finding.ruleId}:${text.slice(finding.start, finding.end).toLowerCase()}`;
  }

  // ── Review before submit ──

  private updateValidity(): void {
    const control = this.control;
    if (!control || !this.isTextControl(control)) return;
    const ask = this.requireReview && !this.reviewAsked && this.findings.length > 0;
    control.setCustomValidity(ask ? this.localize.t('reviewPrompt') : '');
  }

  // The browser has shown the question once: let the next submit through, whatever the person decides.
  private readonly onInvalid = (event: Event): void => {
    if (event.target !== this.control || !this.requireReview || this.reviewAsked) return;
    this.reviewAsked = true;
    setTimeout(() => this.updateValidity());
  };

  // ── Actions ──

  private replace(finding: Finding, suggestion: string): void {
    const control = this.control;
    if (!control) return;
    const index = this.findings.indexOf(finding);
    if (this.isTextControl(control)) replaceInControl(control, finding.start, finding.end, suggestion);
    else replaceInEditable(control, finding.start, finding.end, suggestion);
    this.check();
    void this.focusFindingAfter(index);
  }

  private ignore(finding: Finding): void {
    const index = this.findings.indexOf(finding);
    this.ignored.add(this.ignoreKey(finding, this.text));
    this.check();
    void this.focusFindingAfter(index);
  }

  /** Keyboard users carry on from the same place in the list (or the field, when the list is empty). */
  private async focusFindingAfter(index: number): Promise<void> {
    await this.updateComplete;
    const buttons = [...this.renderRoot.querySelectorAll<HTMLButtonElement>('[part="finding"] button:first-of-type')];
    const next = buttons[Math.min(index, buttons.length - 1)];
    if (next) next.focus();
    else this.control?.focus();
  }

  // ── Rendering ──

  override render() {
    const t = this.localize.t.bind(this.localize);
    const text = this.text;
    const textControl = !!this.control && this.isTextControl(this.control);
    return html`
      <div class="field" part="field">
        <slot @slotchange=${() => this.control || this.attach()}></slot>
        ${textControl ? html`<div class="mirror" part="mirror" aria-hidden="true">${this.marked(text)}</div>` : nothing}
      </div>
      ${this.audience === 'public'
        ? this.distress ? signpostPanel(t, this.headingLevel) : nothing
        : this.renderFindings(t, text)}
      <p class="visually-hidden" role="status">${this.announcement}</p>
    `;
  }

  /** The text with flagged phrases in <mark>, plus a space so a trailing newline keeps its line. */
  private marked(text: string) {
    const parts: unknown[] = [];
    let at = 0;
    for (const finding of this.findings) {
      parts.push(text.slice(at, finding.start), html`<mark data-rule-id=${finding.ruleId}>${text.slice(finding.start, finding.end)}</mark>`);
      at = finding.end;
    }
    parts.push(text.slice(at), ' ');
    return parts;
  }

  private renderFindings(t: (key: string, options?: Record<string, unknown>) => string, text: string) {
    if (!this.findings.length) return nothing;
    const level = Math.min(6, Math.max(2, this.headingLevel));
    return html`<section part="findings" class="findings" aria-labelledby="nwd-lc-heading">
      <div role="heading" aria-level=${level} id="nwd-lc-heading" class="heading">${t('findingsHeading')}</div>
      <ul>
        ${this.findings.map((finding) => html`<li part="finding" class="finding" data-rule-id=${finding.ruleId} data-severity=${finding.severity}>
          <p class="phrase"><q>${text.slice(finding.start, finding.end)}</q> <span class="tag tag-${finding.severity}">${t(`severity_${finding.severity}`)}</span></p>
          <p class="why">${t(`why_${finding.why}`)}${finding.contested ? html` ${t('contested')}` : nothing}</p>
          ${finding.suggestions.length ? nothing : html`<p class="why">${t('removeAdvice')}</p>`}
          <div class="actions">
            ${finding.suggestions.map((suggestion) => html`<button type="button" part="replace" @click=${() => this.replace(finding, suggestion)}>${t('replaceWith', { suggestion })}</button>`)}
            <button type="button" part="ignore" class="secondary" @click=${() => this.ignore(finding)}>${t('ignore')}</button>
          </div>
        </li>`)}
      </ul>
    </section>`;
  }

  private paintEditable(): void {
    const control = this.control;
    if (!control || this.isTextControl(control)) return;
    paintHighlights(this.findings.map((f) => rangeAt(control, f.start, f.end)).filter((r): r is Range => !!r));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'nwd-language-check': NwdLanguageCheck;
  }
  interface HTMLElementEventMap {
    'nwd-review': CustomEvent<NwdReviewDetail>;
    'nwd-signpost': CustomEvent<Record<string, never>>;
  }
}
