/**
 * Scenarios: every combination of call outcomes for the roles being called
 * (at most `MAX_CALLED_ROLES`, so at most 3^6 = 729), the decision each leads
 * to, its likelihood, and "call them" against "accept the offer in hand now".
 *
 * Per combination (see shared/board/README.md for the rules in words):
 * - the options are the offers in hand (Plan B while held, dream roles' offers
 *   already in hand) plus the immediate offers of this combination; the best of
 *   them by the one option rule (`options.ts`) is the floor of the path;
 * - a dream role's offer that beats every offer in hand is accepted;
 * - otherwise the non-answers follow the walk-away answers (keep waiting > ask
 *   for an extension > undecided > accept Plan B), and keeping waiting lets
 *   Plan B lapse, so that path is scored as losing it.
 */
import { OUTCOMES, type DreamRole, type Outcome, type Plan } from '../plan';
import { heldOffer } from '../offers/held-offer';
import { callOrder as computeCallOrder, type CallOrder } from './call-order';
import { deadlineStatus } from './deadline';
import { listNames, ordinal } from './format';
import { roleName } from './labels';
import { roleLikelihoods, type LikelihoodSource, type OutcomeLikelihoods } from './likelihoods';
import { bestOption, planBOption, roleOffersInHand, roleOption, type OptionFacts } from './options';
import { decidePath, type Called, type PathContext } from './scenario-path';
import { compareStrategies, type StrategyComparison } from './scenario-strategies';
import { LATE_OFFER_AFTER_NON_ANSWER, NO_OFFER_VALUE, PLAN_B_WITHDRAWAL } from './scenario-assumptions';
import { whatWouldFlip, type WhatWouldFlip } from './what-would-flip';

export type { StrategyComparison } from './scenario-strategies';

/** At most this many roles are combined (3^6 = 729 scenarios). */
export const MAX_CALLED_ROLES = 6;

export type Decision = 'accept-role' | 'accept-plan-b' | 'ask-extension' | 'keep-waiting' | 'undecided' | 'no-offer';

export interface Scenario {
  /** Stable id from the outcomes, e.g. "immediate-offer|non-answer". */
  id: string;
  outcomes: { roleId: string; outcome: Outcome }[];
  decision: Decision;
  /** The role whose offer is accepted (`accept-role`). */
  acceptedRoleId: string | null;
  /** Roles still awaited (`keep-waiting`, `ask-extension`, `undecided`). */
  waitingFor: string[];
  /** The decision in words, with its basis. */
  description: string;
  /** Product of the roles' likelihoods (the user's, scaled or filled as `likelihoodNotes` say). */
  likelihood: number;
  /** What this path is worth on the 0–100 scale; `null` when the plan weighs no criterion. */
  resultScore: number | null;
}

export interface ScenarioAnalysis {
  status: 'ok' | 'no-offer' | 'plan-b-lapsed' | 'nothing-to-call';
  /** Why there are no scenarios, or `null`. */
  reason: string | null;
  calledRoleIds: string[];
  /** Roles needing a call that were not combined, with the reason. */
  leftOut: { roleId: string; reason: string }[];
  /** The offers in hand before any call: Plan B while held, and dream roles' offers. */
  offersInHand: { id: string; name: string; kind: OptionFacts['kind'] }[];
  scenarios: Scenario[];
  /** True when every called role has the user's own three likelihoods adding up to 100 %. */
  likelihoodsComplete: boolean;
  /** One sentence per role whose likelihoods were scaled, filled or assumed; empty when none. */
  likelihoodNotes: string[];
  /** The notes in one sentence, or `null`. */
  likelihoodReason: string | null;
  /** Each distinct decision, how many combinations lead to it, and its total likelihood. */
  byDecision: { decision: Decision; roleId: string | null; label: string; count: number; likelihood: number }[];
  strategies: StrategyComparison | null;
  /** What would flip each called role against Plan B (empty without a held Plan B). */
  flips: WhatWouldFlip[];
}

