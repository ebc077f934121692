/**
 * Properties of the decision engine over generated plans (fast-check): the
 * invariants issue 12 asks for, checked on the same functions every screen
 * uses.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  callOrder, compareOptions, computeBoard, computeScenarios, deadlineStatus, MAX_CALLED_ROLES, NO_OFFER_VALUE, planBOption,
  roleOffersInHand, roleOption, SAFETY_NET_MARGIN, type OptionFacts, type ScenarioAnalysis,
} from '@shared/board';
import { currentDeadline } from '@shared/offers/current-deadline';
import { liveOffers, suggestPlanB } from '@shared/offers/decision';
import { heldOffer } from '@shared/offers/held-offer';
import { planB, type Plan } from '@shared/plan';
import { planAndNowArbitrary } from '../arbitraries/plan-arbitrary';

const RUNS = { numRuns: 250 };
/** Options compared without the call-order tie-break, which only orders options of the very same standing. */
const same = (o: OptionFacts): OptionFacts => ({ ...o, position: 0 });

function offersInHand(plan: Plan, now: Date): OptionFacts[] {
  const hold = heldOffer(plan, now);
  return [...(hold.held ? [planBOption(hold.offer, plan)] : []), ...roleOffersInHand(plan.dreamRoles).map((r) => roleOption(r, plan))].map(same);
}

/** The result the advice stands for: calling counts at its expected value less the safety-net margin without a job. */
function recommended(a: ScenarioAnalysis, plan: Plan, now: Date): number | null {
  const margin = plan.situation.employment === 'unemployed' ? SAFETY_NET_MARGIN : 0;
  const s = a.strategies;
  if (s && s.callThemExpected !== null && s.acceptPlanBNow !== null) return Math.max(s.callThemExpected - margin, s.acceptPlanBNow);
  if (a.status === 'nothing-to-call') {
    // With nothing to call, the best offer in hand is taken, or declined when ending with none is worth more.
    const values = offersInHand(plan, now).map((o) => o.value);
    return values.every((v) => v !== null) && values.length ? Math.max(NO_OFFER_VALUE[plan.situation.employment], ...(values as number[])) : null;
  }
  return null;
}

