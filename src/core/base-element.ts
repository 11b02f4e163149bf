// The one thin base every element extends: tokens, language, and per-instance string overrides.
import { LitElement, type CSSResultGroup } from 'lit';
import { property } from 'lit/decorators.js';
import type { Namespace, NamespaceStrings } from '../locales/types.js';
import { addNamespace } from './i18n.js';
import { LocalizeController, type StringOverrides } from './localize-controller.js';
import { controls, focusRing, tokens, visuallyHidden } from './styles.js';

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
  static translations?: NamespaceStrings;

  /** @internal Language and `t()` for the subclass's templates. */
  protected readonly localize = NwdElement.localizeFor(this);

  private static localizeFor(element: NwdElement): LocalizeController {
    const { namespace, translations } = element.constructor as typeof NwdElement;
    if (translations) addNamespace(namespace, translations);
    return new LocalizeController(element, namespace);
  }
}