export interface ScenarioOptions {
  now: Date;
  /** Reuse a computed call order (the board passes its own). */
  callOrder?: CallOrder;
  /** Lower than `MAX_CALLED_ROLES` to combine fewer roles; never higher. */
  maxRoles?: number;
}

function emptyAnalysis(status: ScenarioAnalysis['status'], reason: string, offersInHand: ScenarioAnalysis['offersInHand'] = []): ScenarioAnalysis {
  return { status, reason, calledRoleIds: [], leftOut: [], offersInHand, scenarios: [], likelihoodsComplete: false, likelihoodNotes: [], likelihoodReason: null, byDecision: [], strategies: null, flips: [] };
}

const NOTE: Record<Exclude<LikelihoodSource, 'yours'>, (name: string) => string> = {
  rescaled: (n) => `${n}'s likelihoods did not add up to 100 %, so they were scaled to 100 %.`,
  filled: (n) => `${n} is missing a likelihood; it takes what is left of 100 %.`,
  assumed: (n) => `${n} has no likelihoods, so its three answers count as equally likely.`,
};

/** The roles to combine: the first in call order, always including the most wanted one. */
function pickCalled(entries: CallOrder['entries'], byId: Map<string, DreamRole>, limit: number) {
  const chosen = entries.slice(0, limit);
  const top = entries.reduce<CallOrder['entries'][number] | null>((best, e) => {
    const p = byId.get(e.roleId)?.priority ?? Infinity;
    return best === null || p < (byId.get(best.roleId)?.priority ?? Infinity) ? e : best;
  }, null);
  if (limit > 0 && top && !chosen.includes(top)) chosen[chosen.length - 1] = top;
  const leftOut = entries.filter((e) => !chosen.includes(e)).map((e) => ({
    roleId: e.roleId,
    reason: `Only ${limit} roles are combined (3^${limit} paths): the first in call order and your most wanted one. This one is ${ordinal(e.position)} in call order. ${e.fit.reason}`,
  }));
  return { chosen, leftOut };
}

