import { describe, expect, it } from 'vitest';
import { computeScenarios, MAX_CALLED_ROLES, normalisedLikelihoods, type Scenario } from '@shared/board';
import { samplePlan } from '@shared/sample-plan';
import { criteria, offer, plan, role, scoresOf } from './fixtures';

const now = new Date('2026-11-26T15:00:00Z');
const pay = (base: number | null) => ({ base, bonus: 0, signOn: 0, equityPerYear: 0 });
const likely = (immediateOffer: number | null, nonAnswer: number | null, greenLight: number | null) => ({ immediateOffer, nonAnswer, greenLight });

function twoRolePlan() {
  const a = role({ company: 'A', priority: 1, scores: scoresOf([5, 5]), walkAwayAnswer: 'ask-extension', likelihoods: likely(0.5, 0.3, 0.2) });
  const b = role({ company: 'B', priority: 2, scores: scoresOf([2, 2]), walkAwayAnswer: 'keep-waiting', likelihoods: likely(1, 1, 2) });
  return { a, b, p: plan({ criteria: criteria([1, 1]), offers: [offer({ scores: scoresOf([3, 3]) })], dreamRoles: [a, b] }) };
}
const pick = (list: Scenario[], ...outcomes: string[]) => list.find((s) => s.id === outcomes.join('|')) as Scenario;

describe('normalisedLikelihoods', () => {
  it('scales the three guesses to sum to 1, or is null when any is missing or all are zero', () => {
    expect(normalisedLikelihoods(likely(1, 1, 2))).toEqual({ 'immediate-offer': 0.25, 'non-answer': 0.25, 'green-light': 0.5 });
    expect(normalisedLikelihoods(likely(0.2, null, 0.3))).toBeNull();
    expect(normalisedLikelihoods(likely(0, 0, 0))).toBeNull();
    expect(normalisedLikelihoods(undefined)).toBeNull();
  });
});

