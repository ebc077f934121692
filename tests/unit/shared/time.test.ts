import { describe, expect, it } from 'vitest';
import { isoDateAfter, zonedIso, zoneOffsetMinutes } from '@shared/time';

describe('zonedIso', () => {
  it('uses the winter offset in New York', () => {
    expect(zonedIso('2026-12-02', '17:00', 'America/New_York')).toBe('2026-12-02T17:00:00-05:00');
  });
  it('uses the summer offset in New York', () => {
    expect(zonedIso('2026-07-02', '17:00', 'America/New_York')).toBe('2026-07-02T17:00:00-04:00');
  });
  it('handles the day daylight saving ends in Berlin', () => {
    // 2026-10-25: clocks go back at 03:00 CEST; 17:00 that day is CET (+01:00).
    expect(zonedIso('2026-10-25', '17:00', 'Europe/Berlin')).toBe('2026-10-25T17:00:00+01:00');
  });
  it('handles half-hour zones and UTC', () => {
    expect(zonedIso('2026-12-02', '09:30', 'Asia/Kolkata')).toBe('2026-12-02T09:30:00+05:30');
    expect(zonedIso('2026-12-02', '09:30', 'UTC')).toBe('2026-12-02T09:30:00+00:00');
  });
  it('round-trips to the same wall-clock instant', () => {
    const iso = zonedIso('2026-03-29', '12:00', 'Europe/London');
    expect(new Date(iso).toISOString()).toBe('2026-03-29T11:00:00.000Z');
  });
});

describe('zoneOffsetMinutes and isoDateAfter', () => {
  it('reads offsets east and west of UTC', () => {
    expect(zoneOffsetMinutes(new Date('2026-01-15T12:00:00Z'), 'Asia/Tokyo')).toBe(540);
    expect(zoneOffsetMinutes(new Date('2026-01-15T12:00:00Z'), 'America/Los_Angeles')).toBe(-480);
  });
  it('counts days across a month end', () => {
    expect(isoDateAfter(new Date('2026-11-28T10:00:00Z'), 6)).toBe('2026-12-04');
    expect(isoDateAfter(new Date('2026-11-28T10:00:00Z'), -30)).toBe('2026-10-29');
  });
});
