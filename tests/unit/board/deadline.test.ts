import { describe, expect, it } from 'vitest';
import { deadlineStatus } from '@shared/board';

const at = (deadline: string | null, deadlineTimeZone = 'America/New_York') => ({ deadline, deadlineTimeZone });
const status = (deadline: string | null, now: string, zone?: string) => deadlineStatus(at(deadline, zone), new Date(now));

describe('deadlineStatus basics', () => {
  it('counts the sample deadline: 6 calendar days, 4 business days, soon', () => {
    const s = status('2026-12-02T17:00:00-05:00', '2026-11-26T15:00:00Z');
    expect(s).toMatchObject({ state: 'upcoming', urgency: 'soon', calendarDaysLeft: 6, businessDaysLeft: 4, deadlineDate: '2026-12-02', todayDate: '2026-11-26', timeZone: 'America/New_York', timeZoneFellBack: false });
    expect(s.msLeft).toBe(Date.parse('2026-12-02T22:00:00Z') - Date.parse('2026-11-26T15:00:00Z'));
    expect(s.label).toBe('Soon: 6 days left, 4 business days');
    expect(s.detail).toMatch(/Dec 2.*5:00.PM EST: 6 days from today \(4 business days\)/);
  });

  it('is calm beyond a working week and urgent within two business days, in words', () => {
    expect(status('2026-12-10T17:00:00-05:00', '2026-11-26T15:00:00Z')).toMatchObject({ urgency: 'calm', label: 'Calm: 14 days left, 10 business days' });
    expect(status('2026-11-28T17:00:00-05:00', '2026-11-26T15:00:00Z')).toMatchObject({ urgency: 'urgent', label: 'Urgent: 2 days left, 1 business day' });
    expect(status('2026-11-27T17:00:00-05:00', '2026-11-26T15:00:00Z')).toMatchObject({ urgency: 'urgent', label: 'Urgent: due tomorrow', calendarDaysLeft: 1 });
    expect(status('2026-12-03T17:00:00-05:00', '2026-11-26T15:00:00Z').urgency).toBe('soon');
  });

  it('is "today" on the deadline day, with hours left', () => {
    const s = status('2026-11-26T17:00:00-05:00', '2026-11-26T15:00:00Z');
    expect(s).toMatchObject({ state: 'today', urgency: 'urgent', calendarDaysLeft: 0, businessDaysLeft: 0, label: 'Urgent: due today, 7 hours left' });
    expect(status('2026-11-26T17:00:00-05:00', '2026-11-26T21:59:30Z').label).toBe('Urgent: due today, 1 minute left');
  });

  it('is passed at and after the deadline instant', () => {
    expect(status('2026-11-26T10:00:00-05:00', '2026-11-26T15:00:00Z')).toMatchObject({ state: 'passed', urgency: 'passed', label: 'Offer lapsed: deadline passed earlier today', calendarDaysLeft: 0 });
    expect(status('2026-11-26T10:00:00-05:00', '2026-11-26T15:00:00.000Z').msLeft).toBe(0);
    expect(status('2026-11-25T17:00:00-05:00', '2026-11-26T15:00:00Z').label).toBe('Offer lapsed: deadline passed yesterday');
    const s = status('2026-11-20T17:00:00-05:00', '2026-11-26T15:00:00Z');
    expect(s).toMatchObject({ state: 'passed', calendarDaysLeft: -6, businessDaysLeft: -4, label: 'Offer lapsed: deadline passed 6 days ago' });
  });

  it('is none with a reason without an offer, a deadline, or with a broken one', () => {
    const now = new Date('2026-11-26T15:00:00Z');
    expect(deadlineStatus(undefined, now)).toMatchObject({ state: 'none', urgency: 'none', label: 'No deadline', msLeft: null, calendarDaysLeft: null, detail: expect.stringMatching(/no Plan B/) });
    expect(deadlineStatus(at(null), now).detail).toMatch(/no decision deadline/);
    expect(deadlineStatus(at('garbage'), now).detail).toMatch(/not a valid date/);
  });
});