/** Combines the called roles' outcomes and decides each path. Never throws. */
export function computeScenarios(plan: Plan, options: ScenarioOptions): ScenarioAnalysis {
  const roles = plan.dreamRoles ?? [];
  const hold = heldOffer(plan, options.now);
  const planB = hold.held ? planBOption(hold.offer, plan) : null;
  const order = options.callOrder ?? computeCallOrder(roles, deadlineStatus(hold.offer, options.now));
  const inHandRoles = roleOffersInHand(roles).map((r) => roleOption(r, plan));
  const inHand = [...(planB ? [planB] : []), ...inHandRoles].map((o) => ({ id: o.id, name: o.name, kind: o.kind }));
  const floorNoPlanB = bestOption(inHandRoles);
  if (!planB && !floorNoPlanB) {
    return hold.held === false && hold.status === 'lapsed'
      ? emptyAnalysis('plan-b-lapsed', 'The Plan B deadline has passed, so Plan B is no longer an option to weigh. If they gave you more time, record the new deadline on the offer; until then, calls are check-ins.')
      : emptyAnalysis('no-offer', `${hold.reason} There is nothing to weigh their answers against yet, so your calls are check-ins. Record an offer when one arrives.`);
  }
  const byId = new Map(roles.map((r) => [r.id, r]));
  const entries = order.entries.filter((e) => byId.has(e.roleId));
  const employment = plan.situation?.employment === 'unemployed' ? 'unemployed' : 'employed';
  const nothing = NO_OFFER_VALUE[employment];
  if (entries.length === 0) {
    const best = bestOption([planB, floorNoPlanB]) as OptionFacts;
    const bestName = best.kind === 'plan-b' ? 'Plan B' : `${best.name}'s offer`;
    return emptyAnalysis('nothing-to-call', best.value !== null && best.value < nothing
      ? `No dream role needs a call, and no offer in hand beats keeping your current job (${nothing} of 100): decline ${bestName} and keep looking.`
      : `No dream role needs a call. The best offer in hand is ${bestName}: accept it with clarity, or add the roles you are still in process with.`, inHand);
  }
  const limit = Math.max(0, Math.min(MAX_CALLED_ROLES, Math.floor(options.maxRoles ?? MAX_CALLED_ROLES)));
  const { chosen, leftOut } = pickCalled(entries, byId, limit);
  const called: Called[] = chosen.map((e) => {
    const role = byId.get(e.roleId) as DreamRole;
    return { role, option: roleOption(role, plan, e.position), ...roleLikelihoods(role.likelihoods) };
  });
  const likelihoodNotes = called.flatMap((c) => (c.source === 'yours' ? [] : [NOTE[c.source](c.option.name)]));
  const ctx: PathContext = { planB, floorNoPlanB, nothing, lateOffer: LATE_OFFER_AFTER_NON_ANSWER, unemployed: employment === 'unemployed' };
  const withdrawal = planB && hold.held ? PLAN_B_WITHDRAWAL[hold.form] : 0;

  const scenarios: Scenario[] = [];
  const withoutPlanB: (number | null)[] = [];
  const total = 3 ** called.length;
  for (let k = 0; k < total; k++) {
    const outcomes: Outcome[] = [];
    let rest = k;
    for (let i = 0; i < called.length; i++) {
      outcomes.push(OUTCOMES[rest % 3] as Outcome);
      rest = Math.floor(rest / 3);
    }
    const likelihood = called.reduce((p, c, i) => p * (c.p as OutcomeLikelihoods)[outcomes[i] as Outcome], 1);
    scenarios.push({ id: outcomes.join('|'), outcomes: called.map((c, i) => ({ roleId: c.role.id, outcome: outcomes[i] as Outcome })), likelihood, ...decidePath(called, outcomes, ctx) });
    withoutPlanB.push(withdrawal > 0 ? decidePath(called, outcomes, { ...ctx, planB: null }).resultScore : null);
  }
  const flips = planB ? called.map((c) => whatWouldFlip({ id: c.role.id, name: c.option.name, scores: c.role.scores ?? {} }, hold.held ? hold.offer.scores ?? {} : {}, plan.criteria ?? [])) : [];
  return {
    status: 'ok', reason: null, calledRoleIds: called.map((c) => c.role.id), leftOut, offersInHand: inHand, scenarios,
    likelihoodsComplete: likelihoodNotes.length === 0, likelihoodNotes, likelihoodReason: likelihoodNotes.length ? likelihoodNotes.join(' ') : null,
    byDecision: groupDecisions(scenarios, new Map(roles.map((r) => [r.id, roleName(r)]))),
    strategies: compareStrategies({ scenarios, withoutPlanB, withdrawal, floor: bestOption([planB, floorNoPlanB]), called, unemployed: ctx.unemployed, verbal: hold.held && hold.form === 'verbal' }),
    flips,
  };
}

function groupDecisions(scenarios: Scenario[], names: ReadonlyMap<string, string>): ScenarioAnalysis['byDecision'] {
  const groups = new Map<string, ScenarioAnalysis['byDecision'][number]>();
  for (const s of scenarios) {
    const roleId = s.acceptedRoleId ?? (s.waitingFor.length ? s.waitingFor.join(',') : null);
    const key = `${s.decision}:${roleId ?? ''}`;
    let g = groups.get(key);
    if (!g) {
      const who = listNames((roleId ?? '').split(',').filter(Boolean).map((id) => names.get(id) ?? 'a role'));
      const label = {
        'accept-role': `Accept ${who}`, 'accept-plan-b': 'Accept Plan B', 'ask-extension': `Ask Plan B for more time (waiting for ${who})`,
        'keep-waiting': `Keep waiting for ${who}`, undecided: `Undecided about ${who}`, 'no-offer': 'No offer yet: keep looking',
      }[s.decision];
      g = { decision: s.decision, roleId: s.acceptedRoleId, label, count: 0, likelihood: 0 };
      groups.set(key, g);
    }
    g.count++;
    g.likelihood += s.likelihood;
  }
  return [...groups.values()].sort((a, b) => b.likelihood - a.likelihood || b.count - a.count);
}
