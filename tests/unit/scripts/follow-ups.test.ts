import { describe, expect, it } from 'vitest';
import type { Plan } from '@shared/plan';
import { samplePlan } from '@shared/sample-plan';
import { correctCall, latestOutcome, logCall } from '@shared/scripts/call-log';
import { dueFollowUps, localDate } from '@shared/scripts/follow-ups';

const NOW = new Date(2026, 2, 10, 12, 0); // local noon, 10 March 2026
const call = (at: string, followUpOn: string | null, outcome: 'non-answer' | 'green-light' | 'immediate-offer' = 'non-answer') => ({
  at,
  outcome,
  timingSaid: 'End of the month',
  notes: '',
  nextStep: 'Call again',
  followUpOn,
  spokeWith: '',
  interest: null,
  urgency: null,
  newExpectedDecisionOn: null,
});

describe('dueFollowUps', () => {
  it('lists today’s and overdue follow-ups of each role’s latest call, most overdue first', () => {
    let plan: Plan = samplePlan(NOW);
    const [lumen, harbor, tess] = plan.dreamRoles;
    plan = logCall(plan, lumen!.id, call('2026-03-05T10:00:00Z', '2026-03-10'));
    plan = logCall(plan, harbor!.id, call('2026-03-01T10:00:00Z', '2026-03-07'));
    plan = logCall(plan, tess!.id, call('2026-03-06T10:00:00Z', '2026-03-11'));
    const due = dueFollowUps(plan, NOW);
    expect(due.map((d) => [d.company, d.daysOverdue])).toEqual([
      ['Harbor Climate', 3],
      ['Lumen Health', 0],
    ]);
    expect(localDate(NOW)).toBe('2026-03-10');
  });

  it('ignores an earlier call’s follow-up once a later call is logged, and closed roles', () => {
    let plan: Plan = samplePlan(NOW);
    const [lumen, harbor] = plan.dreamRoles;
    plan = logCall(plan, lumen!.id, call('2026-03-01T10:00:00Z', '2026-03-03'));
    plan = logCall(plan, lumen!.id, call('2026-03-04T10:00:00Z', null));
    plan = logCall(plan, harbor!.id, call('2026-03-04T10:00:00Z', '2026-03-05', 'green-light'));
    expect(dueFollowUps(plan, NOW)).toEqual([]);
  });
});

describe('call log', () => {
  it('keeps several calls and moves the stage with the latest outcome; a correction follows', () => {
    let plan: Plan = samplePlan(NOW);
    const role = plan.dreamRoles[0]!;
    plan = logCall(plan, role.id, call('2026-03-04T10:00:00Z', null));
    expect(plan.dreamRoles[0]?.stage).toBe('final-round');
    plan = logCall(plan, role.id, call('2026-03-06T10:00:00Z', null, 'green-light'));
    expect(plan.dreamRoles[0]?.stage).toBe('closed');
    expect(plan.dreamRoles[0]?.callLog).toHaveLength(2);
    expect(latestOutcome(plan.dreamRoles[0]!)).toBe('green-light');

    const latest = plan.dreamRoles[0]!.callLog[1]!;
    plan = correctCall(plan, role.id, latest.id, { outcome: 'non-answer' });
    expect(latestOutcome(plan.dreamRoles[0]!)).toBe('non-answer');
    expect(plan.dreamRoles[0]?.stage).toBe('awaiting-decision');
  });

  it('does not move the stage when an older call is logged after a newer one', () => {
    let plan: Plan = samplePlan(NOW);
    const role = plan.dreamRoles[0]!;
    plan = logCall(plan, role.id, call('2026-03-06T10:00:00Z', null, 'non-answer'));
    plan = logCall(plan, role.id, call('2026-03-01T10:00:00Z', null, 'green-light'));
    expect(plan.dreamRoles[0]?.stage).toBe('final-round');
  });
});