describe('the decision engine over generated plans', () => {
  it('never throws, and every path has a decision, a likelihood and the likelihoods sum to 1', () => {
    fc.assert(fc.property(planAndNowArbitrary, ({ plan, now }) => {
      computeBoard(plan, { now, locale: 'en-US' });
      const a = computeScenarios(plan, { now });
      if (a.status !== 'ok') return;
      const total = a.scenarios.reduce((sum, s) => sum + s.likelihood, 0);
      expect(total).toBeCloseTo(1, 9);
      for (const s of a.scenarios) expect(s.description.length).toBeGreaterThan(0);
    }), RUNS);
  });

  it('never recommends an option worse than an offer held (an offer in hand is the floor of every path)', () => {
    fc.assert(fc.property(planAndNowArbitrary, ({ plan, now }) => {
      const a = computeScenarios(plan, { now });
      if (a.status !== 'ok') return;
      const inHand = offersInHand(plan, now);
      const byId = new Map(plan.dreamRoles.map((r) => [r.id, r]));
      const hold = heldOffer(plan, now);
      for (const s of a.scenarios) {
        if (s.decision !== 'accept-role' && s.decision !== 'accept-plan-b') continue;
        const fromCalls = s.outcomes.filter((o) => o.outcome === 'immediate-offer').map((o) => same(roleOption(byId.get(o.roleId) as Plan['dreamRoles'][number], plan)));
        const accepted = s.acceptedRoleId ? same(roleOption(byId.get(s.acceptedRoleId) as Plan['dreamRoles'][number], plan)) : hold.held ? same(planBOption(hold.offer, plan)) : null;
        expect(accepted).not.toBeNull();
        for (const o of [...inHand, ...fromCalls]) expect(compareOptions(o, accepted as OptionFacts)).toBeGreaterThanOrEqual(0);
      }
    }), RUNS);
  });

  it('adding an offer never makes the recommended result worse', () => {
    fc.assert(fc.property(planAndNowArbitrary, fc.nat(), ({ plan, now }, pick) => {
      const held = heldOffer(plan, now);
      const order = callOrder(plan.dreamRoles, deadlineStatus(held.held ? held.offer : held.offer, now));
      fc.pre(order.entries.length > 0 && order.entries.length <= MAX_CALLED_ROLES);
      const before = recommended(computeScenarios(plan, { now }), plan, now);
      fc.pre(before !== null);
      const roleId = order.entries[pick % order.entries.length]?.roleId;
      const more: Plan = { ...plan, dreamRoles: plan.dreamRoles.map((r) => (r.id === roleId ? { ...r, stage: 'offer' as const } : r)) };
      const after = recommended(computeScenarios(more, { now }), more, now);
      expect(after).not.toBeNull();
      // Equal within the score grid (a millionth of a point) is equal: see compareOptions.
      expect(after as number).toBeGreaterThanOrEqual((before as number) - 1e-6);
    }), RUNS);
  });

  it('"accept now" wins (or ties) whenever no role you would call beats the offer you hold', () => {
    // Reshape each generated plan into that case: Plan B held and scored 4 on everything, every dream role
    // scored 1 on everything and paid nothing, no dream role offer in hand.
    const weakRoles = planAndNowArbitrary.map(({ plan }) => {
      const all = (v: number) => Object.fromEntries(plan.criteria.map((c) => [c.id, v]));
      const deadline = new Date(Date.UTC(2026, 11, 2, 22));
      const planB = { ...(plan.offers[0] ?? offerStub()), isPlanB: true, receivedOn: '2026-11-20', deadline: deadline.toISOString(), scores: all(4) };
      const dreamRoles = plan.dreamRoles.map((r) => ({
        ...r, stage: r.stage === 'offer' ? ('interviewing' as const) : r.stage, scores: all(1),
        estimatedCompensation: { base: 0, bonus: 0, signOn: 0, equityPerYear: 0 },
        callLog: r.callLog.map((c) => (c.outcome === 'immediate-offer' ? { ...c, outcome: 'non-answer' as const } : c)),
      }));
      return { plan: { ...plan, offers: [planB, ...plan.offers.slice(1).map((o) => ({ ...o, isPlanB: false }))], dreamRoles }, now: new Date(deadline.getTime() - 3 * 86_400_000) };
    });
    fc.assert(fc.property(weakRoles, ({ plan, now }) => {
      const a = computeScenarios(plan, { now });
      fc.pre(a.status === 'ok' && plan.criteria.some((c) => c.weight > 0));
      expect(a.strategies?.better).not.toBe('call-them');
    }), RUNS);
  });
});

