import { describe, expect, it } from 'vitest';
import { deadlineStatus } from '@shared/board/deadline';
import { currentDeadline, extendedFrom, pendingExtension } from '@shared/offers/current-deadline';
import { decision, firstToExpire, suggestPlanB } from '@shared/offers/decision';
import { heldOffer } from '@shared/offers/held-offer';
import { acceptOffer, answerExtension, askForMoreTime, declineOffer, recordRoleOffer, withdrawFromRole, type ActionResult } from '@shared/offers/offer-actions';
import { Plan } from '@shared/plan';
import { samplePlan } from '@shared/sample-plan';
import { placeholderContext } from '@shared/scripts/placeholders';

const NOW = new Date('2026-11-26T15:00:00Z');
const TODAY = '2026-11-26';
const uuid = () => globalThis.crypto.randomUUID();

function ok(result: ActionResult): Plan {
  if (!result.ok) throw new Error(`refused: ${result.message}`);
  // Every action leaves a plan the schema accepts.
  expect(Plan.safeParse(result.plan).error?.issues ?? []).toEqual([]);
  return result.plan;
}

const later = (iso: string, days: number) => new Date(Date.parse(iso) + days * 86_400_000).toISOString();

describe('extensions: the current deadline', () => {
  it('a granted extension moves the deadline everywhere; the original is kept and shown', () => {
    let plan = samplePlan(NOW);
    const offer = plan.offers[0]!;
    const extId = uuid();
    plan = ok(askForMoreTime(plan, offer.id, { id: extId, askedOn: TODAY, note: 'Asked the recruiter' }));
    expect(pendingExtension(plan.offers[0]!)?.id).toBe(extId);
    expect(currentDeadline(plan.offers[0]!)).toBe(offer.deadline);
    const newDeadline = later(offer.deadline!, 4);
    plan = ok(answerExtension(plan, offer.id, extId, 'granted', newDeadline));
    const extended = plan.offers[0]!;
    expect(currentDeadline(extended)).toBe(newDeadline);
    expect(extended.deadline).toBe(offer.deadline);
    expect(extendedFrom(extended)).toBe(offer.deadline);
    expect(pendingExtension(extended)).toBeNull();
    expect(deadlineStatus(extended, NOW).calendarDaysLeft).toBe(deadlineStatus(offer, NOW).calendarDaysLeft! + 4);
    expect(placeholderContext(plan, plan.dreamRoles[0], NOW).extended_from).not.toBe('');
  });

  it('refuses a grant to a date not after the original deadline, changing nothing', () => {
    let plan = samplePlan(NOW);
    const offer = plan.offers[0]!;
    const extId = uuid();
    plan = ok(askForMoreTime(plan, offer.id, { id: extId, askedOn: TODAY, note: '' }));
    const result = answerExtension(plan, offer.id, extId, 'granted', later(offer.deadline!, -1));
    expect(result).toEqual({ ok: false, field: 'newDeadline', message: 'The new deadline must be later than the original deadline. Check the date they gave.' });
  });

  it('the held offer honours the current deadline: an extension keeps a lapsed Plan B held', () => {
    let plan = samplePlan(NOW);
    const offer = plan.offers[0]!;
    const afterOriginal = new Date(Date.parse(offer.deadline!) + 3_600_000);
    expect(heldOffer(plan, afterOriginal).held).toBe(false);
    const extId = uuid();
    plan = ok(askForMoreTime(plan, offer.id, { id: extId, askedOn: TODAY, note: '' }));
    plan = ok(answerExtension(plan, offer.id, extId, 'granted', later(offer.deadline!, 3)));
    expect(heldOffer(plan, afterOriginal).held).toBe(true);
  });
});

