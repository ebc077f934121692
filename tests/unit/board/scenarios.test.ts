import { describe, expect, it } from 'vitest';
import { computeScenarios, MAX_CALLED_ROLES, roleLikelihoods, type Scenario } from '@shared/board';
import { samplePlan } from '@shared/sample-plan';
import { call, criteria, offer, plan, role, scoresOf } from './fixtures';

const now = new Date('2026-11-26T15:00:00Z');
const pay = (base: number | null) => ({ base, bonus: 0, signOn: 0, equityPerYear: 0 });
const likely = (immediateOffer: number | null, nonAnswer: number | null, greenLight: number | null) => ({ immediateOffer, nonAnswer, greenLight });
const unemployed = { employment: 'unemployed' as const, userName: '', currency: 'USD', notes: '' };

/** Plan B scored 50; A scores 100 (asks for an extension), B scores 25 (keeps waiting). */
function twoRolePlan() {
  const a = role({ company: 'A', priority: 1, scores: scoresOf([5, 5]), walkAwayAnswer: 'ask-extension', likelihoods: likely(0.5, 0.3, 0.2) });
  const b = role({ company: 'B', priority: 2, scores: scoresOf([2, 2]), walkAwayAnswer: 'keep-waiting', likelihoods: likely(1, 1, 2) });
  return { a, b, p: plan({ criteria: criteria([1, 1]), offers: [offer({ scores: scoresOf([3, 3]) })], dreamRoles: [a, b] }) };
}
const pick = (list: Scenario[], ...outcomes: string[]) => list.find((s) => s.id === outcomes.join('|')) as Scenario;