describe('deadlineStatus time zones', () => {
  it('with an empty or unknown zone, uses the offset the deadline was saved with (else UTC), and says so (issue 12, finding 11)', () => {
    const s = status('2026-12-02T23:30:00Z', '2026-11-26T15:00:00Z', '');
    expect(s).toMatchObject({ timeZone: 'UTC', timeZoneFellBack: true, deadlineDate: '2026-12-02', calendarDaysLeft: 6 });
    expect(s.detail).toMatch(/zone unknown/);
    expect(status('2026-12-02T23:30:00Z', '2026-11-26T15:00:00Z', 'Nowhere/Land').timeZone).toBe('UTC');
    // Saved at -08:00 with no zone: counted on that offset's calendar, where 23:30 is still Dec 2.
    const pacific = status('2026-12-02T23:30:00-08:00', '2026-11-26T15:00:00Z', '');
    expect(pacific).toMatchObject({ timeZone: 'Etc/GMT+8', timeZoneFellBack: true, deadlineDate: '2026-12-02' });
    // A half-hour offset has no Etc zone: UTC.
    expect(status('2026-12-02T23:30:00+05:30', '2026-11-26T15:00:00Z', '').timeZone).toBe('UTC');
  });

  it('counts days on the deadline zone calendar, not UTC', () => {
    // 23:30 in New York on Dec 2 is already Dec 3 in UTC.
    const ny = status('2026-12-02T23:30:00-05:00', '2026-11-26T15:00:00Z');
    expect(ny.deadlineDate).toBe('2026-12-02');
    expect(ny.calendarDaysLeft).toBe(6);
    const utc = status('2026-12-02T23:30:00-05:00', '2026-11-26T15:00:00Z', 'UTC');
    expect(utc.deadlineDate).toBe('2026-12-03');
    expect(utc.calendarDaysLeft).toBe(7);
  });

  it('New York, November: the 25-hour day is still one day', () => {
    // DST ends Sun 2026-11-01 at 02:00. From 00:30 EDT to 23:30 EST is a full 24 hours, yet the same day.
    const s = status('2026-11-01T23:30:00-05:00', '2026-11-01T00:30:00-04:00');
    expect(s.msLeft).toBe(24 * 3_600_000);
    expect(s).toMatchObject({ state: 'today', calendarDaysLeft: 0, label: 'Urgent: due today, 24 hours left' });
    const sat = status('2026-11-02T09:00:00-05:00', '2026-10-31T23:30:00-04:00');
    expect(sat).toMatchObject({ calendarDaysLeft: 2, businessDaysLeft: 1, deadlineDate: '2026-11-02', todayDate: '2026-10-31' });
  });

  it('New York, March: the 23-hour day is still one day', () => {
    // DST starts Sun 2026-03-08. Sat 23:30 EST to Mon 00:30 EDT is 24 hours but two calendar days.
    const s = status('2026-03-09T00:30:00-04:00', '2026-03-07T23:30:00-05:00');
    expect(s.msLeft).toBe(24 * 3_600_000);
    expect(s).toMatchObject({ state: 'upcoming', calendarDaysLeft: 2, businessDaysLeft: 1, urgency: 'urgent' });
    expect(s.detail).toMatch(/EDT/);
  });

  it('Berlin, end of summer time', () => {
    const s = status('2026-10-25T23:30:00+01:00', '2026-10-24T23:30:00+02:00', 'Europe/Berlin');
    expect(s.msLeft).toBe(25 * 3_600_000);
    expect(s).toMatchObject({ calendarDaysLeft: 1, businessDaysLeft: 0, todayDate: '2026-10-24', deadlineDate: '2026-10-25' });
    expect(status('2026-03-30T09:00:00+02:00', '2026-03-28T09:00:00+01:00', 'Europe/Berlin')).toMatchObject({ calendarDaysLeft: 2, businessDaysLeft: 1 });
  });

  it('Kolkata: a half-hour zone where today already started', () => {
    // 19:00 UTC on Nov 26 is 00:30 on Nov 27 in Kolkata.
    const s = status('2026-11-27T17:00:00+05:30', '2026-11-26T19:00:00Z', 'Asia/Kolkata');
    expect(s).toMatchObject({ state: 'today', todayDate: '2026-11-27', calendarDaysLeft: 0 });
    expect(s.detail).toMatch(/GMT\+5:30|IST/);
  });

  it('weekends: Friday to Monday is 3 days but 1 business day; from Saturday too', () => {
    expect(status('2026-11-30T12:00:00-05:00', '2026-11-27T15:00:00Z')).toMatchObject({ calendarDaysLeft: 3, businessDaysLeft: 1 });
    expect(status('2026-11-30T12:00:00-05:00', '2026-11-28T15:00:00Z')).toMatchObject({ calendarDaysLeft: 2, businessDaysLeft: 1 });
    expect(status('2026-11-29T12:00:00-05:00', '2026-11-27T15:00:00Z')).toMatchObject({ calendarDaysLeft: 2, businessDaysLeft: 0 });
  });

  it('formats the deadline in the given locale', () => {
    const s = deadlineStatus(at('2026-12-02T17:00:00-05:00'), new Date('2026-11-26T15:00:00Z'), 'de-DE');
    expect(s.deadlineDisplay).toMatch(/Mi\.?, 2\. Dez\.?, 17:00/);
  });
});
