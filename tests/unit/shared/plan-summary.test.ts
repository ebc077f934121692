import { describe, expect, it } from 'vitest';
import { summarizePlan } from '@shared/plan-summary';
import { samplePlan } from '@shared/sample-plan';

const NOW = new Date('2026-11-26T15:00:00Z');

describe('summarizePlan', () => {
  it('names Plan B, its deadline and the number of dream roles', () => {
    const plan = samplePlan(NOW);
    expect(summarizePlan(plan, NOW)).toMatchObject({
      id: plan.id,
      planBCompany: 'Northwind Logistics',
      planBDeadline: '2026-12-02T17:00:00-05:00',
      dreamRoleCount: 3,
      followUpsDue: [],
    });
  });

  it('lists follow-ups due today or overdue from each role’s latest call, most overdue first', () => {
    const plan = samplePlan(NOW);
    const call = (followUpOn: string) => ({
      id: globalThis.crypto.randomUUID(),
      at: '2026-11-20T10:00:00Z',
      outcome: 'non-answer' as const,
      timingSaid: '',
      notes: '',
      nextStep: 'Ask again',
      followUpOn,
      spokeWith: '',
      interest: null,
      urgency: null,
      newExpectedDecisionOn: null,
    });
    const [lumen, harbor, tessellate] = plan.dreamRoles;
    plan.dreamRoles = [
      { ...lumen!, callLog: [call('2026-11-26')] },
      { ...harbor!, callLog: [call('2026-11-23')] },
      { ...tessellate!, callLog: [call('2026-11-30')] },
    ];
    const due = summarizePlan(plan, NOW).followUpsDue;
    expect(due.map((d) => [d.company, d.daysOverdue])).toEqual([
      ['Harbor Climate', 3],
      ['Lumen Health', 0],
    ]);
  });
});
