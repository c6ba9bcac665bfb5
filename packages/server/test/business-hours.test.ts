import { describe, expect, it } from 'vitest';
import { days, isOpen, nextOpening, zonedTimeToUtc, type HoursInterval, type Queue, type Weekday } from '../src/routing/business-hours.js';

const every = (intervals: HoursInterval[]): Record<Weekday, HoursInterval[]> => ({ mon: intervals, tue: intervals, wed: intervals, thu: intervals, fri: intervals, sat: intervals, sun: intervals });
const at = (iso: string) => new Date(iso);

const taipei: Queue = {
  id: 'cards',
  name: 'Cards',
  topics: ['cards'],
  timezone: 'Asia/Taipei', // UTC+8, no summer time
  hours: { ...every([['09:00', '17:30']]), mon: [['09:00', '12:00'], ['13:00', '17:30']], sat: [], sun: [] },
  holidays: ['2026-12-25'],
};

describe('business hours', () => {
  it('handles a day with two intervals (Asia/Taipei, Monday 2026-11-23)', () => {
    expect(isOpen(taipei, at('2026-11-23T00:59:59Z'))).toBe(false); // 08:59:59
    expect(isOpen(taipei, at('2026-11-23T01:00:00Z'))).toBe(true); // 09:00
    expect(isOpen(taipei, at('2026-11-23T04:30:00Z'))).toBe(false); // 12:30, lunch
    expect(nextOpening(taipei, at('2026-11-23T04:30:00Z'))?.toISOString()).toBe('2026-11-23T05:00:00.000Z');
    expect(isOpen(taipei, at('2026-11-23T05:00:00Z'))).toBe(true); // 13:00
    expect(isOpen(taipei, at('2026-11-23T09:30:00Z'))).toBe(false); // 17:30, closes
    expect(days(taipei, at('2026-11-23T00:00:00Z'), 1)).toEqual([
      {
        date: '2026-11-23',
        intervals: [
          { opensAt: '2026-11-23T01:00:00.000Z', closesAt: '2026-11-23T04:00:00.000Z' },
          { opensAt: '2026-11-23T05:00:00.000Z', closesAt: '2026-11-23T09:30:00.000Z' },
        ],
      },
    ]);
  });

  it('closes on a holiday and finds the next opening past it and the weekend', () => {
    expect(isOpen(taipei, at('2026-12-25T03:00:00Z'))).toBe(false); // Friday 11:00, Christmas
    // Thursday 18:00 local: Friday is a holiday, Saturday and Sunday closed → Monday 09:00 local.
    expect(nextOpening(taipei, at('2026-12-24T10:00:00Z'))?.toISOString()).toBe('2026-12-28T01:00:00.000Z');
    // 2026-12-24T20:00Z is already the 25th in Taipei: the days start with the local date.
    expect(days(taipei, at('2026-12-23T20:00:00Z'), 4)).toEqual([
      { date: '2026-12-24', intervals: [{ opensAt: '2026-12-24T01:00:00.000Z', closesAt: '2026-12-24T09:30:00.000Z' }] },
      { date: '2026-12-25', intervals: [], note: 'holiday' },
      { date: '2026-12-26', intervals: [] },
      { date: '2026-12-27', intervals: [] },
    ]);
  });

  it('keeps an interval that runs past midnight open into the next day', () => {
    const night: Queue = { id: 'night', name: 'Night', topics: [], timezone: 'UTC', hours: { ...every([]), fri: [['22:00', '02:00']] }, holidays: [] };
    expect(isOpen(night, at('2026-11-27T21:59:00Z'))).toBe(false); // Friday
    expect(isOpen(night, at('2026-11-27T23:00:00Z'))).toBe(true);
    expect(isOpen(night, at('2026-11-28T01:59:00Z'))).toBe(true); // Saturday, still Friday's shift
    expect(isOpen(night, at('2026-11-28T02:00:00Z'))).toBe(false);
    expect(nextOpening(night, at('2026-11-28T02:00:00Z'))?.toISOString()).toBe('2026-12-04T22:00:00.000Z');
    expect(days(night, at('2026-11-27T12:00:00Z'), 1)[0]!.intervals).toEqual([{ opensAt: '2026-11-27T22:00:00.000Z', closesAt: '2026-11-28T02:00:00.000Z' }]);
  });

  it('follows Europe/London across its changes of clock', () => {
    const london: Queue = { id: 'uk', name: 'UK', topics: [], timezone: 'Europe/London', hours: every([['09:00', '17:00']]), holidays: [] };
    // Summer time starts 2026-03-29 at 01:00 UTC.
    expect(days(london, at('2026-03-28T12:00:00Z'), 2)).toEqual([
      { date: '2026-03-28', intervals: [{ opensAt: '2026-03-28T09:00:00.000Z', closesAt: '2026-03-28T17:00:00.000Z' }] },
      { date: '2026-03-29', intervals: [{ opensAt: '2026-03-29T08:00:00.000Z', closesAt: '2026-03-29T16:00:00.000Z' }] },
    ]);
    expect(isOpen(london, at('2026-03-29T08:30:00Z'))).toBe(true); // 09:30 BST
    expect(isOpen(london, at('2026-03-28T08:30:00Z'))).toBe(false); // 08:30 GMT
    // ...and ends 2026-10-25 at 01:00 UTC.
    expect(nextOpening(london, at('2026-10-24T17:00:00Z'))?.toISOString()).toBe('2026-10-25T09:00:00.000Z');
    expect(nextOpening(london, at('2026-10-24T06:00:00Z'))?.toISOString()).toBe('2026-10-24T08:00:00.000Z');
    // A wall time in the spring gap lands past it; 24:00 is the next local midnight.
    expect(zonedTimeToUtc('Europe/London', { y: 2026, m: 3, d: 29 }, 90).toISOString()).toBe('2026-03-29T01:30:00.000Z');
    expect(zonedTimeToUtc('Europe/London', { y: 2026, m: 3, d: 29 }, 1440).toISOString()).toBe('2026-03-29T23:00:00.000Z');
    expect(zonedTimeToUtc('Europe/London', { y: 2026, m: 10, d: 25 }, 0).toISOString()).toBe('2026-10-24T23:00:00.000Z');
  });

  it('gives up looking for an opening after 14 days', () => {
    const closed: Queue = { id: 'x', name: 'X', topics: [], timezone: 'UTC', hours: every([]), holidays: [] };
    expect(nextOpening(closed, at('2026-11-23T00:00:00Z'))).toBeUndefined();
    const far: Queue = { ...closed, hours: { ...every([]), mon: [['09:00', '10:00']] }, holidays: ['2026-11-30', '2026-12-07'] };
    expect(nextOpening(far, at('2026-11-23T12:00:00Z'))).toBeUndefined(); // next would be 2026-12-14, 21 days on
  });
});
