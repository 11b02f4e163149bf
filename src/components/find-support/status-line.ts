// "Open now · closes 2am", "Opens Monday 6pm", "Open 24 hours", "Check opening times": the status
// line under each service, always in Europe/London time and in the element's language.
import type { OpenStatus } from '../../engines/services/open-now.js';
import { londonTime } from '../../engines/services/london-time.js';
import type { Language } from '../../locales/types.js';

type T = (key: string, options?: Record<string, unknown>) => string;

const formatters = new Map<string, Intl.DateTimeFormat>();
/** Intl formatters are slow to build: one per language and options, reused. */
export function formatter(lang: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${lang}|${JSON.stringify(options)}`;
  let format = formatters.get(key);
  if (!format) formatters.set(key, (format = new Intl.DateTimeFormat(lang, options)));
  return format;
}

/** A clock time as people say it: "2am", "6:30pm", "midnight" in English; 24-hour elsewhere. */
function clockTime(instant: number, lang: Language, t: T): string {
  const { hour, minute } = londonTime(instant);
  if (minute === 0 && hour === 0) return t('midnight');
  if (minute === 0 && hour === 12) return t('midday');
  if (lang === 'en-GB') return `${hour % 12 || 12}${minute ? `:${String(minute).padStart(2, '0')}` : ''}${hour < 12 ? 'am' : 'pm'}`;
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

/**
 * The time, with the weekday when that could be misread, e.g. "Monday 6am". A closing time within
 * the next 24 hours needs none ("closes 2am" tonight); an opening time does when it is not today.
 */
function when(instant: number, now: number, lang: Language, t: T, kind: 'closes' | 'opens'): string {
  const [then, today] = [londonTime(instant), londonTime(now)];
  const sameDay = then.year === today.year && then.month === today.month && then.day === today.day;
  const withinADay = instant > now && instant - now < 86_400_000;
  // Midnight at the end of today reads as "midnight", not "Thursday midnight".
  const endOfToday = withinADay && then.hour === 0 && then.minute === 0;
  if (sameDay || endOfToday || (kind === 'closes' && withinADay)) return clockTime(instant, lang, t);
  const day = formatter(lang, { weekday: 'long', timeZone: 'Europe/London' }).format(instant);
  return `${day} ${clockTime(instant, lang, t)}`;
}

export function statusText(status: OpenStatus, now: number, lang: Language, t: T): string {
  switch (status.state) {
    case 'always':
      return t('status_always');
    case 'open':
      return t('status_open', { time: when(status.closesAt, now, lang, t, 'closes') });
    case 'closed':
      return status.opensAt !== undefined ? t('status_opens', { time: when(status.opensAt, now, lang, t, 'opens') }) : t('status_closed');
    default:
      return t('status_unknown');
  }
}

/** "true", "false" or "unknown", for the data-open attribute hosts can style or count. */
export const dataOpen = (status: OpenStatus) =>
  status.state === 'always' || status.state === 'open' ? 'true' : status.state === 'closed' ? 'false' : 'unknown';
