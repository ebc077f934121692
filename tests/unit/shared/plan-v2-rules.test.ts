import { describe, expect, it } from 'vitest';
import { Plan, type Offer } from '@shared/plan';
import { samplePlan } from '@shared/sample-plan';

const NOW = new Date('2026-11-26T15:00:00Z');
const uuid = () => globalThis.crypto.randomUUID();
const messages = (plan: unknown) => Plan.safeParse(plan).error?.issues.map((i) => i.message) ?? [];

function withOffer(change: (o: Offer) => Offer) {
  const plan = samplePlan(NOW);
  return { ...plan, offers: plan.offers.map(change) };
}

describe('Plan schema 2: the negotiation as it unfolds', () => {
  it('refuses two accepted offers', () => {
    const plan = samplePlan(NOW);
    const first = { ...plan.offers[0]!, response: 'accepted' as const, respondedOn: '2026-11-26' };
    const second = { ...first, id: uuid(), isPlanB: false };
    expect(messages({ ...plan, offers: [first, second] })).toContain('Only one offer can be accepted. Decline the others, or undo the second acceptance.');
    expect(messages({ ...plan, offers: [first, { ...second, response: 'declined' }] })).toEqual([]);
  });

  it('refuses an extension granted to a date not after the original deadline, and one granted with no date', () => {
    const ext = { id: uuid(), askedOn: '2026-11-26', answer: 'granted' as const, note: '' };
    const early = withOffer((o) => ({ ...o, extensions: [{ ...ext, newDeadline: o.deadline }] }));
    expect(messages(early)).toContain('The new deadline must be later than the original deadline.');
    const none = withOffer((o) => ({ ...o, extensions: [{ ...ext, newDeadline: null }] }));
    expect(messages(none)).toContain('A granted extension needs the new deadline they gave.');
    const later = withOffer((o) => ({ ...o, extensions: [{ ...ext, newDeadline: new Date(Date.parse(o.deadline!) + 86_400_000).toISOString() }] }));
    expect(messages(later)).toEqual([]);
  });

  it('refuses a new expected decision date before the call', () => {
    const plan = samplePlan(NOW);
    const call = { id: uuid(), at: '2026-11-26T15:00:00Z', outcome: 'non-answer' as const, timingSaid: '', notes: '', nextStep: '', followUpOn: null, spokeWith: 'Priya', interest: 4, urgency: 2 };
    const bad = { ...plan, dreamRoles: plan.dreamRoles.map((r, i) => (i === 0 ? { ...r, callLog: [{ ...call, newExpectedDecisionOn: '2026-11-24' }] } : r)) };
    expect(messages(bad)).toContain('The new expected decision date is before the call. Check the date they gave.');
    const ok = { ...plan, dreamRoles: plan.dreamRoles.map((r, i) => (i === 0 ? { ...r, callLog: [{ ...call, newExpectedDecisionOn: '2026-11-26' }] } : r)) };
    expect(messages(ok)).toEqual([]);
  });

  it('reports an unreadable call time as a field problem instead of throwing while checking the dates', () => {
    const plan = samplePlan(NOW);
    const call = { id: uuid(), at: 'not a time', outcome: 'non-answer' as const, timingSaid: '', nextStep: '', followUpOn: null, spokeWith: '', interest: null, urgency: null, newExpectedDecisionOn: '2026-11-24' };
    const bad = { ...plan, dreamRoles: plan.dreamRoles.map((r, i) => (i === 0 ? { ...r, callLog: [call] } : r)) };
    const result = Plan.safeParse(bad);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toContain('dreamRoles.0.callLog.0.at');
  });

  it('refuses signals outside 1–5 and answered offers without the day', () => {
    const plan = samplePlan(NOW);
    const call = { id: uuid(), at: '2026-11-26T15:00:00Z', outcome: 'non-answer' as const, timingSaid: '', nextStep: '', followUpOn: null, spokeWith: '', interest: 6, urgency: null, newExpectedDecisionOn: null };
    expect(Plan.safeParse({ ...plan, dreamRoles: [{ ...plan.dreamRoles[0]!, callLog: [call] }] }).success).toBe(false);
    expect(messages(withOffer((o) => ({ ...o, response: 'accepted' })))).toContain('An accepted or declined offer needs the day you answered; an open one has none.');
  });

  it('refuses links to an offer or a dream role that is not in the plan', () => {
    const plan = samplePlan(NOW);
    const broken = { ...plan, offers: plan.offers.map((o) => ({ ...o, fromDreamRoleId: uuid() })), dreamRoles: plan.dreamRoles.map((r) => ({ ...r, offerId: uuid() })) };
    expect(messages(broken)).toEqual(expect.arrayContaining([
      'This offer names a dream role that is not in the plan.',
      'This dream role links to an offer that is not in the plan.',
    ]));
  });
});
