import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { NwdElement } from '../../core/base-element.js';
import { canEncrypt, decryptPlan, deriveKey, newKey, WrongPassphraseError, type PlanKey } from '../../engines/safety-plan/crypto.js';
import { emptyPlan, STEPS, type Contact, type Entry, type PlanV1 } from '../../engines/safety-plan/model.js';
import { PlanStore, type StorageLike } from '../../engines/safety-plan/store.js';
import { NATIONS, type Nation } from '../../engines/services/model.js';
import { safetyPlanStrings } from '../../locales/safety-plan.js';
import type { Namespace } from '../../locales/types.js';
import { importPlan } from './import-plan.js';
import { printOnly } from './print-plan.js';
import { safetyPlanStyles } from './safety-plan.styles.js';
import { crisisLines, planText, planView, stepEditor, type Section, type T } from './templates.js';

/** The detail of `nwd-plan`: what happened, never any plan content. */
export interface NwdPlanDetail {
  type: 'saved' | 'locked' | 'removed';
}

type Mode = 'card' | 'builder' | 'view' | 'unreadable';
type Stored = 'none' | 'plain' | 'encrypted' | 'unreadable';
const SAVE_DELAY_MS = 800;
const SAVED_NOTICE_MS = 10_000;

/** localStorage, if the browser lets us touch it at all (it throws in some sandboxed frames). */
function browserStorage(): StorageLike | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

