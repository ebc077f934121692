import { describe, expect, it } from 'vitest';
import { businessDaysBetween, calendarDateIn, dayNumber, isoDateOfDay, isValidTimeZone, parseInstant, resolveTimeZone, weekdayOfDay } from '@shared/board';

const d = (iso: string) => dayNumber(iso) as number;

describe('zoned dates', () => {
  it('knows valid and invalid zones and falls back to UTC', () => {
    expect(isValidTimeZone('Europe/Berlin')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus')).toBe(false);
    expect(isValidTimeZone('')).toBe(false);
    expect(resolveTimeZone('Mars/Olympus')).toEqual({ timeZone: 'UTC', fellBack: true });
    expect(resolveTimeZone(undefined)).toEqual({ timeZone: 'UTC', fellBack: true });
    expect(resolveTimeZone(' Asia/Kolkata ')).toEqual({ timeZone: 'Asia/Kolkata', fellBack: false });
  });

  it('reads the calendar date of an instant in a zone', () => {
    const instant = new Date('2026-11-27T02:30:00Z');
    expect(calendarDateIn(instant, 'UTC')).toBe('2026-11-27');
    expect(calendarDateIn(instant, 'America/New_York')).toBe('2026-11-26');
    expect(calendarDateIn(new Date('2026-11-26T19:00:00Z'), 'Asia/Kolkata')).toBe('2026-11-27');
  });

  it('parses real dates only', () => {
    expect(dayNumber('1970-01-02')).toBe(1);
    expect(dayNumber('2026-02-30')).toBeNull();
    expect(dayNumber('2026-2-3')).toBeNull();
    expect(dayNumber(null)).toBeNull();
    expect(isoDateOfDay(d('2028-02-29'))).toBe('2028-02-29');
    expect(parseInstant('not a date')).toBeNull();
    expect(parseInstant('')).toBeNull();
    expect(parseInstant('2026-12-02T17:00:00-05:00')?.toISOString()).toBe('2026-12-02T22:00:00.000Z');
  });

  it('knows the weekday', () => {
    expect(weekdayOfDay(d('2026-11-26'))).toBe(4); // Thursday
    expect(weekdayOfDay(d('2026-11-29'))).toBe(0); // Sunday
    expect(weekdayOfDay(d('1969-12-31'))).toBe(3); // before the epoch too
  });

  it('counts business days after the start up to and including the end', () => {
    expect(businessDaysBetween(d('2026-11-26'), d('2026-11-26'))).toBe(0);
    expect(businessDaysBetween(d('2026-11-26'), d('2026-11-27'))).toBe(1); // Thu → Fri
    expect(businessDaysBetween(d('2026-11-27'), d('2026-11-30'))).toBe(1); // Fri → Mon skips the weekend
    expect(businessDaysBetween(d('2026-11-28'), d('2026-11-29'))).toBe(0); // Sat → Sun
    expect(businessDaysBetween(d('2026-11-26'), d('2026-12-02'))).toBe(4);
    expect(businessDaysBetween(d('2026-11-02'), d('2026-11-30'))).toBe(20); // four whole weeks
    expect(businessDaysBetween(d('2026-12-02'), d('2026-11-26'))).toBe(-4);
  });

  it('agrees with a day-by-day count over many spans', () => {
    const start = d('2026-01-01');
    for (let from = start; from < start + 14; from++) {
      for (let to = from; to < from + 40; to++) {
        let slow = 0;
        for (let x = from + 1; x <= to; x++) if (weekdayOfDay(x) % 6 !== 0) slow++;
        expect(businessDaysBetween(from, to)).toBe(slow);
      }
    }
  });
});
