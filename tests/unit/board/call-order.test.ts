import { describe, expect, it } from 'vitest';
import { callOrder, deadlineStatus, noCallReason } from '@shared/board';
import { call, role } from './fixtures';

const now = new Date('2026-11-26T15:00:00Z');
const deadline = deadlineStatus({ deadline: '2026-12-02T17:00:00-05:00', deadlineTimeZone: 'America/New_York' }, now);
const on = (d: string | null) => ({ stated: '', expectedDecisionOn: d, history: [] });
const order = (roles: ReturnType<typeof role>[]) => callOrder(roles, deadline).entries.map((e) => roles.find((r) => r.id === e.roleId)?.company);

describe('callOrder', () => {
  it('follows your priority: a late role never jumps your top choice; long shots go last (issue 12, finding 15)', () => {
    const roles = [
      role({ company: 'Top', priority: 1, stage: 'final-round', timeline: on('2026-11-30') }),
      role({ company: 'Late', priority: 5, timeline: on('2026-12-06') }),
      role({ company: 'Long shot', priority: 2, stage: 'applied', timeline: on('2026-12-29') }),
      role({ company: 'Overdue', priority: 3, timeline: on('2026-11-20') }),
    ];
    expect(order(roles)).toEqual(['Top', 'Overdue', 'Late', 'Long shot']);
    const entries = callOrder(roles, deadline).entries;
    expect(entries.map((e) => [e.longShot, e.overdue])).toEqual([[false, false], [false, true], [false, false], [true, false]]);
    expect(entries[2]?.explanation).toBe('Call third: their decision lands 4 days after your deadline, so ask them to move (priority 5, interviewing; call by Fri, Nov 27, 2026).');
    expect(entries[3]?.explanation).toMatch(/^Call fourth: a long shot: their decision lands 27 days after your deadline/);
  });

  it('then by priority, then the earlier call-by date (earlier stages need more time), then earlier decision, then company name', () => {
    const roles = [
      role({ company: 'P2', priority: 2, stage: 'final-round', timeline: on('2026-11-28') }),
      role({ company: 'P1 early stage', priority: 1, stage: 'screening', timeline: on('2026-11-28') }),
      role({ company: 'P1 late stage', priority: 1, stage: 'awaiting-decision', timeline: on('2026-11-30') }),
      role({ company: 'P1 final, later date', priority: 1, stage: 'final-round', timeline: on('2026-12-01') }),
      role({ company: 'P1 final, earlier date', priority: 1, stage: 'final-round', timeline: on('2026-11-29') }),
      role({ company: 'b same', priority: 1, stage: 'final-round', timeline: on(null) }),
      role({ company: 'A same', priority: 1, stage: 'final-round', timeline: on(null) }),
    ];
    expect(order(roles)).toEqual(['P1 early stage', 'P1 final, earlier date', 'P1 final, later date', 'A same', 'b same', 'P1 late stage', 'P2']);
  });

  it('explains every place in words', () => {
    const roles = [
      role({ company: 'Unknown', priority: 1, timeline: on(null) }),
      role({ company: 'Spare', priority: 2, timeline: on('2026-11-30') }),
      role({ company: 'Same day', priority: 3, timeline: on('2026-12-02') }),
      role({ company: 'Overdue', priority: 4, timeline: on('2026-11-01') }),
      role({ company: 'Followed', priority: 5, timeline: on(null), callLog: [call('non-answer', '2026-11-25T15:00:00Z')] }),
    ];
    const ex = callOrder(roles, deadline).entries.map((e) => e.explanation);
    const by = 'call by Fri, Nov 27, 2026';
    expect(ex).toEqual([
      `Call first: their timeline is unknown, so ask when they will decide (priority 1, interviewing; ${by}).`,
      `Call second: their decision should land 2 days before your deadline, so the call confirms it (priority 2, interviewing; ${by}).`,
      `Call third: their decision is due on your deadline day, so confirm it (priority 3, interviewing; ${by}).`,
      `Call fourth: overdue: follow up, their decision date (Sun, Nov 1, 2026) has passed with no answer (priority 4, interviewing; ${by}).`,
      `Call fifth: their timeline is unknown, so ask when they will decide (priority 5, interviewing; ${by}); their last answer was a non-answer, so ask once for a date.`,
    ]);
  });

  it('leaves out closed roles, green lights and offers, saying why', () => {
    const roles = [
      role({ company: 'Closed', stage: 'closed' }),
      role({ company: 'Green', callLog: [call('green-light', '2026-11-25T15:00:00Z')] }),
      role({ company: 'Offered', callLog: [call('immediate-offer', '2026-11-25T15:00:00Z')] }),
      role({ company: 'Offer stage', stage: 'offer' }),
      role({ company: 'Open' }),
    ];
    const res = callOrder(roles, deadline);
    expect(res.entries.map((e) => e.roleId)).toEqual([roles[4]?.id]);
    expect(res.excluded.map((e) => e.reason)).toEqual([
      'This role is closed.',
      'They gave you the green light to accept the offer you hold.',
      'They made you an offer on the call: compare it with Plan B.',
      'They have already made you an offer: compare it with Plan B.',
    ]);
    expect(noCallReason(roles[4] as ReturnType<typeof role>)).toBeNull();
  });

  it('is deterministic for full ties (input order) and empty for no roles', () => {
    const roles = [role({ company: 'Same' }), role({ company: 'Same' })];
    expect(callOrder(roles, deadline).entries.map((e) => e.roleId)).toEqual(roles.map((r) => r.id));
    expect(callOrder([], deadline)).toEqual({ entries: [], excluded: [] });
  });

  it('without a deadline, no role needs acceleration and priority leads', () => {
    const none = deadlineStatus(undefined, now);
    const roles = [role({ company: 'Late', priority: 2, timeline: on('2027-01-01') }), role({ company: 'Top', priority: 1 })];
    expect(callOrder(roles, none).entries.map((e) => e.fit.kind)).toEqual(['unknown', 'unknown']);
    expect(order(roles)).toEqual(['Top', 'Late']);
    expect(callOrder(roles, none).entries[0]?.roleId).toBe(roles[1]?.id);
    // With no deadline but a date recorded, the reason names the date instead of "unknown" (issue 12, finding 8).
    expect(callOrder(roles, none).entries[1]?.explanation).toMatch(/they expect to decide by Fri, Jan 1, 2027, so ask whether that still holds/);
  });
});