describe('roleLikelihoods', () => {
  it('uses complete guesses as they are, and says how it made any other guess usable (issue 12, finding 12)', () => {
    expect(roleLikelihoods(likely(0.2, 0.5, 0.3))).toEqual({ p: { 'immediate-offer': 0.2, 'non-answer': 0.5, 'green-light': 0.3 }, source: 'yours' });
    expect(roleLikelihoods(likely(1, 1, 2))).toEqual({ p: { 'immediate-offer': 0.25, 'non-answer': 0.25, 'green-light': 0.5 }, source: 'rescaled' });
    const filled = roleLikelihoods(likely(0.2, null, 0.3));
    expect(filled.source).toBe('filled');
    expect(filled.p['non-answer']).toBeCloseTo(0.5, 10);
    expect(roleLikelihoods(likely(0, 0, 0))).toEqual({ p: { 'immediate-offer': 1 / 3, 'non-answer': 1 / 3, 'green-light': 1 / 3 }, source: 'assumed' });
    expect(roleLikelihoods(undefined).source).toBe('assumed');
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
    expect(pick(s, 'immediate-offer', 'immediate-offer').description).toBe("B's offer does not beat A's offer. Accept A's offer over Plan B (weighted score 100 against 50); get it in writing first.");
    expect(pick(s, 'non-answer', 'immediate-offer')).toMatchObject({ decision: 'ask-extension', waitingFor: [a.id], resultScore: 50 });
    expect(pick(s, 'non-answer', 'immediate-offer').description).toMatch(/^B's offer does not beat Plan B\. Ask Plan B for a few more days while A decides/);
    // B would keep waiting, but B does not beat Plan B, so only A's answer (ask for more time) counts.
    expect(pick(s, 'non-answer', 'non-answer')).toMatchObject({ decision: 'ask-extension', waitingFor: [a.id], resultScore: 50 });
    expect(pick(s, 'green-light', 'non-answer')).toMatchObject({ decision: 'accept-plan-b', resultScore: 50 });
    expect(pick(s, 'green-light', 'green-light')).toMatchObject({ decision: 'accept-plan-b', description: 'Accept Plan B with clarity: every role gave you the green light.' });
    expect(pick(s, 'green-light', 'immediate-offer').description).toMatch(/it is the better offer/);
  });

  it('weighs paths by likelihood and the small risk to Plan B, and compares calling with accepting Plan B now', () => {
    const res = computeScenarios(twoRolePlan().p, { now });
    // B's guesses (1, 1, 2) were scaled: said, and still used (finding 12).
    expect(res.likelihoodsComplete).toBe(false);
    expect(res.likelihoodNotes).toEqual(["B's likelihoods did not add up to 100 %, so they were scaled to 100 %."]);
    const total = res.scenarios.reduce((sum, s) => sum + s.likelihood, 0);
    expect(total).toBeCloseTo(1, 10);
    expect(pick(res.scenarios, 'immediate-offer', 'green-light').likelihood).toBeCloseTo(0.5 * 0.5, 10);
    // With Plan B: A's offer (0.5) → 100, every other path ends with Plan B (50): 75.
    // Without Plan B (6 %, written): A's offer → 100, everything else ends at 25 → 62.5. 0.94 × 75 + 0.06 × 62.5 = 74.25.
    expect(res.strategies?.callThemExpected).toBeCloseTo(74.25, 10);
    expect(res.strategies).toMatchObject({ acceptPlanBNow: 50, acceptNowName: 'Plan B', better: 'call-them', callThemRange: { worst: 50, best: 100 } });
    expect(res.strategies?.summary).toBe('Calling is expected to end at 74.3, above 50 for accepting Plan B now: a better offer is likely enough to be worth the small risk.');
    const top = res.byDecision[0];
    expect(top).toMatchObject({ decision: 'accept-role', label: 'Accept A', count: 3 });
    expect(top?.likelihood).toBeCloseTo(0.5, 10);
    expect(res.byDecision.reduce((n, g) => n + g.count, 0)).toBe(9);
  });

  it('one role without likelihoods counts as equally likely, and the others still count (finding 12)', () => {
    const { a, p } = twoRolePlan();
    const res = computeScenarios({ ...p, dreamRoles: p.dreamRoles.map((r) => (r.id === a.id ? { ...r, likelihoods: likely(null, null, null) } : r)) }, { now });
    expect(res.likelihoodNotes).toContain('A has no likelihoods, so its three answers count as equally likely.');
    expect(pick(res.scenarios, 'immediate-offer', 'green-light').likelihood).toBeCloseTo((1 / 3) * 0.5, 10);
    expect(res.strategies?.callThemExpected).not.toBeNull();
  });

  it('keeping waiting for a better role is scored as losing Plan B (finding 12)', () => {
    const p = plan({ criteria: criteria([1, 1]), offers: [offer({ scores: scoresOf([3, 3]) })], dreamRoles: [role({ company: 'W', scores: scoresOf([4, 4]), walkAwayAnswer: 'keep-waiting' })] });
    // 25 % × W (75) + 75 % × no new offer (25, employed) = 37.5, below Plan B's 50.
    expect(pick(computeScenarios(p, { now }).scenarios, 'non-answer')).toMatchObject({ decision: 'keep-waiting', resultScore: 37.5, description: expect.stringMatching(/Plan B lapses/) });
  });

  it('"accept Plan B now" wins when no role you would call beats it (finding 12)', () => {
    const p = plan({ criteria: criteria([1]), offers: [offer({ scores: scoresOf([3]) })], dreamRoles: [role({ company: 'Worse', scores: scoresOf([2]), likelihoods: likely(0.6, 0.2, 0.2) })] });
    const res = computeScenarios(p, { now });
    // Every path ends with Plan B (50); if Plan B is withdrawn (6 %), Worse's offer (25) or no offer (25): 0.94 × 50 + 0.06 × 25 = 48.5.
    expect(res.strategies?.callThemExpected).toBeCloseTo(48.5, 10);
    expect(res.strategies).toMatchObject({ better: 'accept-plan-b-now', summary: expect.stringMatching(/no role you would call scores above it/) });
  });

  it('a role scored on one small criterion does not score 100 and beat Plan B (finding 12)', () => {
    // Pay weighs 15 % and is the only score the role has (5); Plan B is 4 on everything.
    const crit = criteria([3, 4, 4, 4, 2, 3]);
    const p = plan({ criteria: crit, offers: [offer({ scores: scoresOf([4, 4, 4, 4, 4, 4]) })], dreamRoles: [role({ company: 'Thin', scores: scoresOf([5]) })] });
    const io = pick(computeScenarios(p, { now }).scenarios, 'immediate-offer');
    // (3 × 1 + 17 × 0.5) / 20 = 57.5 against 75.
    expect(io).toMatchObject({ decision: 'accept-plan-b', description: expect.stringMatching(/^Thin's offer does not beat Plan B/) });
  });

  it('the safety net changes the advice: unemployed with a verbal offer, securing Plan B wins (finding 13)', () => {
    const build = (situation: typeof unemployed | undefined, form: 'written' | 'verbal') => plan({
      ...(situation ? { situation } : {}), criteria: criteria([1, 1]),
      offers: [offer({ form, scores: scoresOf([3, 3]) })],
      dreamRoles: [role({ scores: scoresOf([4, 3]), likelihoods: likely(0.2, 0.5, 0.3) })],
    });
    // Employed, written: 0.94 × (0.2 × 62.5 + 0.8 × 50) + 0.06 × (0.2 × 62.5 + 0.8 × 25) = 51.3 > 50.
    expect(computeScenarios(build(undefined, 'written'), { now }).strategies?.better).toBe('call-them');
    // Unemployed, verbal: losing Plan B is worth 0 and counts 15 %: 0.85 × 52.5 + 0.15 × 12.5 = 46.5 < 50.
    const res = computeScenarios(build(unemployed, 'verbal'), { now });
    expect(res.strategies?.callThemExpected).toBeCloseTo(46.5, 10);
    expect(res.strategies?.better).toBe('accept-plan-b-now');
    expect(res.strategies?.assumptions.join(' ')).toMatch(/Without a job/);
    const wait = computeScenarios({ ...build(unemployed, 'written'), dreamRoles: [role({ walkAwayAnswer: 'keep-waiting', scores: scoresOf([4, 3]) })] }, { now });
    expect(pick(wait.scenarios, 'non-answer').description).toMatch(/Without a job this is the costliest path/);
  });

  it('breaks a score tie with Plan B by yearly pay, then by preference', () => {
    const build = (base: number | null) => plan({
      criteria: criteria([1]), offers: [offer({ scores: scoresOf([3]), compensation: pay(100_000) })],
      dreamRoles: [role({ scores: scoresOf([3]), estimatedCompensation: pay(base) })],
    });
    const io = (base: number | null) => pick(computeScenarios(build(base), { now }).scenarios, 'immediate-offer');
    expect(io(120_000)).toMatchObject({ decision: 'accept-role', description: expect.stringMatching(/scores tie, so known yearly pay decides/) });
    expect(io(90_000)).toMatchObject({ decision: 'accept-plan-b', description: expect.stringMatching(/does not beat Plan B/) });
    // Unknown pay never wins on pay: Plan B's known 100,000 beats it.
    expect(io(null)).toMatchObject({ decision: 'accept-plan-b' });
    const unpaid = plan({ criteria: criteria([1]), offers: [offer({ scores: scoresOf([3]), compensation: pay(null) })], dreamRoles: [role({ scores: scoresOf([3]), estimatedCompensation: pay(null) })] });
    expect(pick(computeScenarios(unpaid, { now }).scenarios, 'immediate-offer').description).toMatch(/your preference for the dream role decides/);
  });

  it('one rule picks the best offer: more offers never lead to a worse decision (finding 4)', () => {
    const crit = criteria([1]);
    const planB = offer({ scores: scoresOf([3]), compensation: pay(100_000) });
    const alpha = role({ company: 'Alpha', priority: 1, scores: {}, estimatedCompensation: pay(150_000) });
    const beta = role({ company: 'Beta', priority: 2, scores: scoresOf([2]), estimatedCompensation: pay(90_000) });
    const both = computeScenarios(plan({ criteria: crit, offers: [planB], dreamRoles: [alpha, beta] }), { now });
    const alone = computeScenarios(plan({ criteria: crit, offers: [planB], dreamRoles: [alpha] }), { now });
    expect(pick(both.scenarios, 'immediate-offer', 'immediate-offer').acceptedRoleId).toBe(alpha.id);
    expect(pick(alone.scenarios, 'immediate-offer').acceptedRoleId).toBe(alpha.id);
  });

  it('an offer already in hand from a dream role is the floor of every path (finding 3)', () => {
    const crit = criteria([1]);
    const offered = role({ company: 'Offered', priority: 2, stage: 'offer', scores: scoresOf([5]) });
    const logged = role({ company: 'Logged', priority: 3, scores: scoresOf([4]), callLog: [call('immediate-offer', '2026-11-25T15:00:00Z')] });
    const lower = role({ company: 'Lower', priority: 1, scores: scoresOf([4]), walkAwayAnswer: 'accept-plan-b' });
    const res = computeScenarios(plan({ criteria: crit, offers: [offer({ scores: scoresOf([3]) })], dreamRoles: [offered, logged, lower] }), { now });
    expect(res.offersInHand.map((o) => o.name)).toEqual(['Plan B', 'Offered', 'Logged']);
    expect(res.calledRoleIds).toEqual([lower.id]);
    for (const s of res.scenarios) expect(s).toMatchObject({ decision: 'accept-role', acceptedRoleId: offered.id, resultScore: 100 });
    expect(res.strategies).toMatchObject({ acceptNowName: "Offered's offer", acceptPlanBNow: 100 });
  });

  it('undecided walk-away answers surface as undecided paths', () => {
    const p = plan({ criteria: criteria([1]), offers: [offer({ scores: scoresOf([3]) })], dreamRoles: [role({ company: 'U', scores: scoresOf([4]), walkAwayAnswer: 'undecided' })] });
    expect(pick(computeScenarios(p, { now }).scenarios, 'non-answer')).toMatchObject({ decision: 'undecided', description: 'Undecided: choose your walk-away answer for U now, before the call. Until then this path counts as accepting Plan B.' });
  });

  it(`combines at most ${MAX_CALLED_ROLES} roles and says which were left out`, () => {
    const roles = Array.from({ length: 8 }, (_, i) => role({ company: `R${i}`, priority: i + 1, scores: scoresOf([(i % 5) + 1]) }));
    const res = computeScenarios(plan({ criteria: criteria([1]), offers: [offer({ scores: scoresOf([3]) })], dreamRoles: roles }), { now });
    expect(res.scenarios).toHaveLength(729);
    expect(res.calledRoleIds).toEqual(roles.slice(0, 6).map((r) => r.id));
    expect(res.leftOut.map((l) => l.roleId)).toEqual([roles[6]?.id, roles[7]?.id]);
    expect(res.leftOut[0]?.reason).toMatch(/^Only 6 roles are combined \(3\^6 paths\): the first in call order and your most wanted one\. This one is seventh in call order\./);
    expect(computeScenarios(plan({ criteria: criteria([1]), offers: [offer()], dreamRoles: roles }), { now, maxRoles: 2 }).scenarios).toHaveLength(9);
    expect(computeScenarios(plan({ criteria: criteria([1]), offers: [offer()], dreamRoles: roles }), { now, maxRoles: 50 }).scenarios).toHaveLength(729);
  });

  it('never drops the top choice: a priority-1 final-round role that fits, behind six late "applied" roles (finding 9)', () => {
    const on = (d: string) => ({ stated: '', expectedDecisionOn: d, history: [] });
    const late = Array.from({ length: 6 }, (_, i) => role({ company: `Applied ${i}`, priority: 2 + i, stage: 'applied', timeline: on('2026-12-20') }));
    const top = role({ company: 'Top', priority: 1, stage: 'final-round', timeline: on('2026-11-30') });
    const res = computeScenarios(plan({ criteria: criteria([1]), offers: [offer()], dreamRoles: [...late, top] }), { now });
    expect(res.calledRoleIds[0]).toBe(top.id);
    expect(res.leftOut).toHaveLength(1);
    expect(res.leftOut[0]?.reason).toMatch(/long shot|after your deadline/);
    // Even with a cap of one, the most wanted role is the one combined.
    expect(computeScenarios(plan({ criteria: criteria([1]), offers: [offer()], dreamRoles: [...late, top] }), { now, maxRoles: 1 }).calledRoleIds).toEqual([top.id]);
  });

  it('without an offer held, or with Plan B lapsed: no Plan B scenarios, with a reason (findings 8, 10)', () => {
    expect(computeScenarios(plan({ dreamRoles: [role()] }), { now })).toMatchObject({ status: 'no-offer', scenarios: [], strategies: null, reason: expect.stringMatching(/check-ins/) });
    const lapsed = computeScenarios(plan({ offers: [offer({ deadline: '2026-11-20T17:00:00-05:00' })], dreamRoles: [role()] }), { now });
    expect(lapsed).toMatchObject({ status: 'plan-b-lapsed', scenarios: [], reason: expect.stringMatching(/no longer an option/) });
    expect(computeScenarios(plan({ offers: [offer()], dreamRoles: [role({ stage: 'closed' })] }), { now })).toMatchObject({ status: 'nothing-to-call', scenarios: [] });
  });

  it('with Plan B lapsed but a dream role offer in hand: that offer is the floor', () => {
    const held = role({ company: 'Held', stage: 'offer', scores: scoresOf([3]) });
    const res = computeScenarios(plan({ criteria: criteria([1]), offers: [offer({ deadline: '2026-11-20T17:00:00-05:00' })], dreamRoles: [held, role({ company: 'Next', scores: scoresOf([2]) })] }), { now });
    expect(res.status).toBe('ok');
    expect(res.offersInHand.map((o) => o.name)).toEqual(['Held']);
    expect(res.scenarios.every((s) => s.decision !== 'accept-plan-b' && s.decision !== 'ask-extension')).toBe(true);
  });

  it('with no weighted criterion: paths still decided, expected score unknown and explained', () => {
    const p = plan({ criteria: criteria([0]), offers: [offer()], dreamRoles: [role({ likelihoods: likely(1, 1, 1) })] });
    const res = computeScenarios(p, { now });
    expect(res.scenarios).toHaveLength(3);
    expect(res.strategies).toMatchObject({ callThemExpected: null, better: 'unknown', summary: expect.stringMatching(/Give at least one criterion a weight/) });
  });

  it('on the sample plan: 27 paths, flips for each called role', () => {
    const res = computeScenarios(samplePlan(now), { now });
    expect(res.scenarios).toHaveLength(27);
    expect(res.flips).toHaveLength(3);
  });
});
