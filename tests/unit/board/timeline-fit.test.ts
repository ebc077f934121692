import { describe, expect, it } from 'vitest';
import { deadlineStatus, timelineFit } from '@shared/board';
import { call, role } from './fixtures';

const now = new Date('2026-11-26T15:00:00Z');
const deadline = deadlineStatus({ deadline: '2026-12-02T17:00:00-05:00', deadlineTimeZone: 'America/New_York' }, now);
const on = (expectedDecisionOn: string | null) => role({ timeline: { stated: '', expectedDecisionOn, history: [] } });

describe('timelineFit', () => {
  it('fits when their decision lands before the deadline date', () => {
    expect(timelineFit(on('2026-11-30'), deadline)).toMatchObject({ kind: 'fits', daysToSpare: 2, overdue: false, reason: 'Their decision is expected 2 days before your deadline.' });
  });

  it('fits with no room to spare on the deadline day', () => {
    expect(timelineFit(on('2026-12-02'), deadline)).toMatchObject({ kind: 'fits', daysToSpare: 0, reason: expect.stringMatching(/no room to spare/) });
  });

  it('flags an expected date already past as overdue', () => {
    expect(timelineFit(on('2026-11-20'), deadline)).toMatchObject({ kind: 'fits', overdue: true, reason: expect.stringMatching(/check in/) });
  });

  it('needs acceleration when it lands later, in days and business days', () => {
    // Deadline Wed Dec 2; Mon Dec 7 is 5 days and 3 business days later.
    expect(timelineFit(on('2026-12-07'), deadline)).toMatchObject({ kind: 'needs-acceleration', daysLate: 5, businessDaysLate: 3, reason: 'Their decision lands 5 days (3 business days) after your deadline, so they need to move faster.' });
    expect(timelineFit(on('2026-12-03'), deadline)).toMatchObject({ kind: 'needs-acceleration', daysLate: 1, businessDaysLate: 1 });
  });

  it('compares with the deadline date in the deadline zone', () => {
    const late = deadlineStatus({ deadline: '2026-12-02T23:30:00-05:00', deadlineTimeZone: 'America/New_York' }, now);
    expect(timelineFit(on('2026-12-03'), late)).toMatchObject({ kind: 'needs-acceleration', daysLate: 1 });
    const utc = deadlineStatus({ deadline: '2026-12-02T23:30:00-05:00', deadlineTimeZone: 'UTC' }, now);
    expect(timelineFit(on('2026-12-03'), utc).kind).toBe('fits');
  });

  it('is unknown with a reason without a date, with a bad date, without a deadline, or after it', () => {
    expect(timelineFit(on(null), deadline)).toMatchObject({ kind: 'unknown', reason: expect.stringMatching(/ask them/) });
    expect(timelineFit(on('2026-02-31'), deadline)).toMatchObject({ kind: 'unknown', reason: expect.stringMatching(/not a valid date/) });
    expect(timelineFit(on('2026-11-30'), deadlineStatus(undefined, now))).toMatchObject({ kind: 'unknown', reason: expect.stringMatching(/no Plan B deadline/) });
    const passed = deadlineStatus({ deadline: '2026-11-20T17:00:00-05:00', deadlineTimeZone: 'America/New_York' }, now);
    expect(timelineFit(on('2026-11-30'), passed)).toMatchObject({ kind: 'unknown', reason: expect.stringMatching(/has passed/) });
  });

  it('handles closed roles, green lights, offers and immediate offers', () => {
    expect(timelineFit(role({ stage: 'closed', timeline: { stated: '', expectedDecisionOn: '2026-12-20', history: [] } }), deadline).kind).toBe('closed');
    expect(timelineFit(role({ callLog: [call('green-light', '2026-11-25T15:00:00Z')] }), deadline)).toMatchObject({ kind: 'closed', reason: expect.stringMatching(/green light/) });
    expect(timelineFit(role({ stage: 'offer', timeline: { stated: '', expectedDecisionOn: '2026-12-20', history: [] } }), deadline)).toMatchObject({ kind: 'fits', reason: expect.stringMatching(/already made you an offer/) });
    expect(timelineFit(role({ callLog: [call('immediate-offer', '2026-11-25T15:00:00Z')] }), deadline).kind).toBe('fits');
  });

  it('reads the latest call, not the first', () => {
    const r = role({ timeline: { stated: '', expectedDecisionOn: '2026-12-10', history: [] }, callLog: [call('green-light', '2026-11-25T15:00:00Z'), call('non-answer', '2026-11-20T15:00:00Z')] });
    expect(timelineFit(r, deadline).kind).toBe('closed');
    const r2 = role({ timeline: { stated: '', expectedDecisionOn: '2026-12-10', history: [] }, callLog: [call('green-light', '2026-11-20T15:00:00Z'), call('non-answer', '2026-11-25T15:00:00Z')] });
    expect(timelineFit(r2, deadline).kind).toBe('needs-acceleration');
  });
});
