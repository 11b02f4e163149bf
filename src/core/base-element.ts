// The one thin base every element extends: tokens, language, and per-instance string overrides.
import { LitElement, type CSSResultGroup } from 'lit';
import { property } from 'lit/decorators.js';
import type { Namespace } from '../locales/index.js';
import { LocalizeController, type StringOverrides } from './localize-controller.js';
import { tokens, visuallyHidden } from './styles.js';

export abstract class NwdElement extends LitElement {
  static override styles: CSSResultGroup = [tokens, visuallyHidden];

  /**
   * Per-instance text overrides, keyed as in the element's string table (for example
   * `{ label: 'Leave now' }`). They win over shipped and `registerStrings` text. Property only.
   */
  @property({ attribute: false }) strings?: StringOverrides;

  protected readonly localize: LocalizeController;

  constructor(namespace: Namespace) {
    super();
    this.localize = new LocalizeController(this, namespace);
  }
}
