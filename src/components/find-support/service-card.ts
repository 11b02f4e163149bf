// One service as a list item: name, status, what it offers, how to get in touch, and (folded away)
// where the information came from and when it was checked.
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Channel, LocalText, Service } from '../../engines/services/model.js';
import type { Listed } from '../../engines/services/select.js';
import type { Language } from '../../locales/types.js';
import { contactLink, spokenDigits } from './contact.js';
import { dataOpen, formatter, statusText } from './status-line.js';

type T = (key: string, options?: Record<string, unknown>) => string;

export interface CardContext {
  t: T;
  lang: Language;
  now: number;
  /** Heading level for the service name (the section heading's level + 1). */
  level: number;
  /** Extra words after the name, e.g. "Scotland only" while no nation is chosen. */
  note?: (service: Service) => string | undefined;
}

/** The text for `lang`, else English, else the first one published. */
export function localText(text: LocalText | undefined, lang: Language): string | undefined {
  if (text === undefined || typeof text === 'string') return text;
  return text[lang] ?? text['en-GB'] ?? text.en ?? Object.values(text)[0];
}

/**
 * The `lang` to put on data shown on a page in `lang`: nothing when it is in that language, else the
 * language it is in (plain strings are English), so a Welsh screen reader voice reads English as English.
 */
export function textLang(text: LocalText | undefined, lang: Language): string | undefined {
  const used = typeof text === 'object' ? (text[lang] !== undefined ? lang : Object.keys(text).find((key) => text[key] === localText(text, lang))) : 'en-GB';
  return !used || used === lang || (lang === 'en-GB' && used === 'en') ? undefined : used;
}

function contactLabel(channel: Channel, t: T): TemplateResult | string {
  // Phone numbers: shown grouped, read digit by digit ("1 1 6, 1 2 3").
  const number = html`<span aria-hidden="true">${channel.value}</span><span class="visually-hidden">${spokenDigits(channel.value)}</span>`;
  switch (channel.type) {
    case 'phone':
      return html`${t('call')} ${number}`;
    case 'textphone':
      return html`${t('textphone')} ${number}`;
    case 'text':
      return channel.keyword ? t('textKeyword', { keyword: channel.keyword, number: channel.value }) : t('text', { number: channel.value });
    case 'webchat':
      return t('chat');
    case 'website':
      return t('website');
    case 'email':
      return t('email', { address: channel.value });
    default:
      return '';
  }
}

function contactItem(service: Service, channel: Channel, ctx: CardContext) {
  const link = contactLink(channel);
  if (!link) return nothing;
  const instructions = localText(channel.instructions, ctx.lang);
  return html`<li>
    <a
      part="contact"
      href=${link.href}
      target=${link.external ? '_blank' : nothing}
      rel=${link.external ? 'noopener' : nothing}
      data-service-id=${service.id}
      data-channel=${channel.type}
      >${contactLabel(channel, ctx.t)}${link.external ? html`<span class="visually-hidden"> ${ctx.t('opensInNewTab', { ns: 'common' })}</span>` : nothing}</a
    >${instructions ? html` <span class="instructions" lang=${ifDefined(textLang(channel.instructions, ctx.lang))}>${instructions}</span>` : nothing}
  </li>`;
}

/** One line for the compact banner: the name and its first way to get in touch, nothing else. */
export function compactLine({ service, status }: Listed, ctx: CardContext) {
  const first = service.channels.find((channel) => contactLink(channel));
  return html`<li part="service" class="line" data-service-id=${service.id} data-open=${dataOpen(status)}>
    <span class="name">${service.name}</span>
    ${first ? html`<ul class="contacts">${contactItem(service, first, ctx)}</ul>` : nothing}
  </li>`;
}

/** A heading of the given level (2 to 6), so hosts can fit the element into their outline. */
export function heading(level: number, content: unknown, id?: string, part?: string) {
  const l = Math.min(6, Math.max(2, level));
  return html`<div role="heading" aria-level=${l} class=${`h h${l}`} id=${ifDefined(id)} part=${ifDefined(part)}>${content}</div>`;
}

export function serviceCard({ service, status }: Listed, ctx: CardContext) {
  const { t, lang, now } = ctx;
  const description = localText(service.description, lang);
  const note = ctx.note?.(service);
  const audienceNote = localText(service.audience.note, lang);
  const time = Date.parse(service.checked?.date);
  // A date that is not a real one (a feed's "2024-99-99") is left unsaid: it never throws, never claims today.
  return html`<li part="service" class="service" data-service-id=${service.id} data-open=${dataOpen(status)}>
    ${heading(ctx.level, html`${service.name}${note ? html` <span class="note">(${note})</span>` : nothing}`)}
    ${service.tier === 'local' && service.organisation ? html`<p class="organisation">${t('from', { organisation: service.organisation })}</p>` : nothing}
    ${service.hours.kind === 'not-applicable' ? nothing : html`<p class="status" part="status">${statusText(status, now, lang, t)}</p>`}
    ${description ? html`<p lang=${ifDefined(textLang(service.description, lang))}>${description}</p>` : nothing}
    ${audienceNote ? html`<p lang=${ifDefined(textLang(service.audience.note, lang))}>${audienceNote}</p>` : nothing}
    ${service.audience.groups?.length ? html`<p class="groups">${service.audience.groups.join(', ')}</p>` : nothing}
    <ul class="contacts">${service.channels.map((channel) => contactItem(service, channel, ctx))}</ul>
    <details class="about">
      <summary>${t('about')}</summary>
      <ul>
        ${service.sources.map((source) => html`<li>${t('source', { name: source.name })}${source.date ? ` (${source.date})` : ''}</li>`)}
        ${time ? html`<li>${t('checked', { date: formatter(lang, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(time) })}</li>` : nothing}
        ${localText(service.cost, lang) ? html`<li lang=${ifDefined(textLang(service.cost, lang))}>${localText(service.cost, lang)}</li>` : nothing}
      </ul>
    </details>
  </li>`;
}
