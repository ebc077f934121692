/**
 * Issue 12's findings on the board's advice, one test each, on the same
 * shared functions every screen uses. (The honesty and script findings are
 * in tests/unit/scripts/.)
 */
import { describe, expect, it } from 'vitest';
import { computeBoard, latestCall, recommendations } from '@shared/board';
import { callsNewestFirst, logCall } from '@shared/scripts/call-log';
import type { Plan } from '@shared/plan';
import { call, criteria, NO_SIGNALS, offer, plan, role } from './fixtures';

const board = (p: Plan, now: string) => computeBoard(p, { now: new Date(now), locale: 'en-US' });
const ids = (p: Plan, now: string) => recommendations({ plan: p, now: new Date(now) }).map((r) => r.id);
const on = (d: string | null) => ({ stated: '', expectedDecisionOn: d, history: [] });

describe('issue 12: advice you can trust', () => {
  it('1/10. a passed deadline: the board says the offer has lapsed and how to record more time', () => {
    const b = board(plan({ offers: [offer({ deadline: '2026-10-19T17:00:00-04:00' })], dreamRoles: [role()] }), '2026-10-20T15:00:00Z');
    expect(b.offerHeld.ok).toBe(false);
    expect(b.deadline.label).toBe('Offer lapsed: deadline passed yesterday');
    const rec = b.recommendations[0];
    expect(rec).toMatchObject({ id: 'deadline-passed', title: 'Plan B has lapsed: its deadline has passed' });
    expect(rec?.reason).toMatch(/change the deadline on the Plan B offer to the new date/);
    expect(b.roles[0]?.nextStep).toMatch(/check-in call/);
  });

  it('5. Friday 16:00 with a Monday 17:00 deadline: one business day is urgent, and the call is today', () => {
    // Fri Nov 27, 2026, 16:00 New York; the deadline Mon Nov 30, 17:00.
    const p = plan({ offers: [offer({ deadline: '2026-11-30T17:00:00-05:00' })], dreamRoles: [role({ company: 'Final', stage: 'final-round' })] });
    const b = board(p, '2026-11-27T21:00:00Z');
    expect(b.deadline).toMatchObject({ urgency: 'urgent', calendarDaysLeft: 3, businessDaysLeft: 1, label: 'Urgent: 3 days left, 1 business day' });
    expect(b.roles[0]?.callBy).toMatchObject({ state: 'late', label: 'Call today (late)' });
    expect(ids(p, '2026-11-27T21:00:00Z')).toContain('call-today');
  });

  it('6. a green light closes the role but keeps its next step: accept Plan B with clarity, or what is left', () => {
    const green = role({ company: 'Green', stage: 'closed', callLog: [call('green-light', '2026-11-25T15:00:00Z')] });
    const alone = board(plan({ offers: [offer()], dreamRoles: [green] }), '2026-11-26T15:00:00Z');
    expect(alone.roles[0]?.nextStep).toBe('Accept Plan B with clarity, without lingering what-ifs, and thank them.');
    expect(alone.recommendations.find((r) => r.id === `after-call:${green.id}`)?.title).toBe('Green gave the green light');
    const withOther = board(plan({ offers: [offer()], dreamRoles: [green, role({ company: 'Open' })] }), '2026-11-26T15:00:00Z');
    expect(withOther.roles.find((r) => r.name === 'Green')?.nextStep).toMatch(/^Thank them and close this role\. 1 dream role is still open/);
  });

  it('7. one "latest call": calls logged in the same minute are ordered by entry, for the board and the log alike', () => {
    const r = role({ company: 'Same minute' });
    let p = plan({ offers: [offer()], dreamRoles: [r] });
    const at = '2026-11-25T15:00:00Z';
    p = logCall(p, r.id, { at, outcome: 'non-answer', timingSaid: '', nextStep: '', followUpOn: null, ...NO_SIGNALS });
    p = logCall(p, r.id, { at, outcome: 'immediate-offer', timingSaid: '', nextStep: '', followUpOn: null, ...NO_SIGNALS });
    const logged = p.dreamRoles[0] as (typeof p.dreamRoles)[number];
    expect(latestCall(logged)?.outcome).toBe('immediate-offer');
    expect(callsNewestFirst(logged)[0]?.outcome).toBe('immediate-offer');
    // The stage rule follows the same latest call, so stage and board agree.
    expect(logged.stage).toBe('offer');
    expect(board(p, '2026-11-26T15:00:00Z').roles[0]?.outcomeLabel).toBe('Immediate offer');
  });

  it('8. with no offer: no Plan B advice, the card says to make a check-in call, and the call reason names the recorded date', () => {
    const p = plan({ dreamRoles: [role({ company: 'Lumen', walkAwayAnswer: 'undecided', timeline: on('2026-12-04') })] });
    const b = board(p, '2026-11-26T15:00:00Z');
    const text = b.recommendations.map((r) => `${r.title} ${r.reason}`).join(' ');
    expect(text).not.toMatch(/walk away and accept Plan B|live with Plan B/);
    expect(b.recommendations.map((r) => r.id)).not.toContain('walk-away-undecided');
    expect(b.roles[0]?.nextStep).toMatch(/check-in|check in/);
    expect(b.roles[0]?.nextStep).not.toMatch(/no offer is recorded/i);
    expect(b.roles[0]?.callReason).toMatch(/they expect to decide by Fri, Dec 4, 2026/);
    expect(b.roles[0]?.callReason).not.toMatch(/unknown/);
  });

  it('14. the walk-away answer "accept Plan B" is respected: no "ask Plan B for more days" for that role', () => {
    const accept = role({ company: 'Accepter', walkAwayAnswer: 'accept-plan-b', timeline: on('2026-12-04') });
    expect(ids(plan({ offers: [offer()], dreamRoles: [accept] }), '2026-11-26T15:00:00Z')).not.toContain('ask-extension');
    const ask = { ...accept, walkAwayAnswer: 'ask-extension' as const };
    expect(ids(plan({ offers: [offer()], dreamRoles: [ask] }), '2026-11-26T15:00:00Z')).toContain('ask-extension');
  });

  it('15. the top choice is called first, and an employer whose date has passed is "overdue: follow up", not last', () => {
    const p = plan({
      offers: [offer()],
      dreamRoles: [
        ...[2, 3, 4, 5].map((i) => role({ company: `Late ${i}`, priority: i, stage: 'applied', timeline: on('2026-12-29') })),
        role({ company: 'Overdue', priority: 6, timeline: on('2026-11-20') }),
        role({ company: 'Top', priority: 1, stage: 'final-round', timeline: on('2026-11-30') }),
      ],
    });
    const b = board(p, '2026-11-26T15:00:00Z');
    expect(b.roles.map((r) => r.name).slice(0, 2)).toEqual(['Top', 'Overdue']);
    expect(b.roles[1]).toMatchObject({ overdue: true, callReason: expect.stringMatching(/overdue: follow up/) });
    expect(b.recommendations.map((r) => r.id)).toContain('overdue');
  });

  it('16. words: "1 day", "due tomorrow", no "0 days"; all weights 0 says so instead of "not scored"', () => {
    const tomorrow = board(plan({ offers: [offer({ deadline: '2026-11-27T17:00:00-05:00' })] }), '2026-11-26T15:00:00Z');
    expect(tomorrow.deadline.label).toBe('Urgent: due tomorrow');
    expect(tomorrow.deadline.detail).toMatch(/tomorrow \(1 business day\)/);
    const late = board(plan({ offers: [offer()], dreamRoles: [role({ timeline: on('2026-12-03') })] }), '2026-11-26T15:00:00Z');
    expect(late.roles[0]?.fit.reason).toMatch(/^Their decision lands 1 day \(1 business day\) after your deadline/);
    const zero = board(plan({ criteria: criteria([0, 0]), offers: [offer()], dreamRoles: [role()] }), '2026-11-26T15:00:00Z');
    expect(zero.roles[0]?.scoreDifference.reason).toBe('Every criterion has weight 0: give at least one a weight.');
  });
});
