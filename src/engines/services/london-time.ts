// Europe/London wall-clock time, whatever the device's own time zone. Help lines publish UK hours;
// a phone set to another zone (or a wrong one) must not move "open now".

export interface LondonDate {
  year: number;
  month: number; // 1-12
  day: number;
}

export interface LondonTime extends LondonDate {
  /** 0 = Monday … 6 = Sunday. */
  weekday: number;
  hour: number;
  minute: number;
}

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const MINUTE = 60_000;
const DAY = 86_400_000;
let formatter: Intl.DateTimeFormat | undefined;

/** The London wall-clock reading at `instant` (ms since the epoch). */
export function londonTime(instant: number): LondonTime {
  formatter ??= new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London',
    hourCycle: 'h23',
    weekday: 'short',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
  });
  const parts: Record<string, string> = {};
  for (const { type, value } of formatter.formatToParts(instant)) parts[type] = value;
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    weekday: WEEKDAYS.indexOf(parts.weekday),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
  };
}

/** London's offset from UTC at `instant`, in minutes (0 in winter, 60 in summer). */
function offsetAt(instant: number): number {
  const t = londonTime(instant);
  return (Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute) - Math.floor(instant / MINUTE) * MINUTE) / MINUTE;
}

const cache = new Map<string, number>();

/**
 * The instant at which London's clocks read this date and `minutes` after its midnight (may exceed
 * 1440, rolling into later days). In the spring gap (01:00-01:59 does not exist) the time moves
 * forward; in the autumn repeat (01:00-01:59 happens twice) `prefer` picks the earlier or later.
 */
export function londonInstant(date: LondonDate, minutes: number, prefer: 'earlier' | 'later'): number {
  const key = `${date.year}-${date.month}-${date.day}+${minutes}${prefer[0]}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const wall = Date.UTC(date.year, date.month - 1, date.day) + minutes * MINUTE; // wall clock read as if UTC
  const before = offsetAt(wall - DAY);
  const after = offsetAt(wall + DAY);
  const candidates = [...new Set([before, after])]
    .map((offset) => wall - offset * MINUTE)
    .filter((instant) => offsetAt(instant) * MINUTE + instant === wall)
    .sort((a, b) => a - b);
  // No candidate: the spring gap. Reading the wall time with the pre-change offset moves it forward.
  const instant = candidates.length === 0 ? wall - before * MINUTE : prefer === 'earlier' ? candidates[0] : candidates[candidates.length - 1];
  if (cache.size > 20_000) cache.clear();
  cache.set(key, instant);
  return instant;
}

/** The London calendar date `days` after `date`. */
export function addDays(date: LondonDate, days: number): LondonDate {
  const d = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}
