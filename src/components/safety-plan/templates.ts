// Templates for <nwd-safety-plan>: crisis lines, one builder step, and the read-only plan.
// Every input carries the session-replay masking attributes (SP30) and autocomplete="off" (SP9).
import { html, nothing } from 'lit';
import { CRISIS_SERVICES } from '../../engines/services/data/crisis.js';
import type { Nation } from '../../engines/services/model.js';
import type { Contact, Entry, PlanV1, StepId } from '../../engines/safety-plan/model.js';

export type T = (key: string, options?: Record<string, unknown>) => string;
/** The builder's sections: the seven Stanley-Brown steps, plus the optional harm-reduction one. */
export type Section = StepId | 'harmReduction';

export function itemsOf(plan: PlanV1, section: Section): Array<string | Entry | Contact> {
  return section === 'harmReduction' ? (plan.harmReduction ?? []) : (plan.steps[section] as Array<string | Entry | Contact>);
}
export const CONTACT_STEPS: StepId[] = ['askForHelp', 'professional'];
const MASK = { hj: '', clarity: 'true' };

/** Crisis lines for the nation (all nations when none is set): never stored inside the plan (SP4). */
export function crisisLines(t: T, nation?: Nation) {
  const lines = CRISIS_SERVICES.filter((s) => (s.tier === 'emergency' || s.tier === 'urgent') && (!nation || !s.audience.nations || s.audience.nations.includes(nation)));
  return html`<ul class="crisis-lines">
    ${lines.map((service) => {
      const channel = service.channels.find((c) => c.type === 'phone' || c.type === 'text');
      if (!channel) return html`<li>${service.name}</li>`;
      const digits = channel.value.replace(/[^\d+]/g, '');
      return channel.type === 'text'
        ? html`<li>${service.name}: <a href=${`sms:${digits}?&body=${encodeURIComponent(channel.keyword ?? '')}`}>${t('textKeyword', { keyword: channel.keyword, number: channel.value })}</a></li>`
        : html`<li>${service.name}: <a href=${`tel:${digits}`}>${t('call')} ${channel.value}</a></li>`;
    })}
  </ul>`;
}

const itemText = (item: string | Entry | Contact) => (typeof item === 'string' ? item : 'text' in item ? item.text : item.name);
const itemPhone = (item: string | Entry | Contact) => (typeof item === 'string' ? undefined : item.phone);

export interface StepHandlers {
  add(step: Section, item: string | Entry | Contact): void;
  remove(step: Section, index: number): void;
  toggleIdeas(): void;
}

/** One builder step: its question, ideas, items and the add field, as a fieldset (SP6, SP32, SP34, SP36). */
export function stepEditor(t: T, plan: PlanV1, step: Section, ideasOpen: boolean, on: StepHandlers) {
  const items = itemsOf(plan, step);
  const ideas = t(`ideas_${step}`).split('|');
  const contact = CONTACT_STEPS.includes(step as StepId);
  const submit = (event: Event) => {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const text = (form.elements.namedItem('text') as HTMLInputElement).value.trim();
    const phone = (form.elements.namedItem('phone') as HTMLInputElement | null)?.value.trim();
    if (!text) return;
    if (contact) on.add(step, phone ? { name: text, phone } : { name: text });
    else if (step === 'distraction') on.add(step, phone ? { text, phone } : { text });
    else on.add(step, text);
    form.reset();
    (form.elements.namedItem('text') as HTMLInputElement).focus();
  };
  return html`<fieldset class="step">
    <legend>${t(`question_${step}`)}</legend>
    <button type="button" class="link" aria-expanded=${ideasOpen ? 'true' : 'false'} aria-controls="nwd-sp-ideas" @click=${on.toggleIdeas}>
      ${ideasOpen ? t('hideIdeas') : t('showIdeas')}
    </button>
    <ul id="nwd-sp-ideas" class="ideas" ?hidden=${!ideasOpen}>
      ${ideas.map((idea) => html`<li>${idea} <button type="button" class="small" @click=${() => on.add(step, contact ? { name: idea } : step === 'distraction' ? { text: idea } : idea)}>${t('addThis', { idea })}</button></li>`)}
    </ul>
    <ul class="items">
      ${items.map((item, index) => html`<li>
        <span>${itemText(item)}${itemPhone(item) ? html` · <a href=${`tel:${itemPhone(item)!.replace(/[^\d+]/g, '')}`}>${itemPhone(item)}</a>` : nothing}</span>
        <button type="button" class="small" @click=${() => on.remove(step, index)}>${t('remove', { item: itemText(item) })}</button>
      </li>`)}
    </ul>
    <form class="add" @submit=${submit}>
      <label>${contact ? t('name') : t('newItem')}
        <input name="text" autocomplete="off" maxlength="500" data-hj-suppress=${MASK.hj} data-clarity-mask=${MASK.clarity} />
      </label>
      ${contact || step === 'distraction'
        ? html`<label>${t('phone')}<input name="phone" type="tel" inputmode="tel" autocomplete="off" maxlength="40" data-hj-suppress=${MASK.hj} data-clarity-mask=${MASK.clarity} /></label>`
        : nothing}
      <button type="submit">${t('addItem')}</button>
    </form>
  </fieldset>`;
}

/** The plan, read-only, in the configured order (SP11). */
export function planView(t: T, plan: PlanV1, order: readonly Section[]) {
  return html`<ol class="plan">
    ${order.map((step) => {
      const items = itemsOf(plan, step);
      return html`<li>
        <h3>${t(`view_${step}`)}</h3>
        ${items.length
          ? html`<ul>${items.map((item) => html`<li>${itemText(item)}${itemPhone(item) ? html` · <a href=${`tel:${itemPhone(item)!.replace(/[^\d+]/g, '')}`}>${itemPhone(item)}</a>` : nothing}</li>`)}</ul>`
          : html`<p class="empty">${t('empty')}</p>`}
      </li>`;
    })}
  </ol>`;
}

/** The plan as plain text, for "Download a copy" (SP13). */
export function planText(t: T, plan: PlanV1, order: readonly Section[]): string {
  const sections = order.map((step) => {
    const items = itemsOf(plan, step).map((item) => `- ${itemText(item)}${itemPhone(item) ? ` (${itemPhone(item)})` : ''}`);
    return `${t(`view_${step}`)}\n${items.length ? items.join('\n') : t('empty')}`;
  });
  return `${t('viewHeading')}\n\n${sections.join('\n\n')}\n`;
}
