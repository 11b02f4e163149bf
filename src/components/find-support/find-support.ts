import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { NwdElement } from '../../core/base-element.js';
import type { FeedFormat } from '../../engines/services/adapters/index.js';
import { CRISIS_SERVICES } from '../../engines/services/data/crisis.js';
import { NATIONS, type Nation, type Service } from '../../engines/services/model.js';
import { CONTACT_WAYS, selectServices, type ContactWay, type Listed, type Selection } from '../../engines/services/select.js';
import type { Namespace } from '../../locales/types.js';
import { findSupportStrings } from '../../locales/find-support.js';
import type { FeedResult } from './feed-loader.js';
import { findSupportStyles } from './find-support.styles.js';
import { compactLine, heading, serviceCard, type CardContext } from './service-card.js';

/** Detail of `nwd-contact`: which service, and which way of getting in touch was used. */
export interface NwdContactDetail {
  serviceId: string;
  channel: string;
}

/** Age groups offered in the filter, with the age each stands for. */
const AGE_GROUPS: Array<[string, number | undefined]> = [
  ['any', undefined], ['under16', 15], ['16to18', 17], ['19to24', 21], ['25to34', 30], ['35plus', 40],
];
const MINUTE = 60_000;
/** Local services shown at first, and added by each "Show more": a long list helps nobody in distress. */
const LOCAL_PAGE = 10;