describe('a dream role’s offer becomes an offer', () => {
  it('copies the estimated pay to confirm, links both ways, and moves the role to the offer stage', () => {
    let plan = samplePlan(NOW);
    const lumen = plan.dreamRoles[0]!;
    const id = uuid();
    plan = ok(recordRoleOffer(plan, lumen.id, { id, form: 'verbal', receivedOn: TODAY, deadline: '2026-12-10T17:00:00-05:00', deadlineTimeZone: 'America/New_York' }));
    const offer = plan.offers.find((o) => o.id === id)!;
    expect(offer).toMatchObject({ company: 'Lumen Health', isPlanB: false, form: 'verbal', fromDreamRoleId: lumen.id, compensation: lumen.estimatedCompensation });
    const role = plan.dreamRoles[0]!;
    expect(role).toMatchObject({ offerId: id, stage: 'offer' });
    expect(role.stageHistory.at(-1)).toEqual({ stage: 'offer', on: TODAY });
    expect(role.callLog).toEqual(lumen.callLog);
    expect(recordRoleOffer(plan, lumen.id, { id: uuid(), form: 'written', receivedOn: TODAY, deadline: null, deadlineTimeZone: '' }).ok).toBe(false);
  });

  it('suggests the best live offer as Plan B, says why, and flags the one that expires first', () => {
    let plan = samplePlan(NOW);
    const lumen = plan.dreamRoles[0]!;
    const id = uuid();
    plan = ok(recordRoleOffer(plan, lumen.id, { id, form: 'written', receivedOn: TODAY, deadline: '2026-12-20T17:00:00-05:00', deadlineTimeZone: 'America/New_York' }));
    const suggestion = suggestPlanB(plan, NOW);
    expect(suggestion).toMatchObject({ offerId: id, company: 'Lumen Health' });
    expect(suggestion?.reason).toMatch(/^Make Lumen Health your Plan B: it beats Northwind Logistics: weighted score/);
    // Northwind's deadline (6 days) comes before Lumen's: flagged although it is Plan B here, and still when it is not.
    expect(firstToExpire(plan, NOW)?.company).toBe('Northwind Logistics');
    const swapped = { ...plan, offers: plan.offers.map((o) => ({ ...o, isPlanB: o.id === id })) };
    expect(suggestPlanB(swapped, NOW)).toBeNull();
    expect(firstToExpire(swapped, NOW)?.company).toBe('Northwind Logistics');
  });
});

describe('the decision', () => {
  it('accepting makes the plan Decided, with the other offers to decline and the open roles to withdraw from', () => {
    let plan = samplePlan(NOW);
    const northwind = plan.offers[0]!;
    const lumen = plan.dreamRoles[0]!;
    const id = uuid();
    plan = ok(recordRoleOffer(plan, lumen.id, { id, form: 'written', receivedOn: TODAY, deadline: '2026-12-20T17:00:00-05:00', deadlineTimeZone: 'America/New_York' }));
    expect(decision(plan, TODAY)).toBeNull();
    plan = ok(acceptOffer(plan, id, TODAY, '2027-01-04', NOW));
    const decided = decision(plan, TODAY)!;
    expect(decided.offer.id).toBe(id);
    expect(decided.todo.map((t) => [t.kind, t.company])).toEqual([
      ['decline-offer', 'Northwind Logistics'],
      ['withdraw', 'Harbor Climate'],
      ['withdraw', 'Tessellate Studio'],
    ]);
    expect(acceptOffer(plan, northwind.id, TODAY, null, NOW)).toMatchObject({ ok: false, message: expect.stringContaining('You already accepted the offer from Lumen Health') });
    plan = ok(declineOffer(plan, northwind.id, TODAY));
    plan = ok(withdrawFromRole(plan, plan.dreamRoles[1]!.id, TODAY));
    expect(decision(plan, TODAY)!.todo.map((t) => t.company)).toEqual(['Tessellate Studio']);
    expect(placeholderContext(plan, plan.dreamRoles[2], NOW)).toMatchObject({ offer_company: 'Lumen Health', accepted_company: 'Lumen Health' });
  });

  it('refuses to accept an offer whose deadline has passed', () => {
    const plan = samplePlan(NOW);
    const offer = plan.offers[0]!;
    const after = new Date(Date.parse(offer.deadline!) + 60_000);
    expect(acceptOffer(plan, offer.id, TODAY, null, after)).toMatchObject({ ok: false, message: expect.stringContaining('deadline has passed') });
  });

  it('"I started at Plan B and a dream company came back": a call after the start date has its own guidance', () => {
    let plan = samplePlan(NOW);
    const offer = plan.offers[0]!;
    plan = ok(acceptOffer(plan, offer.id, TODAY, '2026-12-01', NOW));
    expect(decision(plan, '2026-12-10')!.cameBack).toEqual([]);
    plan = {
      ...plan,
      dreamRoles: plan.dreamRoles.map((r, i) => (i === 0 ? { ...r, callLog: [{ id: uuid(), at: '2026-12-09T15:00:00Z', outcome: 'immediate-offer' as const, timingSaid: '', notes: '', nextStep: '', followUpOn: null, spokeWith: 'Priya', interest: 5, urgency: 4, newExpectedDecisionOn: null }] } : r)),
    };
    const cameBack = decision(plan, '2026-12-10')!.cameBack;
    expect(cameBack.map((c) => c.company)).toEqual(['Lumen Health']);
    expect(cameBack[0]!.text).toMatch(/the job you have is now your Plan B/);
    expect(decision(plan, '2026-11-30')!.cameBack).toEqual([]);
  });
});
