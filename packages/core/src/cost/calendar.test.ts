import { describe, expect, it } from 'vitest';
import { calendarPeriod, isValidTimeZone, previousCalendarPeriod } from './calendar.js';

const at = (iso: string) => Date.parse(iso);
const utc = (ms: number) => new Date(ms).toISOString();

describe('calendarPeriod', () => {
  it('aligns months to local midnight on the 1st', () => {
    // 03:00 UTC on 1 March is still 28 February in New York.
    const feb = calendarPeriod(at('2026-03-01T03:00:00Z'), 'month', 'America/New_York');
    expect(feb.key).toBe('2026-02');
    expect(utc(feb.startMs)).toBe('2026-02-01T05:00:00.000Z');
    expect(utc(feb.endMs)).toBe('2026-03-01T05:00:00.000Z');
    // …and already 1 March in Tokyo two hours before UTC midnight.
    expect(calendarPeriod(at('2026-02-28T22:00:00Z'), 'month', 'Asia/Tokyo').key).toBe('2026-03');
    // A month that contains a DST change starts at +01:00 and ends at +02:00.
    const march = calendarPeriod(at('2026-03-15T12:00:00Z'), 'month', 'Europe/Berlin');
    expect([utc(march.startMs), utc(march.endMs)]).toEqual([
      '2026-02-28T23:00:00.000Z',
      '2026-03-31T22:00:00.000Z',
    ]);
    const december = calendarPeriod(at('2026-12-31T23:59:59Z'), 'month', 'UTC');
    expect([december.key, utc(december.endMs)]).toEqual(['2026-12', '2027-01-01T00:00:00.000Z']);
  });

  it('handles 23-hour days, skipped midnights and half-hour offsets', () => {
    const dstDay = calendarPeriod(at('2026-03-08T12:00:00Z'), 'day', 'America/New_York');
    expect(dstDay.endMs - dstDay.startMs).toBe(23 * 3_600_000);
    // Chile springs forward at midnight: 6 Sept 2026 begins at 01:00 local (04:00 UTC).
    const skipped = calendarPeriod(at('2026-09-06T12:00:00Z'), 'day', 'America/Santiago');
    expect(utc(skipped.startMs)).toBe('2026-09-06T04:00:00.000Z');
    const kolkata = calendarPeriod(at('2026-11-27T20:00:00Z'), 'day', 'Asia/Kolkata');
    expect([kolkata.key, utc(kolkata.startMs)]).toEqual(['2026-11-28', '2026-11-27T18:30:00.000Z']);
    expect(calendarPeriod(at('2026-11-27T20:00:00Z'), 'hour', 'Asia/Kathmandu').key).toBe('2026-11-28T01');
  });

  it('finds the previous period and rejects unknown zones', () => {
    const jan = previousCalendarPeriod(
      calendarPeriod(at('2026-02-10T00:00:00Z'), 'month', 'UTC'),
      'month',
      'UTC',
    );
    expect([jan.key, utc(jan.startMs), utc(jan.endMs)]).toEqual([
      '2026-01',
      '2026-01-01T00:00:00.000Z',
      '2026-02-01T00:00:00.000Z',
    ]);
    expect(isValidTimeZone('Europe/Paris')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus_Mons')).toBe(false);
  });
});