/**
 * Leads a person to help: crisis help first, then the right national helplines and local services.
 *
 * Works with no configuration and no network: the national list is bundled. Set `nation` to show the
 * right urgent lines at once, or the person chooses (nothing is remembered). Local services come
 * from the host's own directory feed (`feed`) or the `services` property.
 *
 * @summary Crisis help first, then helplines and local services, from any page.
 * @tag nwd-find-support
 * @slot - Fallback content (for example, static crisis numbers) shown until the element upgrades, or without JavaScript.
 * @event {CustomEvent<NwdContactDetail>} nwd-contact - A contact link was used (bubbles, composed). The library itself sends nothing anywhere.
 * @csspart base - The whole element.
 * @csspart heading - The element's heading.
 * @csspart crisis - The crisis block (999, A&E and urgent lines), or the compact banner. Never hidden by filters.
 * @csspart service - One service. Carries `data-service-id` and `data-open` ("true", "false" or "unknown").
 * @csspart status - A service's opening status line.
 * @csspart contact - A contact link (tel:, sms:, mailto: or https:).
 * @csspart toggle - The compact banner's show/hide button.
 * @cssprop [--nwd-find-support-max-inline-size=48em] - Widest the element grows.
 * @cssprop [--nwd-find-support-crisis-background=light-dark(#fff4e5, #3a2a12)] - Crisis block background.
 * @cssprop [--nwd-find-support-accent=light-dark(#1d70b8, #8ab4f8)] - Links and the crisis block's edge.
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
export class NwdFindSupport extends NwdElement {
  static override styles = [...(NwdElement.styles as []), findSupportStyles];
  /** @internal */
  static override namespace: Namespace = 'find-support';
  /** @internal */
  static override translations = findSupportStrings;

  /** `scotland`, `england`, `wales` or `northern-ireland`. Absent (or unknown): the person chooses. */
  @property() nation?: Nation;
  /** The person's age, a whole number; services for other ages are left out. Invalid: ignored, with a warning. */
  @property() age?: string;
  /** Ways to get in touch to keep, space-separated: `phone text chat email`. Absent: all. */
  @property() channels?: string;
  /** Keep services about this topic (e.g. `self-harm`); general services always stay. */
  @property() topic?: string;
  /** URL of a local directory feed (ORUK, ALISS or our own format). Nothing is requested unless set. */
  @property() feed?: string;
  /** `oruk`, `aliss` or `nwd`. Absent: detected from the response. */
  @property({ attribute: 'feed-format' }) feedFormat?: FeedFormat;
  /** `full` (default), or `compact`: a small banner with the 24/7 lines that expands in place. */
  @property({ reflect: true }) variant: 'full' | 'compact' = 'full';
  /** Shows filters for age, ways to talk and "open now". */
  @property({ type: Boolean, attribute: 'show-filters' }) showFilters = false;
  /** Level of the element's heading, 2 to 5 (default 2); sections and services use the next levels. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;
  /** Local services passed in directly (Service objects), shown with any feed's. */
  @property({ attribute: false }) services?: Service[];

  @state() private chosenNation?: Nation;
  @state() private filterAge?: number;
  @state() private filterWays?: ContactWay[];
  @state() private filterOpenNow = false;
  @state() private expanded = false;
  @state() private announcement = '';
  @state() private feedState: 'idle' | 'loading' | 'loaded' | 'failed' = 'idle';
  @state() private feedResult?: FeedResult;
  @state() private localShown = LOCAL_PAGE;
  private memo?: { key: unknown[]; selection: Selection };
  /** The national list: the crisis lines at once; the rest is a chunk, fetched when the full view first shows. */
  @state() private national: readonly Service[] = CRISIS_SERVICES;
  @state() private nationalState: 'crisis-only' | 'loading' | 'loaded' | 'failed' = 'crisis-only';
  /** @internal "Now", refreshed every minute so "open now" stays true. */
  @state() private now = Date.now();
  private clock?: ReturnType<typeof setInterval>;
  private readonly warned = new Set<string>();

  // ── Lifecycle ──

  override connectedCallback(): void {
    super.connectedCallback();
    this.now = Date.now();
    this.clock = setInterval(() => (this.now = Date.now()), MINUTE);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.clock);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('feed') || changed.has('feedFormat')) this.startFeed();
    if (this.nationalState === 'crisis-only' && (this.variant !== 'compact' || this.expanded)) this.loadNational();
  }

  private nationalLoad?: Promise<void>;

  private loadNational(): void {
    this.nationalState = 'loading';
    this.nationalLoad = import('../../engines/services/data/national.js').then(
      ({ NATIONAL_SERVICES }) => {
        this.national = NATIONAL_SERVICES;
        this.nationalState = 'loaded';
      },
      (error: unknown) => {
        console.error('<nwd-find-support>: the national helplines could not be loaded; showing the crisis lines.', error);
        this.nationalState = 'failed';
      },
    ).finally(() => (this.nationalLoad = undefined));
  }

  /** `updateComplete` also waits for the national list, so `await el.updateComplete` sees the whole view. */
  protected override getUpdateComplete(): Promise<boolean> {
    return super.getUpdateComplete().then((done) => (this.nationalLoad ? this.nationalLoad.then(() => this.getUpdateComplete()) : done));
  }

  // ── Inputs, checked ──

  /** The host's `nation`, if it is one we know. */
  private get hostNation(): Nation | undefined {
    if (this.nation && (NATIONS as readonly string[]).includes(this.nation)) return this.nation as Nation;
    if (this.nation) this.warn(`nation="${this.nation}" is not one of ${NATIONS.join(', ')}; asking the person instead.`);
    return undefined;
  }

  private get effectiveNation(): Nation | undefined {
    return this.hostNation ?? this.chosenNation;
  }

  private get effectiveAge(): number | undefined {
    if (this.filterAge !== undefined) return this.filterAge;
    if (this.age === undefined || this.age === '') return undefined;
    const age = Number(this.age);
    if (Number.isInteger(age) && age >= 0 && age <= 130) return age;
    this.warn(`age="${this.age}" is not a whole number of years; showing services for every age.`);
    return undefined;
  }

  private get effectiveWays(): ContactWay[] | undefined {
    if (this.filterWays) return this.filterWays;
    const words = (this.channels ?? '').split(/\s+/).filter(Boolean);
    const unknown = words.filter((w) => !(CONTACT_WAYS as readonly string[]).includes(w));
    if (unknown.length) this.warn(`channels: "${unknown.join(' ')}" not understood; use ${CONTACT_WAYS.join(', ')}.`);
    const ways = words.filter((w): w is ContactWay => (CONTACT_WAYS as readonly string[]).includes(w));
    return ways.length ? ways : undefined;
  }

  private get localServices(): Service[] {
    const given = this.services;
    if (given !== undefined && !Array.isArray(given)) this.warn('services must be an array of Service objects; ignored.');
    return [...(Array.isArray(given) ? given : []), ...(this.feedResult?.services ?? [])];
  }

  private startFeed(): void {
    this.feedResult = undefined;
    const url = this.feedUrl();
    if (!url) {
      this.feedState = this.feed ? 'failed' : 'idle';
      return;
    }
    this.feedState = 'loading';
    import('./feed-chunk.js')
      .then(({ loadFeed, FEED_FORMATS }) => {
        const format = FEED_FORMATS.includes(this.feedFormat as FeedFormat) ? (this.feedFormat as FeedFormat) : undefined;
        if (this.feedFormat && !format) this.warn(`feed-format="${this.feedFormat}" is not one of ${FEED_FORMATS.join(', ')}; detecting it.`);
        return loadFeed(url, format);
      })
      .then(
        (result) => {
          if (this.feedUrl() !== url) return; // the feed changed while this one loaded
          this.feedResult = result;
          this.feedState = 'loaded';
        },
        (error: Error) => {
          if (this.feedUrl() !== url) return;
          console.warn(`<nwd-find-support>: local services from ${url} could not be loaded: ${error.message}`);
          this.feedState = 'failed';
        },
      );
  }

  /** The feed URL, absolute, if it is http(s). */
  private feedUrl(): string | undefined {
    if (!this.feed) return undefined;
    try {
      const url = new URL(this.feed, document.baseURI);
      if (url.protocol === 'https:' || url.protocol === 'http:') return url.href;
    } catch {
      // fall through
    }
    this.warn(`feed="${this.feed}" is not an http(s) URL; no local services.`);
    return undefined;
  }

  // ── Rendering ──

  override render() {
    const t = this.localize.t.bind(this.localize);
    const selection = this.select();
    const level = this.headingLevel;
    const ctx: CardContext = {
      t,
      lang: this.localize.lang,
      now: this.now,
      level: level + 2,
      note: (service) => (!this.effectiveNation && service.audience.nations?.length === 1 ? t('nationOnly', { nation: t(`nation_${service.audience.nations[0]}`) }) : undefined),
    };
    if (this.variant === 'compact') return this.renderCompact(selection, ctx);
    return html`<section part="base" class="base" aria-labelledby="nwd-fs-heading" @click=${this.onClick}>${this.renderFull(selection, ctx)}</section>`;
  }

  private renderFull(selection: Selection, ctx: CardContext) {
    const { t } = ctx;
    const level = this.headingLevel;
    const list = (items: Listed[]) => html`<ul class="services">${items.map((item) => serviceCard(item, ctx))}</ul>`;
    return html`
      ${heading(level, t('heading'), 'nwd-fs-heading', 'heading')}
      <p class="intro">${t('intro')}</p>
      <div part="crisis" class="crisis" role="region" aria-labelledby="nwd-fs-danger">
        ${heading(level + 1, t('dangerHeading'), 'nwd-fs-danger')} ${list(selection.danger)}
        ${heading(level + 1, t('urgentHeading'))} ${list(selection.urgent)}
      </div>
      ${this.hostNation ? nothing : this.renderNationChooser(t)}
      ${this.showFilters ? this.renderFilters(t) : nothing}
      <p class="visually-hidden" role="status">${this.announcement}</p>
      ${selection.helplines.length ? html`${heading(level + 1, t(this.topic === 'self-harm' ? 'selfHarmHeading' : 'helplinesHeading'))} ${list(selection.helplines)}` : nothing}
      ${this.nationalState === 'loading' ? html`<p class="quiet">${t('nationalLoading')}</p>` : nothing}
      ${this.nationalState === 'failed' ? html`<p class="quiet">${t('nationalFailed')}</p>` : nothing}
      ${this.renderLocal(selection.local, ctx, list)}
    `;
  }

  private renderCompact(selection: Selection, ctx: CardContext) {
    const { t } = ctx;
    const allDay = selection.urgent.filter(({ service }) => !service.audience.nations);
    return html`<section part="base" class="base compact" aria-labelledby="nwd-fs-heading" @click=${this.onClick}>
      <div part="crisis" class="crisis banner">
        ${heading(this.headingLevel, t('compactTitle'), 'nwd-fs-heading', 'heading')}
        <ul class="lines">${allDay.map((item) => compactLine(item, ctx))}</ul>
        <button part="toggle" type="button" aria-expanded=${this.expanded ? 'true' : 'false'} aria-controls="nwd-fs-more" @click=${() => (this.expanded = !this.expanded)}>
          ${this.expanded ? t('compactLess') : t('compactMore')}
        </button>
      </div>
      <div id="nwd-fs-more" ?hidden=${!this.expanded}>${this.expanded ? this.renderFull(selection, ctx) : nothing}</div>
    </section>`;
  }

  private renderLocal(local: Listed[], ctx: CardContext, list: (items: Listed[]) => unknown) {
    const { t } = ctx;
    const attribution = this.feedResult?.attribution ?? [];
    if (this.feedState === 'idle' && !local.length) return nothing;
    const shown = local.slice(0, this.localShown);
    return html`<div class="local" aria-busy=${this.feedState === 'loading' ? 'true' : 'false'}>
      ${heading(this.headingLevel + 1, t('localHeading'))}
      ${this.feedState === 'loading' ? html`<p class="quiet">${t('feedLoading')}</p>` : nothing}
      ${this.feedState === 'failed' ? html`<p class="quiet">${t('feedError')}</p>` : nothing}
      ${shown.length ? list(shown) : nothing}
      ${local.length > shown.length
        ? html`<p class="quiet">${t('localCount', { shown: shown.length, total: local.length })}</p>
            <button type="button" class="more" @click=${this.showMoreLocal}>${t('localMore')}</button>`
        : nothing}
      ${attribution.map((a) => html`<p class="attribution">${a.url ? html`<a href=${a.url} target="_blank" rel="noopener">${a.text}<span class="visually-hidden"> ${t('opensInNewTab', { ns: 'common' })}</span></a>` : a.text}</p>`)}
    </div>`;
  }

  private renderNationChooser(t: (key: string) => string) {
    return html`<fieldset class="nation">
      <legend>${t('nationLegend')}</legend>
      <p class="hint" id="nwd-fs-nation-hint">${t('nationHint')}</p>
      <div class="choices">
        ${NATIONS.map((nation) => html`<label class="choice">
          <input type="radio" name="nation" value=${nation} aria-describedby="nwd-fs-nation-hint" .checked=${this.chosenNation === nation}
            @change=${() => this.changeFilter(() => (this.chosenNation = nation))} />
          ${t(`nation_${nation}`)}
        </label>`)}
      </div>
    </fieldset>`;
  }

  private renderFilters(t: (key: string) => string) {
    const ways = this.effectiveWays ?? [];
    return html`<fieldset class="filters">
      <legend>${t('filtersLegend')}</legend>
      <label class="field">${t('ageLabel')}
        <select @change=${(e: Event) => this.changeFilter(() => (this.filterAge = AGE_GROUPS[(e.target as HTMLSelectElement).selectedIndex][1]))}>
          ${AGE_GROUPS.map(([key, age]) => html`<option ?selected=${this.filterAge === age}>${t(`age_${key}`)}</option>`)}
        </select>
      </label>
      <fieldset class="ways">
        <legend>${t('waysLegend')}</legend>
        ${CONTACT_WAYS.map((way) => html`<label class="choice">
          <input type="checkbox" .checked=${ways.includes(way)}
            @change=${(e: Event) => this.changeFilter(() => {
              const on = (e.target as HTMLInputElement).checked;
              this.filterWays = on ? [...ways, way] : ways.filter((w) => w !== way);
            })} />
          ${t(`way_${way}`)}
        </label>`)}
      </fieldset>
      <label class="choice"><input type="checkbox" .checked=${this.filterOpenNow} @change=${(e: Event) => this.changeFilter(() => (this.filterOpenNow = (e.target as HTMLInputElement).checked))} /> ${t('openNow')}</label>
    </fieldset>`;
  }

  /** Shows the next local services and moves focus to the first of them, so keyboard users carry on from there. */
  private async showMoreLocal(): Promise<void> {
    const first = this.localShown;
    this.localShown += LOCAL_PAGE;
    await this.updateComplete;
    this.renderRoot.querySelectorAll<HTMLElement>('.local [part="service"]')[first]?.querySelector<HTMLElement>('a, summary')?.focus();
  }

  /** Applies a filter change, then politely announces how many services are now shown. */
  private changeFilter(apply: () => void): void {
    apply();
    this.localShown = LOCAL_PAGE;
    const { helplines, local } = this.select();
    this.announcement = this.localize.t('count', { count: helplines.length + local.length });
  }

  /** The lists to show, memoised on their inputs. Whatever goes wrong, the crisis block still comes from the bundled data. */
  private select(): Selection {
    try {
      const criteria = {
        nation: this.effectiveNation,
        age: this.effectiveAge,
        ways: this.effectiveWays,
        topic: this.topic || undefined,
        openNow: this.filterOpenNow,
        now: this.now,
      };
      const key = [this.national, this.services, this.feedResult, criteria.nation, criteria.age, criteria.ways?.join(), criteria.topic, criteria.openNow, criteria.now];
      if (this.memo && key.every((value, i) => value === this.memo!.key[i])) return this.memo.selection;
      const selection = selectServices(this.national, this.localServices, criteria);
      this.memo = { key, selection };
      return selection;
    } catch (error) {
      console.error('<nwd-find-support>: could not filter services; showing crisis help only.', error);
      const crisis = (tier: string) => CRISIS_SERVICES.filter((s) => s.tier === tier).map((service) => ({ service, status: { state: 'unknown' as const } }));
      return { danger: crisis('emergency'), urgent: crisis('urgent'), helplines: [], local: [] };
    }
  }

  // ── Events ──

  private onClick(event: Event): void {
    const link = event.composedPath().find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement && !!node.dataset.channel);
    if (!link) return;
    this.dispatchEvent(new CustomEvent<NwdContactDetail>('nwd-contact', {
      detail: { serviceId: link.dataset.serviceId ?? '', channel: link.dataset.channel ?? '' },
      bubbles: true,
      composed: true,
    }));
  }

  private warn(message: string): void {
    if (this.warned.has(message)) return;
    this.warned.add(message);
    console.warn(`<nwd-find-support>: ${message}`);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'nwd-find-support': NwdFindSupport;
  }
  interface HTMLElementEventMap {
    'nwd-contact': CustomEvent<NwdContactDetail>;
  }
}
