// The one thin base every element extends: tokens, language, and per-instance string overrides.
import { LitElement, type CSSResultGroup, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import type { Namespace, NamespaceSource, NamespaceStrings } from '../locales/types.js';
import { addNamespace } from './i18n.js';
import { LocalizeController, type StringOverrides } from './localize-controller.js';
import { controls, focusRing, tokens, visuallyHidden } from './styles.js';

/**
 * False only in the self-contained dist/no-wrong-door.all.iife.js, whose strings are all built in
 * (rollup.config.js rewrites this line there), so the waiting code below is dropped from that file.
 */
const LAZY_STRINGS = true;

export abstract class NwdElement extends LitElement {
  static override styles: CSSResultGroup = [tokens, visuallyHidden, controls, focusRing];

  /**
   * Per-instance text overrides, keyed as in the element's string table (for example
   * `{ label: 'Leave now' }`). They win over shipped and `registerStrings` text. Property only.
   */
  @property({ attribute: false }) strings?: StringOverrides;

  /** @internal The string-table namespace a subclass reads (src/locales/<lang>/<namespace>.ts). */
  static namespace: Namespace = 'common';
  /** @internal That namespace's shipped strings, added to the library's i18next on first use. */
  static translations?: NamespaceStrings | NamespaceSource;

  /** @internal Language and `t()` for the subclass's templates. */
  protected readonly localize = NwdElement.localizeFor(this);

  private static localizeFor(element: NwdElement): LocalizeController {
    const { namespace, translations } = element.constructor as typeof NwdElement;
    if (translations) addNamespace(namespace, translations);
    return new LocalizeController(element, namespace);
  }

  /** Properties changed while the element waited for its language, replayed once it arrives. */
  private held?: Map<PropertyKey, unknown>;
  private holding?: Promise<void>;
  private placeholder?: HTMLSlotElement;

  /**
   * Holds the first render until the element's language has arrived, so a Welsh page never flashes
   * English: meanwhile a bare <slot> shows the host's light-DOM fallback (the plain exit link, say).
   */
  protected override shouldUpdate(changed: PropertyValues): boolean {
    const waiting = LAZY_STRINGS && !this.hasUpdated ? this.localize.waiting() : undefined;
    if (!waiting) {
      this.placeholder?.remove();
      this.placeholder = undefined;
      return super.shouldUpdate(changed);
    }
    const held = (this.held ??= new Map());
    for (const [key, old] of changed) if (!held.has(key)) held.set(key, old);
    if (!this.placeholder) this.placeholder = this.renderRoot.appendChild(document.createElement('slot'));
    this.holding ??= waiting.then(() => {
      const replay = this.held ?? new Map<PropertyKey, unknown>();
      this.held = this.holding = undefined;
      for (const [key, old] of replay) this.requestUpdate(key, old);
      this.requestUpdate();
    });
    return false;
  }

  /** `updateComplete` also waits for the language, so `await el.updateComplete` sees the real render. */
  protected override getUpdateComplete(): Promise<boolean> {
    const holding = LAZY_STRINGS && this.holding;
    return holding ? holding.then(() => this.getUpdateComplete()) : super.getUpdateComplete();
  }
}