/**
 * An inviting prompt and a guided safety plan (Stanley-Brown) that never leaves the device.
 *
 * @summary A safety plan kept on the person's own device, optionally behind a passphrase.
 * @tag nwd-safety-plan
 * @slot - Fallback content (for example a link to a printable blank plan) shown until the element upgrades.
 * @event {CustomEvent<NwdPlanDetail>} nwd-plan - `{type}` only ("saved", "locked", "removed"): never any plan content.
 * @csspart card - The prompt card.
 * @csspart builder - The step-by-step builder.
 * @csspart plan - The read-only plan (and what is printed).
 * @cssprop [--nwd-safety-plan-accent=light-dark(#1d70b8, #8ab4f8)] - Headings' edge and links.
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
export class NwdSafetyPlan extends NwdElement {
  static override styles = [...(NwdElement.styles as []), safetyPlanStyles];
  /** @internal */
  static override namespace: Namespace = 'safety-plan';
  /** @internal */
  static override translations = safetyPlanStrings;

  /** `scotland`, `england`, `wales` or `northern-ireland`: which urgent lines to show. Absent: all. */
  @property() nation?: Nation;
  /** One neutral action label ("Make or open a plan"), whether or not a plan exists. */
  @property({ type: Boolean }) discreet = false;
  /** Shows "What matters to me" first. */
  @property({ type: Boolean, attribute: 'reasons-first' }) reasonsFirst = false;
  /** Adds an optional section for getting through an urge to self-harm (choice and control; no stopping required). */
  @property({ type: Boolean, attribute: 'harm-reduction' }) harmReduction = false;
  /** The localStorage key (default `nwd-safety-plan`). */
  @property({ attribute: 'storage-key' }) storageKey = 'nwd-safety-plan';
  /** Name of the downloaded copy (default `my-plan.txt`): neutral on purpose. */
  @property({ attribute: 'file-name' }) fileName = 'my-plan.txt';
  /** Minutes without use after which a passphrase-protected plan locks (default 10; 0: never). */
  @property({ type: Number, attribute: 'lock-after' }) lockAfter = 10;
  /** Where the plan is kept (default localStorage). Property only: tests and unusual hosts. */
  @property({ attribute: false }) storage?: StorageLike;

  @state() private mode: Mode = 'card';
  @state() private stored: Stored = 'none';
  @state() private plan?: PlanV1;
  @state() private step = 0;
  @state() private ideasOpen = false;
  @state() private notice?: 'memoryOnly' | 'quota' | 'changedElsewhere' | 'removedElsewhere';
  @state() private persistNoticeShown = false;
  private persistAsked = false;
  @state() private alert = '';
  @state() private status = '';
  @state() private unlocking = false;
  @state() private failures = 0;
  @state() private confirmRemove = false;
  @state() private protecting = false;
  @state() private showPassphrase = false;
  private store!: PlanStore;
  private key?: PlanKey;
  private saveTimer?: ReturnType<typeof setTimeout>;
  private idleTimer?: ReturnType<typeof setTimeout>;
  private lastSavedNotice = 0;
  private dirty = false;

  // ── Lifecycle ──

  override connectedCallback(): void {
    super.connectedCallback();
    // Session-replay tools must not record the plan (SP30).
    this.setAttribute('data-hj-suppress', '');
    this.setAttribute('data-clarity-mask', 'true');
    this.store = new PlanStore(this.storage ?? browserStorage(), this.storageKey);
    this.refresh();
    document.addEventListener('nwd-exit', this.onQuickExit);
    document.addEventListener('visibilitychange', this.onVisibility);
    window.addEventListener('pagehide', this.lock);
    window.addEventListener('storage', this.onStorage);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('nwd-exit', this.onQuickExit);
    document.removeEventListener('visibilitychange', this.onVisibility);
    window.removeEventListener('pagehide', this.lock);
    window.removeEventListener('storage', this.onStorage);
    clearTimeout(this.saveTimer);
    clearTimeout(this.idleTimer);
  }

  private get order(): Section[] {
    const steps: Section[] = this.reasonsFirst ? ['reasonsToLive', ...STEPS.filter((s) => s !== 'reasonsToLive')] : [...STEPS];
    // The optional section follows "Making where I am safer" (SP5).
    if (this.harmReduction) steps.splice(steps.indexOf('saferSpace') + 1, 0, 'harmReduction');
    return steps;
  }

  private get t(): T {
    return this.localize.t.bind(this.localize);
  }

  /** Reads what is stored, without trusting anything unreadable (SP23). */
  private refresh(): void {
    const read = this.store.read();
    this.stored = read.kind === 'none' ? 'none' : read.kind === 'plain' ? 'plain' : read.kind === 'encrypted' ? 'encrypted' : 'unreadable';
    if (!this.store.canSave) this.notice = 'memoryOnly';
  }

  // ── Card ──

  private open(): void {
    const read = this.store.read();
    if (read.kind === 'none') {
      this.plan = emptyPlan();
      this.goTo(0);
    } else if (read.kind === 'plain') {
      this.plan = read.plan;
      this.show('view');
    } else if (read.kind === 'corrupt' || read.kind === 'newer') {
      this.show('unreadable');
    }
  }

  private async unlock(event: Event): Promise<void> {
    event.preventDefault();
    const field = (event.target as HTMLFormElement).elements.namedItem('passphrase') as HTMLInputElement;
    const read = this.store.read();
    if (read.kind !== 'encrypted') return this.refresh();
    this.unlocking = true;
    this.alert = '';
    try {
      const key = await deriveKey(field.value, read.salt, read.envelope.iter);
      this.plan = await decryptPlan(read.iv, read.ct, key.key);
      this.key = key;
      this.failures = 0;
      this.resetIdle();
      this.show('view');
    } catch (error) {
      if (error instanceof WrongPassphraseError) {
        this.failures += 1;
        this.alert = this.t('wrongPassphrase');
        await this.updateComplete;
        field.focus(); // the text stays, so a typo can be fixed
      } else {
        this.show('unreadable');
      }
    } finally {
      this.unlocking = false;
    }
  }

  // ── Builder ──

  private goTo(step: number): void {
    void this.saveNow();
    this.step = Math.max(0, Math.min(this.order.length - 1, step));
    this.ideasOpen = false;
    this.show('builder');
  }

  /** Switches mode, then moves focus to the new heading (SP7) so it is announced. */
  private async show(mode: Mode): Promise<void> {
    this.mode = mode;
    this.confirmRemove = false;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[data-focus-heading]')?.focus();
  }

  private edit(step: Section, change: (items: Array<string | Entry | Contact>) => Array<string | Entry | Contact>): void {
    if (!this.plan) return;
    if (step === 'harmReduction') {
      this.plan = { ...this.plan, harmReduction: change([...(this.plan.harmReduction ?? [])]) as string[] };
    } else {
      const steps = { ...this.plan.steps, [step]: change([...(this.plan.steps[step] as Array<string | Entry | Contact>)]) };
      this.plan = { ...this.plan, steps: steps as PlanV1['steps'] };
    }
    this.dirty = true;
    this.resetIdle();
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => void this.saveNow(), SAVE_DELAY_MS);
  }

  private async removeItem(step: Section, index: number): Promise<void> {
    this.edit(step, (items) => items.filter((_, i) => i !== index));
    await this.updateComplete;
    // Focus the next item's remove button, or the add field (SP32).
    const buttons = this.renderRoot.querySelectorAll<HTMLElement>('.items button');
    (buttons[index] ?? buttons[index - 1] ?? this.renderRoot.querySelector<HTMLElement>('.add input'))?.focus();
  }

  // ── Saving ──

  private async saveNow(force = false): Promise<void> {
    clearTimeout(this.saveTimer);
    if (!this.plan || !this.dirty) return;
    const result = await this.store.save(this.plan, this.key, { force });
    if (result.ok) {
      this.plan = result.plan;
      this.dirty = false;
      this.stored = this.key ? 'encrypted' : 'plain';
      if (this.notice !== 'memoryOnly') this.notice = undefined;
      if (Date.now() - this.lastSavedNotice > SAVED_NOTICE_MS) {
        this.lastSavedNotice = Date.now();
        this.status = this.t('saved');
      }
      this.emit('saved');
      this.askToPersist();
    } else if (result.reason === 'quota') {
      this.notice = 'quota';
      this.alert = this.t('quota');
    } else if (result.reason === 'conflict') {
      this.notice = 'changedElsewhere';
    } else if (result.reason === 'unreadable') {
      this.show('unreadable');
    }
  }

  /** After the first save: ask the browser to keep the data (refusal is fine), and say once how to be safe (SP28). */
  private askToPersist(): void {
    if (this.persistAsked) return;
    this.persistAsked = true;
    this.persistNoticeShown = true;
    void navigator.storage?.persist?.().catch(() => undefined);
  }

  private readonly onVisibility = (): void => {
    if (document.visibilityState === 'hidden') void this.saveNow();
  };

  // Another tab saved or removed the plan (SP25, SP26).
  private readonly onStorage = (event: StorageEvent): void => {
    if (event.key !== this.storageKey) return;
    if (this.dirty) {
      this.notice = event.newValue === null ? 'removedElsewhere' : 'changedElsewhere';
      return;
    }
    this.useNewer();
  };

  private useNewer(): void {
    this.dirty = false;
    const read = this.store.read();
    this.notice = this.store.canSave ? undefined : 'memoryOnly';
    if (read.kind === 'plain' && this.plan) this.plan = read.plan;
    else if (this.plan) this.lock(); // removed, or encrypted elsewhere: back to the card
    this.refresh();
  }

  // ── Locking ──

  /** Drops the key and the plan from memory and shows the card. Data is never deleted (SP19, SP29). */
  private readonly lock = (): void => {
    clearTimeout(this.idleTimer);
    if (this.dirty) void this.saveNow();
    this.key = undefined;
    this.plan = undefined;
    this.mode = 'card';
    this.protecting = false;
    this.confirmRemove = false;
    this.refresh();
    this.emit('locked');
  };

  // Quick exit: hide the plan in this very task, before the overlay and navigation (SP29).
  private readonly onQuickExit = (): void => {
    this.lock();
    this.performUpdate();
  };

  private resetIdle(): void {
    clearTimeout(this.idleTimer);
    if (this.key && this.lockAfter > 0) this.idleTimer = setTimeout(this.lock, this.lockAfter * 60_000);
  }

  /** Writes the plan without encryption (SP19: removing the passphrase). */
  private async removePassphrase(): Promise<void> {
    this.key = undefined;
    this.dirty = true;
    await this.saveNow();
    clearTimeout(this.idleTimer);
  }

  private async protect(event: Event): Promise<void> {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const [first, second] = ['passphrase', 'confirm'].map((n) => (form.elements.namedItem(n) as HTMLInputElement).value);
    if (first.length < 6) return void (this.alert = this.t('passphraseShort'));
    if (first !== second) return void (this.alert = this.t('passphraseMismatch'));
    this.alert = '';
    this.key = await newKey(first);
    this.dirty = true;
    await this.saveNow();
    this.protecting = false;
    this.resetIdle();
  }

  // ── Removing and downloading ──

  private async removePlan(): Promise<void> {
    this.store.remove();
    this.key = undefined;
    this.plan = undefined;
    this.dirty = false;
    this.stored = 'none';
    this.status = this.t('removed');
    this.emit('removed');
    await this.show('card');
  }

  private startNew(): void {
    this.store.backUpUnreadable();
    this.plan = emptyPlan();
    this.dirty = true;
    this.refresh();
    this.goTo(0);
  }

  private download(text: string, name: string): void {
    const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = name;
    link.click();
    URL.revokeObjectURL(url); // the object URL never outlives the click (SP13)
  }

  /** Opens a downloaded copy: a plain one becomes the plan, a locked one waits for its passphrase. */
  private async openCopy(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const result = importPlan(file.size > 256 * 1024 ? '' : await file.text());
    if (result.kind === 'invalid') {
      this.alert = this.t('importInvalid');
      return;
    }
    if (result.kind === 'locked') {
      try {
        (this.storage ?? browserStorage())?.setItem(this.storageKey, result.raw);
      } catch {
        this.alert = this.t('quota');
        return;
      }
      this.refresh();
      return;
    }
    this.plan = result.plan;
    this.dirty = true;
    await this.saveNow(true);
    this.show('view');
  }

  /** Shares through the device's share sheet, or copies to the clipboard (SP14). */
  private async share(): Promise<void> {
    const text = planText(this.t, this.plan!, this.order);
    try {
      if (typeof navigator.share === 'function') await navigator.share({ title: this.t('viewHeading'), text });
      else {
        await navigator.clipboard.writeText(text);
        this.status = this.t('copied');
      }
    } catch {
      // The person closed the share sheet, or the clipboard was refused: nothing to do.
    }
  }

  private emit(type: NwdPlanDetail['type']): void {
    this.dispatchEvent(new CustomEvent<NwdPlanDetail>('nwd-plan', { detail: { type }, bubbles: true, composed: true }));
  }

  // ── Rendering ──

  override render() {
    const t = this.t;
    const nation = NATIONS.includes(this.nation as Nation) ? (this.nation as Nation) : undefined;
    return html`
      ${this.notice === 'memoryOnly' ? html`<p class="notice" role="note">${t('memoryOnly')}</p>` : nothing}
      ${this.persistNoticeShown
        ? html`<div class="notice" role="note"><p>${t('persistNotice')}</p><button type="button" @click=${() => (this.persistNoticeShown = false)}>${t('dismiss')}</button></div>`
        : nothing}
      ${this.notice === 'removedElsewhere'
        ? html`<div class="notice"><p>${t('removedElsewhere')}</p>
            <button type="button" @click=${() => this.saveNow(true)}>${t('keepTyped')}</button>
            <button type="button" @click=${() => this.useNewer()}>${t('letGo')}</button></div>`
        : nothing}
      ${this.notice === 'changedElsewhere'
        ? html`<div class="notice"><p>${t('changedElsewhere')}</p>
            <button type="button" @click=${() => this.useNewer()}>${t('useNewer')}</button>
            <button type="button" @click=${() => this.saveNow(true)}>${t('keepMine')}</button></div>`
        : nothing}
      ${this.mode === 'card' ? this.renderCard(t) : nothing}
      ${this.mode === 'builder' && this.plan ? this.renderBuilder(t) : nothing}
      ${this.mode === 'view' && this.plan ? this.renderView(t) : nothing}
      ${this.mode === 'unreadable' ? this.renderUnreadable(t) : nothing}
      <details class="crisis"><summary>${t('needToTalk')}</summary>${crisisLines(t, nation)}</details>
      <div class="print-only">${crisisLines(t, nation)}</div>
      <p class="visually-hidden" role="status">${this.status}</p>
      <p class="visually-hidden" role="alert">${this.alert}</p>
    `;
  }

  private renderCard(t: T) {
    const label = this.discreet ? t('actionDiscreet') : this.stored === 'plain' ? t('actionOpen') : this.stored === 'encrypted' ? t('actionUnlock') : t('actionNew');
    return html`<section part="card" class="card" aria-labelledby="nwd-sp-card">
      <h2 id="nwd-sp-card" tabindex="-1" data-focus-heading>${t('cardHeading')}</h2>
      <p>${t('cardIntro')}</p>
      <p>${t('privacy')}</p>
      ${this.stored === 'encrypted' && !this.discreet
        ? html`<form class="unlock" @submit=${this.unlock} aria-busy=${this.unlocking ? 'true' : 'false'}>
            <label>${t('passphraseLabel')} <input name="passphrase" type=${this.showPassphrase ? 'text' : 'password'} autocomplete="off" data-hj-suppress="" data-clarity-mask="true" /></label>
            <label class="inline"><input type="checkbox" .checked=${this.showPassphrase} @change=${(e: Event) => (this.showPassphrase = (e.target as HTMLInputElement).checked)} /> ${t('passphraseShow')}</label>
            <button type="submit" class="primary" ?disabled=${this.unlocking}>${this.unlocking ? t('unlocking') : label}</button>
            ${this.failures >= 3 ? html`<p><button type="button" class="link" @click=${() => (this.confirmRemove = true)}>${t('forgotten')}</button></p>` : nothing}
          </form>`
        : html`<button type="button" class="primary" @click=${() => (this.stored === 'encrypted' ? (this.discreet = false) : this.open())}>${label}</button>`}
      ${this.stored === 'none'
        ? html`<label class="import">${t('openCopy')}<input type="file" accept=".txt,.json,text/plain,application/json" @change=${this.openCopy} /></label>`
        : nothing}
      ${this.confirmRemove ? this.renderRemove(t) : nothing}
    </section>`;
  }

  private renderBuilder(t: T) {
    const step = this.order[this.step];
    const last = this.step === this.order.length - 1;
    return html`<section part="builder" class="builder" aria-labelledby="nwd-sp-step">
      <p class="progress">${t('stepOf', { step: this.step + 1, total: this.order.length })}</p>
      <h2 id="nwd-sp-step" tabindex="-1" data-focus-heading>${t(`step_${step}`)}</h2>
      ${stepEditor(t, this.plan!, step, this.ideasOpen, {
        add: (s, item) => this.edit(s, (items) => [...items, item]),
        remove: (s, index) => void this.removeItem(s, index),
        toggleIdeas: () => (this.ideasOpen = !this.ideasOpen),
      })}
      <div class="nav">
        ${this.step > 0 ? html`<button type="button" @click=${() => this.goTo(this.step - 1)}>${t('back')}</button>` : nothing}
        ${last
          ? html`<button type="button" class="primary" @click=${() => { void this.saveNow(); void this.show('view'); }}>${t('finish')}</button>`
          : html`<button type="button" class="primary" @click=${() => this.goTo(this.step + 1)}>${t('next')}</button>
              <button type="button" class="link" @click=${() => this.goTo(this.step + 1)}>${t('skip')}</button>`}
      </div>
    </section>`;
  }

  private renderView(t: T) {
    return html`<section part="plan" class="view" aria-labelledby="nwd-sp-view">
      <h2 id="nwd-sp-view" tabindex="-1" data-focus-heading>${t('viewHeading')}</h2>
      ${planView(t, this.plan!, this.order)}
      <p class="hint">${t('shareWarning')}</p>
      <div class="actions">
        <button type="button" @click=${() => this.goTo(0)}>${t('edit')}</button>
        <button type="button" @click=${() => printOnly(this)}>${t('print')}</button>
        <button type="button" @click=${() => this.download(planText(t, this.plan!, this.order), this.fileName)}>${t('download')}</button>
        ${this.key
          ? html`<button type="button" @click=${() => this.download((this.storage ?? browserStorage())?.getItem(this.storageKey) ?? '', this.fileName.replace(/(\.txt)?$/, '-locked.txt'))}>${t('downloadLocked')}</button>`
          : nothing}
        ${'share' in navigator || 'clipboard' in navigator
          ? html`<button type="button" @click=${() => this.share()}>${t('share')}</button>`
          : nothing}
        ${canEncrypt() && !this.key ? html`<button type="button" @click=${() => (this.protecting = true)}>${t('passphraseSet')}</button>` : nothing}
        ${this.key
          ? html`<button type="button" @click=${this.lock}>${t('lock')}</button>
              <button type="button" @click=${() => (this.protecting = true)}>${t('passphraseChange')}</button>
              <button type="button" @click=${() => this.removePassphrase()}>${t('passphraseRemove')}</button>`
          : nothing}
        <button type="button" class="link" @click=${() => (this.confirmRemove = true)}>${t('removePlan')}</button>
      </div>
      ${this.protecting
        ? html`<form class="protect" @submit=${this.protect} @keydown=${(e: KeyboardEvent) => e.key === 'Escape' && this.closeProtect()}>
            <p>${t('passphraseWarning')}</p>
            <label>${t('passphraseLabel')} <input name="passphrase" type=${this.showPassphrase ? 'text' : 'password'} autocomplete="new-password" minlength="6" data-hj-suppress="" data-clarity-mask="true" /></label>
            <label>${t('passphraseConfirm')} <input name="confirm" type=${this.showPassphrase ? 'text' : 'password'} autocomplete="new-password" data-hj-suppress="" data-clarity-mask="true" /></label>
            <label class="inline"><input type="checkbox" .checked=${this.showPassphrase} @change=${(e: Event) => (this.showPassphrase = (e.target as HTMLInputElement).checked)} /> ${t('passphraseShow')}</label>
            <button type="submit" class="primary">${t('passphraseSave')}</button>
            <button type="button" @click=${() => this.closeProtect()}>${t('cancel')}</button>
          </form>`
        : nothing}
      ${this.confirmRemove ? this.renderRemove(t) : nothing}
    </section>`;
  }

  private async closeConfirm(): Promise<void> {
    this.confirmRemove = false;
    await this.focusButton(this.t('removePlan'));
  }

  private async closeProtect(): Promise<void> {
    this.protecting = false;
    this.alert = '';
    await this.focusButton(this.t(this.key ? 'passphraseChange' : 'passphraseSet'));
  }

  /** Back to the control that opened an inline question (SP31). */
  private async focusButton(label: string): Promise<void> {
    await this.updateComplete;
    [...this.renderRoot.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent?.trim() === label)?.focus();
  }

  private renderRemove(t: T) {
    return html`<div class="confirm" role="group" aria-labelledby="nwd-sp-remove" @keydown=${(e: KeyboardEvent) => e.key === 'Escape' && this.closeConfirm()}>
      <p id="nwd-sp-remove">${t('removeConfirm')}</p>
      <button type="button" class="danger" @click=${() => this.removePlan()}>${t('removeYes')}</button>
      <button type="button" @click=${() => this.closeConfirm()}>${t('cancel')}</button>
    </div>`;
  }

  private renderUnreadable(t: T) {
    return html`<section part="card" class="card" aria-labelledby="nwd-sp-unreadable">
      <h2 id="nwd-sp-unreadable" tabindex="-1" data-focus-heading>${t('corrupt')}</h2>
      <button type="button" class="primary" @click=${() => this.startNew()}>${t('startNew')}</button>
      <button type="button" @click=${() => this.download(this.store.read().kind === 'none' ? '' : (this.storage ?? browserStorage())?.getItem(this.storageKey) ?? '', 'unreadable-plan.txt')}>${t('downloadUnreadable')}</button>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'nwd-safety-plan': NwdSafetyPlan;
  }
  interface HTMLElementEventMap {
    'nwd-plan': CustomEvent<NwdPlanDetail>;
  }
}
