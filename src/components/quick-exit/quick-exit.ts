import { html, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { NwdElement } from '../../core/base-element.js';
import { DEFAULT_EXIT_URL, resolveDestination } from '../../engines/quick-exit/destination.js';
import { SHORTCUTS, type ShortcutName } from '../../engines/quick-exit/shortcut.js';
import {
  connectExitClient,
  disconnectExitClient,
  type ExitClient,
  type ExitTrigger,
  type ShortcutProgress,
} from './exit-document.js';
import { showOverlay } from './exit-overlay.js';
import { navigation, type ExitMode } from './navigation.js';
import { quickExitStyles } from './quick-exit.styles.js';
import type { Namespace } from '../../locales/types.js';
import { quickExitStrings } from '../../locales/quick-exit.js';

/** Detail of `nwd-exit`: where the person is about to go, and what they used. */
export interface NwdExitDetail {
  href: string;
  trigger: ExitTrigger;
}

const NO_PROGRESS: ShortcutProgress = { pressed: 0, remaining: 0, expired: false, speak: false };

/**
 * A control that leaves a sensitive page quickly, modelled on GOV.UK "Exit this page".
 *
 * Write a real link inside it, so it works before (or without) JavaScript:
 * `<nwd-quick-exit><a href="https://www.bbc.co.uk/weather">Exit this page</a></nwd-quick-exit>`.
 * After upgrade it renders its own link, sticky at the top, named "Emergency Exit this page".
 * It never deletes data and cannot clear browser history: tell people so on an explainer page.
 *
 * @summary Leave a sensitive page in one tap, or three presses of Shift.
 * @tag nwd-quick-exit
 * @slot - A fallback `<a href>` for before the element upgrades; its `href` is the destination when
 *   the `href` attribute is absent. It is not shown after upgrade.
 * @event {CustomEvent<NwdExitDetail>} nwd-exit - Just before leaving (bubbles, composed). Call
 *   `preventDefault()` to stay on the page; lock or hide sensitive content in a listener.
 * @csspart container - The sticky strip holding the control and the shortcut indicator.
 * @csspart button - The exit link, styled as a button.
 * @csspart indicator - The three dots that fill as Shift is pressed.
 * @cssprop [--nwd-quick-exit-background=#d4351c] - Control background.
 * @cssprop [--nwd-quick-exit-background-hover=#aa2a16] - Control background on hover.
 * @cssprop [--nwd-quick-exit-color=#ffffff] - Control text.
 * @cssprop [--nwd-quick-exit-z-index=1000] - Stacking layer; keep it above cookie banners.
 * @cssprop [--nwd-color-background=light-dark(#ffffff, #1d1d1d)] - Background of the empty indicator dots (all elements).
 * @cssprop [--nwd-space-s=0.5em] - Small spacing: the strip's block padding, the control's block padding (all elements).
 * @cssprop [--nwd-space-m=1em] - Medium spacing: the control's inline padding (all elements).
 * @cssprop [--nwd-radius=0.25em] - Corner radius (all elements).
 * @cssprop [--nwd-color-focus=#ffdd00] - Focus highlight (all elements).
 * @cssprop [--nwd-color-focus-text=#0b0c0c] - Text on the focus highlight (all elements).
 * @cssprop [--nwd-color-scheme=light] - Light by default; `light dark` follows the person's device, `dark` pins dark.
 * @cssprop [--nwd-font-family=system-ui, sans-serif] - Typeface (all elements). For the page's own font, set `font-family: inherit` on the element.
 * @cssprop [--nwd-font-size=max(1rem, 16px)] - Base text size (all elements); sizes are em against it, so a 62.5% root does not shrink them.
 */
export class NwdQuickExit extends NwdElement implements ExitClient {
  static override styles = [...(NwdElement.styles as []), quickExitStyles];
  /** @internal */
  static override namespace: Namespace = 'quick-exit';
  /** @internal */
  static override translations = quickExitStrings;

  /**
   * Where to go: an http(s) URL. Absent → the fallback link's `href`, then BBC Weather.
   * Any other scheme is refused with a console warning and the default is used.
   */
  @property() href?: string;

  /** `replace` (default) leaves no Back entry for this page; `assign` behaves as GOV.UK does. */
  @property() mode: ExitMode = 'replace';

  /** `shift3` (default): Shift three times. `esc2`: Escape twice within 1 s. `none`: no shortcut. */
  @property() shortcut: ShortcutName = 'shift3';

  /** Visible label; replaces the translated "Exit this page" and drops the hidden "Emergency". */
  @property() label?: string;

  /** `top` (default) sticks to the top of the viewport, `bottom` to the bottom. */
  @property({ reflect: true }) position: 'top' | 'bottom' = 'top';

  /** Optional http(s) page to open in a new tab as well (Women's Aid pattern). Off by default. */
  @property({ attribute: 'decoy-href' }) decoyHref?: string;

  /** @internal */
  @state() private progress: ShortcutProgress = NO_PROGRESS;
  /** @internal */
  private exiting = false;
  /** @internal Console warnings already given, so each is said once. */
  private readonly warned = new Set<string>();

  // ── Lifecycle ──

  override connectedCallback(): void {
    super.connectedCallback();
    connectExitClient(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    disconnectExitClient(this);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('shortcut') && !SHORTCUTS.includes(this.shortcut)) {
      this.warn(`shortcut="${this.shortcut}" is not one of ${SHORTCUTS.join(', ')}; using shift3.`);
      this.shortcut = 'shift3';
    }
    if (changed.has('mode') && this.mode !== 'replace' && this.mode !== 'assign') {
      this.warn(`mode="${this.mode}" is not replace or assign; using replace.`);
      this.mode = 'replace';
    }
    if (changed.has('shortcut')) {
      // Re-register so the document listener knows which shortcut this instance answers to.
      disconnectExitClient(this);
      if (this.isConnected) connectExitClient(this);
    }
  }

  // ── Rendering ──

  override render() {
    const t = this.localize.t.bind(this.localize);
    const { pressed, remaining, expired, speak } = this.progress;
    const status = !speak ? '' : expired ? t('expired') : remaining > 0 ? t(this.shortcut === 'esc2' ? 'escMore' : 'shiftMore', { count: remaining }) : '';
    const dots = this.shortcut === 'shift3' ? [1, 2, 3] : [];
    return html`
      <div class="container" part="container">
        <a
          part="button"
          role="button"
          href=${this.destination}
          rel="nofollow noreferrer"
          @click=${this.onClick}
          @keydown=${this.onKeydown}
          >${this.label
            ? this.label
            : html`<span class="visually-hidden">${t('emergency')} </span>${t('label')}`}</a
        >
        ${dots.length
          ? html`<div class="indicator" part="indicator" aria-hidden="true" ?data-active=${pressed > 0}>
              ${dots.map((n) => html`<span ?data-on=${pressed >= n}></span>`)}
            </div>`
          : null}
        <span class="visually-hidden" role="status">${status}</span>
      </div>
    `;
  }

  /** The validated destination (http(s) only). */
  get destination(): string {
    const fallbackLink = this.querySelector('a[href]')?.getAttribute('href');
    const fallback = resolveDestination(fallbackLink, document.baseURI).url;
    const chosen = resolveDestination(this.href, document.baseURI, fallback);
    if (chosen.rejected) this.warn(`href refused: ${chosen.rejected}. Using ${fallback}.`);
    return chosen.url;
  }

  // ── Leaving ──

  /**
   * Leaves the page: fires `nwd-exit`; unless cancelled, covers the page and navigates, all in
   * this task, so nothing sensitive is painted again (QE4).
   */
  exit(trigger: ExitTrigger = 'click'): void {
    if (this.exiting) return;
    const href = this.destination;
    const allowed = this.dispatchEvent(
      new CustomEvent<NwdExitDetail>('nwd-exit', { detail: { href, trigger }, bubbles: true, composed: true, cancelable: true }),
    );
    if (!allowed) return;
    this.exiting = true;
    this.progress = NO_PROGRESS;
    showOverlay(this.localize.t('loading'));
    this.openDecoy();
    navigation.go(href, this.mode);
  }

  /** @internal Shortcut progress from the document listener. */
  showProgress(progress: ShortcutProgress): void {
    this.progress = progress;
  }

  /** @internal Back from the back/forward cache: usable again. */
  reset(): void {
    this.exiting = false;
  }

  private onClick(event: MouseEvent): void {
    // Middle-click and modified clicks open the link elsewhere as the browser intends.
    if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    this.exit(event.detail === 0 ? 'keyboard' : 'click');
  }

  // role="button" promises Space as well as Enter.
  private onKeydown(event: KeyboardEvent): void {
    if (event.key !== ' ') return;
    event.preventDefault();
    this.exit('keyboard');
  }

  private openDecoy(): void {
    if (!this.decoyHref) return;
    const decoy = resolveDestination(this.decoyHref, document.baseURI, '');
    if (decoy.rejected || !decoy.url) {
      this.warn(`decoy-href refused: ${decoy.rejected ?? 'empty'}.`);
      return;
    }
    try {
      window.open(decoy.url, '_blank', 'noopener');
    } catch {
      // A pop-up blocker may refuse; leaving this page matters more.
    }
  }

  private warn(message: string): void {
    if (this.warned.has(message)) return;
    this.warned.add(message);
    console.warn(`<nwd-quick-exit>: ${message}`);
  }
}

export { DEFAULT_EXIT_URL };

declare global {
  interface HTMLElementTagNameMap {
    'nwd-quick-exit': NwdQuickExit;
  }
  interface HTMLElementEventMap {
    'nwd-exit': CustomEvent<NwdExitDetail>;
  }
}
