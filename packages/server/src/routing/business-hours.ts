/**
 * Business hours of a queue in its own time zone: pure functions, no I/O. Time-zone arithmetic uses
 * Intl.DateTimeFormat only; a local wall time is turned into a UTC instant by iterating offsets, so
 * days that change to or from summer time come out right.
 */

export const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** `["09:00", "17:30"]`: local wall times; the end may be "24:00", and an end at or before the start runs past midnight. */
export type HoursInterval = [string, string];

export interface Queue {
  id: string;
  name: string;
  topics: string[];
  /** IANA time zone the hours and holidays are in. */
  timezone: string;
  hours: Record<Weekday, HoursInterval[]>;
  /** Local dates (YYYY-MM-DD) on which the queue is closed all day. */
  holidays: string[];
  maxWaitSeconds?: number;
}

export interface OpeningInterval { opensAt: string; closesAt: string }
export interface DayHours { date: string; intervals: OpeningInterval[]; note?: string }

/** How far ahead `nextOpening` looks. */
export const NEXT_OPENING_SEARCH_DAYS = 14;

interface LocalDate { y: number; m: number; d: number }

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' });
    formatters.set(timeZone, f);
  }
  return f;
}

/** True when `timeZone` is an IANA zone this runtime knows. */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

function wallClock(timeZone: string, at: number): { y: number; m: number; d: number; h: number; min: number; s: number } {
  const parts: Record<string, number> = {};
  for (const p of formatter(timeZone).formatToParts(new Date(at))) if (p.type !== 'literal') parts[p.type] = Number(p.value);
  return { y: parts.year!, m: parts.month!, d: parts.day!, h: parts.hour! % 24, min: parts.minute!, s: parts.second! };
}

/** The zone's offset from UTC at an instant, in ms (wall time minus UTC). */
function offsetMs(timeZone: string, at: number): number {
  const w = wallClock(timeZone, at);
  const asUtc = Date.UTC(w.y, w.m - 1, w.d, w.h, w.min, w.s);
  return asUtc - (at - (((at % 1000) + 1000) % 1000));
}

/**
 * The UTC instant of a local wall time (`minutes` after local midnight of `date`; 1440 is the next midnight).
 * A wall time that does not exist (skipped by a change to summer time) maps to the same distance past the gap;
 * one that happens twice (a change back) maps to one of its two instants.
 */
export function zonedTimeToUtc(timeZone: string, date: LocalDate, minutes: number): Date {
  const guess = Date.UTC(date.y, date.m - 1, date.d, 0, minutes);
  const o1 = offsetMs(timeZone, guess);
  let t = guess - o1;
  const o2 = offsetMs(timeZone, t);
  if (o2 !== o1) {
    const t2 = guess - o2;
    // t2 is consistent unless the wall time falls in a gap; then use the (smaller) offset from before the gap.
    t = offsetMs(timeZone, t2) === o2 ? t2 : guess - Math.min(o1, o2);
  }
  return new Date(t);
}

export function localDateOf(timeZone: string, at: Date): LocalDate {
  const w = wallClock(timeZone, at.getTime());
  return { y: w.y, m: w.m, d: w.d };
}

export function addDays(date: LocalDate, n: number): LocalDate {
  const t = new Date(Date.UTC(date.y, date.m - 1, date.d + n));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

export const formatDate = (date: LocalDate): string => `${String(date.y).padStart(4, '0')}-${String(date.m).padStart(2, '0')}-${String(date.d).padStart(2, '0')}`;

const weekdayOf = (date: LocalDate): Weekday => WEEKDAYS[new Date(Date.UTC(date.y, date.m - 1, date.d)).getUTCDay()]!;

/** "09:30" → 570; "24:00" → 1440. */
export function parseWallTime(text: string): number | undefined {
  const m = /^(\d{2}):(\d{2})$/.exec(text);
  if (!m) return undefined;
  const h = Number(m[1]);
  const min = Number(m[2]);
  if (h === 24 && min === 0) return 1440;
  return h < 24 && min < 60 ? h * 60 + min : undefined;
}

/** The opening intervals that start on a local date, as UTC instants (none on a holiday). */
function intervalsOn(queue: Queue, date: LocalDate): Array<{ opens: Date; closes: Date }> {
  if (queue.holidays.includes(formatDate(date))) return [];
  return queue.hours[weekdayOf(date)].map(([start, end]) => {
    const s = parseWallTime(start)!;
    let e = parseWallTime(end)!;
    if (e <= s) e += 1440; // runs past midnight
    return { opens: zonedTimeToUtc(queue.timezone, date, s), closes: zonedTimeToUtc(queue.timezone, date, e) };
  });
}

export function isOpen(queue: Queue, at: Date): boolean {
  const today = localDateOf(queue.timezone, at);
  const t = at.getTime();
  // Yesterday's intervals may run past midnight into today.
  return [addDays(today, -1), today].some((date) => intervalsOn(queue, date).some((i) => i.opens.getTime() <= t && t < i.closes.getTime()));
}

/** The next time the queue opens at or after `from`, searching at most 14 days ahead; undefined when none. */
export function nextOpening(queue: Queue, from: Date): Date | undefined {
  const today = localDateOf(queue.timezone, from);
  const t = from.getTime();
  for (let n = 0; n <= NEXT_OPENING_SEARCH_DAYS; n++) {
    const opens = intervalsOn(queue, addDays(today, n))
      .map((i) => i.opens)
      .filter((o) => o.getTime() >= t)
      .sort((a, b) => a.getTime() - b.getTime());
    if (opens[0]) return opens[0];
  }
  return undefined;
}

/** `count` days of effective hours starting with the local date of `from` (holidays closed, with a note). */
export function days(queue: Queue, from: Date, count: number): DayHours[] {
  const today = localDateOf(queue.timezone, from);
  const out: DayHours[] = [];
  for (let n = 0; n < count; n++) {
    const date = addDays(today, n);
    const day: DayHours = {
      date: formatDate(date),
      intervals: intervalsOn(queue, date).map((i) => ({ opensAt: i.opens.toISOString(), closesAt: i.closes.toISOString() })),
    };
    if (queue.holidays.includes(day.date)) day.note = 'holiday';
    out.push(day);
  }
  return out;
}
