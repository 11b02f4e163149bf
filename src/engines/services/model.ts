// The service model shared by the bundled national dataset and every feed adapter. Plain data:
// no functions, no DOM, so hosts can build services themselves and pass them in.

export type Nation = 'scotland' | 'england' | 'wales' | 'northern-ireland';
export const NATIONS: readonly Nation[] = ['scotland', 'england', 'wales', 'northern-ireland'];

/** Two-letter days, as in iCalendar RRULE BYDAY and HSDS schedules. */
export type Day = 'MO' | 'TU' | 'WE' | 'TH' | 'FR' | 'SA' | 'SU';
export const DAYS: readonly Day[] = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

/**
 * Order of the list, most urgent first. `emergency` (999, A&E) and `urgent` (111s and the UK-wide
 * crisis lines) are the crisis block: no filter, feed error or clock error removes them.
 */
export type Tier = 'emergency' | 'urgent' | 'helpline' | 'specialist' | 'information' | 'local';
export const TIERS: readonly Tier[] = ['emergency', 'urgent', 'helpline', 'specialist', 'information', 'local'];

/** Text published in one or more languages; a plain string is the publisher's own language. */
export type LocalText = string | { [lang: string]: string };

export type ChannelType = 'phone' | 'text' | 'webchat' | 'email' | 'website' | 'textphone' | 'in-person';

export interface Channel {
  type: ChannelType;
  /** Phone or text number as published, an https: URL, or an email address. Empty for in-person. */
  value: string;
  /** For `text`: the word to send (SHOUT). */
  keyword?: string;
  /** How to use it, as published ("choose the mental health option"). */
  instructions?: LocalText;
}

/** A weekly opening span in Europe/London wall-clock time. */
export interface WeeklySpan {
  days: Day[];
  /** "HH:MM", 24-hour. */
  opens: string;
  /** "HH:MM"; "24:00" or "23:59" mean midnight at the end of the day. */
  closes: string;
  /** Days after the opening day on which it closes. Default: 0, or 1 when `closes` is not after `opens`. */
  closesDayOffset?: number;
}

export type Hours =
  | { kind: 'always' } // 24 hours, every day
  | { kind: 'weekly'; spans: WeeklySpan[] }
  | { kind: 'unknown'; reason?: string } // never shown as closed
  | { kind: 'not-applicable' }; // an online resource, not a live service

export interface Audience {
  minAge?: number;
  maxAge?: number;
  /** Absent means all four nations. */
  nations?: Nation[];
  /** Groups the service is for, as published (e.g. "carers", "women and girls"). Shown, never used to hide. */
  groups?: string[];
  /** Who else it is for, in words ("anyone worried about a young person"). */
  note?: LocalText;
}

export interface Source {
  name: string;
  url: string;
  /** The source's own date, as far as known (YYYY, YYYY-MM or YYYY-MM-DD). */
  date?: string;
}

export interface Service {
  id: string;
  name: string;
  description?: LocalText;
  organisation?: string;
  channels: Channel[];
  hours: Hours;
  audience: Audience;
  topics?: string[];
  cost?: LocalText;
  /** Languages the service is offered in (BCP 47). */
  languages?: string[];
  tier: Tier;
  sources: Source[];
  /** When these facts were last checked (YYYY-MM-DD), and against what. */
  checked: { date: string; how: string };
  confidence: 'high' | 'medium' | 'low';
  /** Facts deliberately left out, and why (a disputed number, say), so the next checker knows. */
  withheld?: string[];
}

/** The crisis block: never filtered away. */
export function isCrisis(service: Service): boolean {
  return service.tier === 'emergency' || service.tier === 'urgent';
}
