// Gives an element its language and a `t()` for its namespace, and re-renders it when either changes.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { TOptions } from 'i18next';
import type { Language, Namespace } from '../locales/types.js';
import { fixedT, onStringsChanged, stringsReady } from './i18n.js';
import { closestLang, normaliseLanguage } from './language.js';
import { watchLang } from './lang-observer.js';

/** Per-instance string overrides: key → text. Plural keys use i18next suffixes (`shiftMore_one`). */
export type StringOverrides = Record<string, string>;

type Host = ReactiveControllerHost & HTMLElement & { strings?: StringOverrides };

export class LocalizeController implements ReactiveController {
  /** The language this element renders in, resolved before every update. */
  lang: Language = 'en-GB';
  private unsubscribe: Array<() => void> = [];

  constructor(
    private readonly host: Host,
    private readonly ns: Namespace,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    const update = () => this.host.requestUpdate();
    this.unsubscribe = [watchLang(update), onStringsChanged(update)];
  }

  hostDisconnected(): void {
    for (const stop of this.unsubscribe) stop();
    this.unsubscribe = [];
  }

  hostUpdate(): void {
    this.lang = normaliseLanguage(closestLang(this.host));
  }

  /** A promise while the host's language is still being imported, else undefined. */
  waiting(): Promise<void> | undefined {
    return stringsReady(normaliseLanguage(closestLang(this.host)), this.ns);
  }

  /** Translates `key`; a per-instance override in `host.strings` wins over every table. */
  t(key: string, options: TOptions & { count?: number } = {}): string {
    const override = this.override(key, options.count);
    if (override !== undefined) return interpolate(override, options);
    return fixedT(this.lang, this.ns)(key, options) as string;
  }

  private override(key: string, count?: number): string | undefined {
    const strings = this.host.strings;
    if (!strings) return undefined;
    if (count !== undefined) {
      const category = new Intl.PluralRules(this.lang).select(count);
      if (strings[`${key}_${category}`] !== undefined) return strings[`${key}_${category}`];
    }
    return strings[key];
  }
}

function interpolate(text: string, values: Record<string, unknown>): string {
  return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
