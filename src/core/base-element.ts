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

  /** @internal The string-table namespace a subclass reads (src/locales/<lang>/<namespace>). */
  static namespace: Namespace = 'common';

  /** @internal Language and `t()` for the subclass's templates. */
  protected readonly localize = new LocalizeController(this, (this.constructor as typeof NwdElement).namespace);
}