describe('computeScenarios', () => {
  it('combines every outcome of the called roles and decides each path', () => {
    const { a, b, p } = twoRolePlan();
    const res = computeScenarios(p, { now });
    expect(res.status).toBe('ok');
    expect(res.calledRoleIds).toEqual([a.id, b.id]);
    expect(res.scenarios).toHaveLength(9);
    expect(new Set(res.scenarios.map((s) => s.id)).size).toBe(9);
    const s = res.scenarios;
    expect(pick(s, 'immediate-offer', 'immediate-offer')).toMatchObject({ decision: 'accept-role', acceptedRoleId: a.id, resultScore: 100 });
    expect(pick(s, 'immediate-offer', 'immediate-offer').description).toBe("Accept A's offer (weighted score 100 against 50); get it in writing first.");
    expect(pick(s, 'non-answer', 'immediate-offer')).toMatchObject({ decision: 'ask-extension', waitingFor: [a.id], resultScore: 50 });
    expect(pick(s, 'non-answer', 'immediate-offer').description).toMatch(/^B's offer does not beat Plan B\. Ask Plan B for a few more days while A decides\./);
    expect(pick(s, 'non-answer', 'non-answer')).toMatchObject({ decision: 'keep-waiting', waitingFor: [b.id] });
    expect(pick(s, 'green-light', 'green-light')).toMatchObject({ decision: 'accept-plan-b', description: 'Accept Plan B with clarity: every role gave you the green light.' });
    expect(pick(s, 'green-light', 'immediate-offer').description).toMatch(/it is the better offer/);
  });

  it('weighs paths by likelihood and compares calling with accepting Plan B now', () => {
    const res = computeScenarios(twoRolePlan().p, { now });
    expect(res.likelihoodsComplete).toBe(true);
    const total = res.scenarios.reduce((sum, s) => sum + (s.likelihood ?? 0), 0);
    expect(total).toBeCloseTo(1, 10);
    expect(pick(res.scenarios, 'immediate-offer', 'green-light').likelihood).toBeCloseTo(0.5 * 0.5, 10);
    // A's offer (p = 0.5) ends at 100; every other path ends with Plan B at 50.
    expect(res.strategies?.callThemExpected).toBeCloseTo(75, 10);
    expect(res.strategies).toMatchObject({ acceptPlanBNow: 50, better: 'call-them', callThemRange: { worst: 50, best: 100 } });
    expect(res.strategies?.summary).toBe('Calling is expected to end at 75, above 50 for accepting Plan B now.');
    const top = res.byDecision[0];
    expect(top).toMatchObject({ decision: 'accept-role', label: 'Accept A', count: 3 });
    expect(top?.likelihood).toBeCloseTo(0.5, 10);
    expect(res.byDecision.reduce((n, g) => n + g.count, 0)).toBe(9);
  });

  it('without every likelihood: no path likelihood, and says which role lacks them', () => {
    const { a, p } = twoRolePlan();
    const res = computeScenarios({ ...p, dreamRoles: p.dreamRoles.map((r) => (r.id === a.id ? { ...r, likelihoods: likely(null, 0.5, 0.5) } : r)) }, { now });
    expect(res.likelihoodsComplete).toBe(false);
    expect(res.likelihoodReason).toBe('Add likelihoods for A to weigh the scenarios.');
    expect(res.scenarios.every((s) => s.likelihood === null)).toBe(true);
    expect(res.byDecision.every((g) => g.likelihood === null)).toBe(true);
    expect(res.strategies).toMatchObject({ callThemExpected: null, better: 'unknown', summary: expect.stringMatching(/ends between 50 and 100, against 50/) });
  });

  it('breaks a score tie with Plan B by yearly pay, then by preference', () => {
    const build = (base: number | null) => plan({
      criteria: criteria([1]), offers: [offer({ scores: scoresOf([3]), compensation: pay(100_000) })],
      dreamRoles: [role({ scores: scoresOf([3]), estimatedCompensation: pay(base) })],
    });
    const io = (base: number | null) => pick(computeScenarios(build(base), { now }).scenarios, 'immediate-offer');
    expect(io(120_000)).toMatchObject({ decision: 'accept-role', description: expect.stringMatching(/scores tie, so yearly pay decides/) });
    expect(io(90_000)).toMatchObject({ decision: 'accept-plan-b', description: expect.stringMatching(/does not beat Plan B/) });
    expect(io(null)).toMatchObject({ decision: 'accept-role', description: expect.stringMatching(/your preference for the dream role decides/) });
  });

  it('among several offers takes the best score, then pay, then call order', () => {
    const a = role({ company: 'A', priority: 1, scores: scoresOf([4]), estimatedCompensation: pay(100) });
    const b = role({ company: 'B', priority: 2, scores: scoresOf([5]), estimatedCompensation: pay(50) });
    const p = plan({ criteria: criteria([1]), offers: [offer({ scores: scoresOf([1]) })], dreamRoles: [a, b] });
    expect(pick(computeScenarios(p, { now }).scenarios, 'immediate-offer', 'immediate-offer').acceptedRoleId).toBe(b.id);
    const tied = { ...p, dreamRoles: [a, { ...b, scores: scoresOf([4]) }] };
    expect(pick(computeScenarios(tied, { now }).scenarios, 'immediate-offer', 'immediate-offer').acceptedRoleId).toBe(a.id);
  });

  it('undecided walk-away answers surface as undecided paths', () => {
    const p = plan({ criteria: criteria([1]), offers: [offer({ scores: scoresOf([3]) })], dreamRoles: [role({ company: 'U', walkAwayAnswer: 'undecided' })] });
    expect(pick(computeScenarios(p, { now }).scenarios, 'non-answer')).toMatchObject({ decision: 'undecided', description: 'Undecided: choose your walk-away answer for U now, before the call.' });
  });

  it(`combines at most ${MAX_CALLED_ROLES} roles and says which were left out`, () => {
    const roles = Array.from({ length: 8 }, (_, i) => role({ company: `R${i}`, priority: i + 1, scores: scoresOf([(i % 5) + 1]) }));
    const res = computeScenarios(plan({ criteria: criteria([1]), offers: [offer({ scores: scoresOf([3]) })], dreamRoles: roles }), { now });
    expect(res.scenarios).toHaveLength(729);
    expect(res.calledRoleIds).toEqual(roles.slice(0, 6).map((r) => r.id));
    expect(res.leftOut.map((l) => l.roleId)).toEqual([roles[6]?.id, roles[7]?.id]);
    expect(res.leftOut[0]?.reason).toBe('Only the first 6 roles in call order are combined (3^6 paths); this one is seventh in call order.');
    expect(computeScenarios(plan({ criteria: criteria([1]), offers: [offer()], dreamRoles: roles }), { now, maxRoles: 2 }).scenarios).toHaveLength(9);
    expect(computeScenarios(plan({ criteria: criteria([1]), offers: [offer()], dreamRoles: roles }), { now, maxRoles: 50 }).scenarios).toHaveLength(729);
  });

  it('without Plan B or roles to call: no scenarios, with a reason', () => {
    expect(computeScenarios(plan({ dreamRoles: [role()] }), { now })).toMatchObject({ status: 'no-plan-b', scenarios: [], reason: expect.stringMatching(/no Plan B/) });
    expect(computeScenarios(plan({ offers: [offer()], dreamRoles: [role({ stage: 'closed' })] }), { now })).toMatchObject({ status: 'nothing-to-call', scenarios: [] });
  });

  it('with unscored roles: paths still decided, expected score unknown and explained', () => {
    const p = plan({ criteria: criteria([1]), offers: [offer()], dreamRoles: [role({ likelihoods: likely(1, 1, 1) })] });
    const res = computeScenarios(p, { now });
    expect(res.scenarios).toHaveLength(3);
    expect(res.strategies).toMatchObject({ callThemExpected: null, better: 'unknown', summary: expect.stringMatching(/Score Plan B/) });
  });

  it('on the sample plan: 27 paths, flips for each called role', () => {
    const res = computeScenarios(samplePlan(now), { now });
    expect(res.scenarios).toHaveLength(27);
    expect(res.flips).toHaveLength(3);
    expect(res.flips.every((f) => f.goal === 'plan-b-beats-role' && f.summary.startsWith('Plan B would beat'))).toBe(true);
  });
});