describe('the negotiation over generated plans', () => {
  it('the held offer honours the current deadline: held means its current deadline is ahead, and never before the original', () => {
    fc.assert(fc.property(planAndNowArbitrary, ({ plan, now }) => {
      const hold = heldOffer(plan, now);
      if (!hold.held) return;
      expect(hold.offer.response).toBe('open');
      const deadline = currentDeadline(hold.offer);
      expect(deadline && Date.parse(deadline) > now.getTime()).toBe(true);
      // A granted extension never shortens the time: the current deadline is at or after the original.
      if (hold.offer.deadline) expect(Date.parse(deadline!)).toBeGreaterThanOrEqual(Date.parse(hold.offer.deadline));
    }), RUNS);
  });

  it('the board counts down to the current deadline, and the offer that expires first is flagged once, among live offers', () => {
    fc.assert(fc.property(planAndNowArbitrary, ({ plan, now }) => {
      const board = computeBoard(plan, { now });
      const b = planB(plan);
      expect(board.deadline.deadlineAt).toBe(b ? (parseOk(currentDeadline(b)) ? currentDeadline(b) : null) : null);
      const lines = board.negotiation.offers;
      const flagged = lines.filter((o) => o.expiresFirst);
      expect(flagged.length).toBe(lines.some((o) => o.live) ? 1 : 0);
      for (const f of flagged) {
        expect(f.live).toBe(true);
        for (const o of lines.filter((x) => x.live)) expect(f.deadline.msLeft!).toBeLessThanOrEqual(o.deadline.msLeft!);
      }
      expect(board.negotiation.offersInHand).toBe(lines.filter((o) => o.live).length);
    }), RUNS);
  });

  it('the suggested Plan B is a live offer that is not Plan B, and no live offer beats it by the one option rule', () => {
    fc.assert(fc.property(planAndNowArbitrary, ({ plan, now }) => {
      const s = suggestPlanB(plan, now);
      if (!s) return;
      const live = liveOffers(plan, now);
      const best = live.find((o) => o.id === s.offerId)!;
      expect(best.isPlanB).toBe(false);
      for (const o of live) expect(compareOptions(same(planBOption(o, plan)), same(planBOption(best, plan)))).toBeGreaterThanOrEqual(0);
      expect(s.reason).toMatch(/^Make .+ your Plan B: /);
    }), RUNS);
  });

  it('a decided plan lists every open offer to decline and every open dream role to withdraw from, and no other advice', () => {
    fc.assert(fc.property(planAndNowArbitrary, ({ plan, now }) => {
      const board = computeBoard(plan, { now });
      const d = board.negotiation.decision;
      expect(d === null).toBe(!plan.offers.some((o) => o.response === 'accepted'));
      if (!d) return;
      expect(board.recommendations).toEqual([]);
      const declines = d.todo.filter((t) => t.kind === 'decline-offer').map((t) => t.kind === 'decline-offer' && t.offerId);
      expect(declines.sort()).toEqual(plan.offers.filter((o) => o.response === 'open').map((o) => o.id).sort());
      const withdraws = d.todo.filter((t) => t.kind === 'withdraw').map((t) => t.kind === 'withdraw' && t.roleId);
      const open = plan.dreamRoles.filter((r) => r.stage !== 'closed' && !r.withdrawnOn && r.id !== d.offer.fromDreamRoleId).map((r) => r.id);
      expect(withdraws.sort()).toEqual(open.sort());
    }), RUNS);
  });

  it('suggested likelihoods are a suggestion: three chances that sum to 1, and computing the board never changes the plan', () => {
    fc.assert(fc.property(planAndNowArbitrary, ({ plan, now }) => {
      const before = JSON.stringify(plan);
      const board = computeBoard(plan, { now });
      for (const card of board.roles) {
        const s = card.progress.likelihoodSuggestion;
        if (!s) continue;
        for (const p of [s.immediateOffer, s.nonAnswer, s.greenLight]) expect(p).toBeGreaterThanOrEqual(0);
        expect(s.immediateOffer + s.nonAnswer + s.greenLight).toBeCloseTo(1, 9);
      }
      expect(JSON.stringify(plan)).toBe(before);
    }), RUNS);
  });
});

const parseOk = (iso: string | null) => iso !== null && !Number.isNaN(Date.parse(iso));

function offerStub(): Plan['offers'][number] {
  return {
    id: '00000000-0000-4000-8999-000000000001', isPlanB: true, company: 'Plan B', role: 'Role', receivedOn: '2026-11-20', form: 'written',
    deadline: null, deadlineTimeZone: 'UTC', extensions: [], fromDreamRoleId: null, response: 'open', respondedOn: null, compensation: { base: 100_000, bonus: 0, signOn: 0, equityPerYear: 0 }, startDate: null,
    location: '', notes: '', liveability: { answer: 'yes', dealBreakers: '' }, scores: {},
  };
}
