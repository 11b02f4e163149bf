// "Open now" as a pure function of (hours, instant), in Europe/London wall-clock time.
// Weekly spans are expanded into concrete intervals for the days around `now` (overnight and
// multi-day spans start on earlier days), converted to instants through the London zone, merged
// where they touch (so Fri 18:00 → Mon 06:00 reads as one span), then tested: start <= now < end.
import { DAYS, type Hours, type WeeklySpan } from './model.js';
import { addDays, londonInstant, londonTime, type LondonDate } from './london-time.js';

export type OpenStatus =
  | { state: 'always' } // open 24 hours
  | { state: 'open'; closesAt: number }
  | { state: 'closed'; opensAt?: number } // opensAt absent: nothing in the next week
  | { state: 'unknown' }; // hours not known, not applicable, or unreadable: never shown as closed

const LOOK_BACK_DAYS = 7; // a span opening up to a week ago may still be running
const LOOK_AHEAD_DAYS = 8;

function minutesOf(hhmm: string): number | undefined {
  const match = /^(\d{1,2}):(\d{2})(?::\d{2})?$/.exec(hhmm.trim());
  if (!match) return undefined;
  const [hours, minutes] = [Number(match[1]), Number(match[2])];
  if (hours > 24 || minutes > 59 || (hours === 24 && minutes > 0)) return undefined;
  // 23:59 is how feeds write "until midnight": treat it as 24:00 so it meets the next day's 00:00.
  return hours === 23 && minutes === 59 ? 1440 : hours * 60 + minutes;
}

// Feeds repeat the same hours (9 to 5, weekdays) across many services: intervals are memoised per
// span pattern and London day, so 2,000 services cost a handful of expansions, not 2,000.
const memo = new Map<string, Array<[number, number]> | undefined>();
let lastNow = Number.NaN;
let lastToday: ReturnType<typeof londonTime> | undefined;

/** Concrete [start, end) instants for every span occurrence near `now`, merged where they touch. */
export function intervalsNear(spans: WeeklySpan[], now: number): Array<[number, number]> | undefined {
  if (now !== lastNow || !lastToday) [lastNow, lastToday] = [now, londonTime(now)];
  const today = lastToday;
  const key = `${today.year}-${today.month}-${today.day}|${JSON.stringify(spans)}`;
  if (memo.has(key)) return memo.get(key);
  if (memo.size > 5000) memo.clear();
  const intervals = expand(spans, today);
  memo.set(key, intervals);
  return intervals;
}

function expand(spans: WeeklySpan[], today: ReturnType<typeof londonTime>): Array<[number, number]> | undefined {
  const todayDate: LondonDate = { year: today.year, month: today.month, day: today.day };
  const intervals: Array<[number, number]> = [];
  for (let offset = -LOOK_BACK_DAYS; offset <= LOOK_AHEAD_DAYS; offset++) {
    const date = addDays(todayDate, offset);
    const weekday = DAYS[(((today.weekday + offset) % 7) + 7) % 7];
    for (const span of spans) {
      if (!span.days.includes(weekday)) continue;
      const opens = minutesOf(span.opens);
      const closes = minutesOf(span.closes);
      if (opens === undefined || closes === undefined) return undefined; // unreadable: say "unknown", not "closed"
      const dayOffset = span.closesDayOffset ?? (closes <= opens ? 1 : 0);
      // Earlier start and later end keep a service open through the autumn's repeated hour.
      const start = londonInstant(date, opens, 'earlier');
      const end = londonInstant(date, closes + dayOffset * 1440, 'later');
      if (end > start) intervals.push([start, end]);
    }
  }
  intervals.sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const interval of intervals) {
    const last = merged[merged.length - 1];
    if (last && interval[0] <= last[1]) last[1] = Math.max(last[1], interval[1]);
    else merged.push([...interval]);
  }
  return merged;
}

/** Whether a service with these hours is open at `now`, and when that changes. */
export function openStatus(hours: Hours, now: number): OpenStatus {
  if (hours.kind === 'always') return { state: 'always' };
  if (hours.kind !== 'weekly' || hours.spans.length === 0 || !Number.isFinite(now)) return { state: 'unknown' };
  const intervals = intervalsNear(hours.spans, now);
  if (!intervals) return { state: 'unknown' };
  const current = intervals.find(([start, end]) => start <= now && now < end);
  if (current) return { state: 'open', closesAt: current[1] };
  const next = intervals.find(([start]) => start > now);
  return next ? { state: 'closed', opensAt: next[0] } : { state: 'closed' };
}
