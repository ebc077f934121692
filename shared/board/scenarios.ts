/**
 * Scenarios: every combination of call outcomes for the roles being called
 * (the first `MAX_CALLED_ROLES` in call order, so at most 3^6 = 729), the
 * decision each leads to, its likelihood, and the two strategies compared.
 *
 * Decision rule, per combination: the best immediate offer (by weighted score,
 * then ongoing compensation, then call order) is taken when it beats Plan B;
 * otherwise the non-answers follow their walk-away answers (keep waiting >
 * ask for an extension > undecided > accept Plan B); with only green lights,
 * accept Plan B.
 */
import { OUTCOMES, planB, type DreamRole, type Outcome, type Plan } from '../plan';
import { callOrder as computeCallOrder, type CallOrder } from './call-order';
import { compensationTotals } from './compensation';
import { SCORE_TIE_EPSILON, weightedScore } from './criteria';
import { deadlineStatus } from './deadline';
import { listNames, ordinal } from './format';
import { roleName } from './labels';
import { normalisedLikelihoods, type OutcomeLikelihoods } from './likelihoods';
import { whatWouldFlip, type WhatWouldFlip } from './what-would-flip';

/** At most this many roles are combined (3^6 = 729 scenarios). */
export const MAX_CALLED_ROLES = 6;

export type Decision = 'accept-role' | 'accept-plan-b' | 'ask-extension' | 'keep-waiting' | 'undecided';

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
  /** Product of the roles' normalised likelihoods; `null` unless every called role has likelihoods. */
  likelihood: number | null;
  /** Weighted score of where this path ends (non-answers are planned as a no, ending with Plan B); `null` when unscored. */
  resultScore: number | null;
}

export interface StrategyComparison {
  /** Likelihood-weighted score of calling; `null` without complete likelihoods or scores. */
  callThemExpected: number | null;
  /** Worst and best end score over all combinations (`null` when some path is unscored). */
  callThemRange: { worst: number; best: number } | null;
  acceptPlanBNow: number | null;
  better: 'call-them' | 'accept-plan-b-now' | 'tie' | 'unknown';
  summary: string;
  /** The assumptions behind the figures, in words. */
  assumptions: string[];
}

export interface ScenarioAnalysis {
  status: 'ok' | 'no-plan-b' | 'nothing-to-call';
  /** Why there are no scenarios, or `null`. */
  reason: string | null;
  calledRoleIds: string[];
  /** Roles needing a call that were not combined, with the reason. */
  leftOut: { roleId: string; reason: string }[];
  scenarios: Scenario[];
  likelihoodsComplete: boolean;
  likelihoodReason: string | null;
  /** Each distinct decision, how many combinations lead to it, and its total likelihood. */
  byDecision: { decision: Decision; roleId: string | null; label: string; count: number; likelihood: number | null }[];
  strategies: StrategyComparison | null;
  /** What would flip each called role against Plan B. */
  flips: WhatWouldFlip[];
}

interface Called { role: DreamRole; name: string; score: number | null; ongoing: number | null; position: number; p: OutcomeLikelihoods | null }

export interface ScenarioOptions {
  now: Date;
  /** Reuse a computed call order (the board passes its own). */
  callOrder?: CallOrder;
  /** Lower than `MAX_CALLED_ROLES` to combine fewer roles; never higher. */
  maxRoles?: number;
}

const WAIT_RANK: Record<string, number> = { 'keep-waiting': 3, 'ask-extension': 2, undecided: 1, 'accept-plan-b': 0 };

function emptyAnalysis(status: ScenarioAnalysis['status'], reason: string, leftOut: ScenarioAnalysis['leftOut'] = []): ScenarioAnalysis {
  return { status, reason, calledRoleIds: [], leftOut, scenarios: [], likelihoodsComplete: false, likelihoodReason: null, byDecision: [], strategies: null, flips: [] };
}

/** Combines the called roles' outcomes and decides each path. Never throws. */
export function computeScenarios(plan: Plan, options: ScenarioOptions): ScenarioAnalysis {
  const offer = planB({ offers: plan.offers ?? [] });
  if (!offer) return emptyAnalysis('no-plan-b', 'There is no Plan B offer, so there is no leverage call to plan. Record the offer you hold first.');
  const criteria = plan.criteria ?? [];
  const order = options.callOrder ?? computeCallOrder(plan.dreamRoles ?? [], deadlineStatus(offer, options.now));
  const byId = new Map((plan.dreamRoles ?? []).map((r) => [r.id, r]));
  const limit = Math.max(0, Math.min(MAX_CALLED_ROLES, Math.floor(options.maxRoles ?? MAX_CALLED_ROLES)));
  const entries = order.entries.filter((e) => byId.has(e.roleId));
  const leftOut = entries.slice(limit).map((e) => ({
    roleId: e.roleId,
    reason: `Only the first ${limit} roles in call order are combined (3^${limit} paths); this one is ${ordinal(e.position)} in call order.`,
  }));
  if (entries.length === 0) return emptyAnalysis('nothing-to-call', 'No dream role needs a call: accept Plan B, or add the roles you are still in process with.');

  const bScore = weightedScore(offer.scores, criteria).score;
  const bOngoing = compensationTotals(offer.compensation).ongoing;
  const called: Called[] = entries.slice(0, limit).map((e) => {
    const role = byId.get(e.roleId) as DreamRole;
    const ongoing = compensationTotals(role.estimatedCompensation).ongoing;
    return { role, name: roleName(role), score: weightedScore(role.scores, criteria).score, ongoing: ongoing.known ? ongoing.amount : null, position: e.position, p: normalisedLikelihoods(role.likelihoods) };
  });
  const missingP = called.filter((c) => c.p === null).map((c) => c.name);
  const likelihoodsComplete = missingP.length === 0;
  const likelihoodReason = likelihoodsComplete ? null : `Add likelihoods for ${listNames(missingP)} to weigh the scenarios.`;

  const beatsPlanB = (c: Called): { beats: boolean; basis: string } => {
    if (c.score !== null && bScore !== null && Math.abs(c.score - bScore) >= SCORE_TIE_EPSILON) {
      return { beats: c.score > bScore, basis: `weighted score ${Math.round(c.score)} against ${Math.round(bScore)}` };
    }
    const tied = c.score !== null && bScore !== null ? 'scores tie' : 'scores are missing';
    if (c.ongoing !== null && bOngoing.known && c.ongoing !== bOngoing.amount) {
      return { beats: c.ongoing > bOngoing.amount, basis: `${tied}, so yearly pay decides` };
    }
    return { beats: true, basis: `${tied} and pay does not separate them, so your preference for the dream role decides` };
  };
  const better = (a: Called, b: Called) => {
    const sa = a.score ?? -Infinity;
    const sb = b.score ?? -Infinity;
    if (Math.abs(sa - sb) >= SCORE_TIE_EPSILON && sa !== sb) return sa > sb;
    const oa = a.ongoing ?? -Infinity;
    const ob = b.ongoing ?? -Infinity;
    if (oa !== ob) return oa > ob;
    return a.position < b.position;
  };

  const scenarios: Scenario[] = [];
  const n = called.length;
  const total = 3 ** n;
  for (let k = 0; k < total; k++) {
    const outcomes: Outcome[] = [];
    let rest = k;
    for (let i = 0; i < n; i++) {
      outcomes.push(OUTCOMES[rest % 3] as Outcome);
      rest = Math.floor(rest / 3);
    }
    scenarios.push(decide(called, outcomes, bScore, beatsPlanB, better));
  }
  const flips = called.map((c) => whatWouldFlip({ id: c.role.id, name: c.name, scores: c.role.scores ?? {} }, offer.scores ?? {}, criteria));
  return {
    status: 'ok', reason: null, calledRoleIds: called.map((c) => c.role.id), leftOut, scenarios, likelihoodsComplete, likelihoodReason,
    byDecision: groupDecisions(scenarios, called, likelihoodsComplete), strategies: compareStrategies(scenarios, bScore, likelihoodsComplete, likelihoodReason), flips,
  };
}

function decide(
  called: Called[], outcomes: Outcome[], bScore: number | null,
  beatsPlanB: (c: Called) => { beats: boolean; basis: string }, better: (a: Called, b: Called) => boolean,
): Scenario {
  let likelihood: number | null = 1;
  let best: Called | null = null;
  const nonAnswers: Called[] = [];
  called.forEach((c, i) => {
    const o = outcomes[i] as Outcome;
    likelihood = likelihood === null || c.p === null ? null : likelihood * c.p[o];
    if (o === 'immediate-offer' && (best === null || better(c, best))) best = c;
    if (o === 'non-answer') nonAnswers.push(c);
  });
  const base = { id: outcomes.join('|'), outcomes: called.map((c, i) => ({ roleId: c.role.id, outcome: outcomes[i] as Outcome })), likelihood };
  const top = best as Called | null;
  if (top) {
    const { beats, basis } = beatsPlanB(top);
    if (beats) return { ...base, decision: 'accept-role', acceptedRoleId: top.role.id, waitingFor: [], description: `Accept ${top.name}'s offer (${basis}); get it in writing first.`, resultScore: top.score };
  }
  const preface = top ? `${top.name}'s offer does not beat Plan B. ` : '';
  const rank = Math.max(-1, ...nonAnswers.map((c) => WAIT_RANK[c.role.walkAwayAnswer] ?? 1));
  const waiting = nonAnswers.filter((c) => (WAIT_RANK[c.role.walkAwayAnswer] ?? 1) === rank);
  const names = listNames(waiting.map((c) => c.name));
  const ids = waiting.map((c) => c.role.id);
  const end = { acceptedRoleId: null, resultScore: bScore };
  if (rank === 3) return { ...base, ...end, decision: 'keep-waiting', waitingFor: ids, description: `${preface}Keep waiting for ${names}, as you decided, knowing Plan B may lapse.` };
  if (rank === 2) return { ...base, ...end, decision: 'ask-extension', waitingFor: ids, description: `${preface}Ask Plan B for a few more days while ${names} decide${waiting.length === 1 ? 's' : ''}.` };
  if (rank === 1) return { ...base, ...end, decision: 'undecided', waitingFor: ids, description: `${preface}Undecided: choose your walk-away answer for ${names} now, before the call.` };
  const why = nonAnswers.length ? 'plan the non-answers as a no' : top ? 'it is the better offer' : 'every role gave you the green light';
  return { ...base, ...end, decision: 'accept-plan-b', waitingFor: [], description: `${preface}Accept Plan B with clarity: ${why}.` };
}

function groupDecisions(scenarios: Scenario[], called: Called[], complete: boolean): ScenarioAnalysis['byDecision'] {
  const names = new Map(called.map((c) => [c.role.id, c.name]));
  const groups = new Map<string, ScenarioAnalysis['byDecision'][number]>();
  for (const s of scenarios) {
    const roleId = s.acceptedRoleId ?? (s.waitingFor.length ? s.waitingFor.join(',') : null);
    const key = `${s.decision}:${roleId ?? ''}`;
    let g = groups.get(key);
    if (!g) {
      const who = listNames((roleId ?? '').split(',').filter(Boolean).map((id) => names.get(id) ?? 'a role'));
      const label = { 'accept-role': `Accept ${who}`, 'accept-plan-b': 'Accept Plan B', 'ask-extension': `Ask Plan B for more time (waiting for ${who})`, 'keep-waiting': `Keep waiting for ${who}`, undecided: `Undecided about ${who}` }[s.decision];
      g = { decision: s.decision, roleId: s.acceptedRoleId, label, count: 0, likelihood: complete ? 0 : null };
      groups.set(key, g);
    }
    g.count++;
    if (g.likelihood !== null && s.likelihood !== null) g.likelihood += s.likelihood;
  }
  return [...groups.values()].sort((a, b) => (b.likelihood ?? 0) - (a.likelihood ?? 0) || b.count - a.count);
}

function compareStrategies(scenarios: Scenario[], bScore: number | null, complete: boolean, likelihoodReason: string | null): StrategyComparison {
  const assumptions = [
    'A non-answer is planned as a no by your deadline, so that path ends with Plan B.',
    'Plan B is assumed to stay open while you call: very few offers are withdrawn because a candidate asked for time.',
  ];
  const ends = scenarios.map((s) => s.resultScore);
  const allScored = ends.every((v) => v !== null);
  const range = allScored && ends.length ? { worst: Math.min(...(ends as number[])), best: Math.max(...(ends as number[])) } : null;
  let expected: number | null = null;
  if (complete && allScored) expected = scenarios.reduce((sum, s) => sum + (s.likelihood ?? 0) * (s.resultScore ?? 0), 0);
  let better: StrategyComparison['better'] = 'unknown';
  let summary: string;
  if (bScore === null) summary = 'Score Plan B on your criteria to compare calling with accepting it now.';
  else if (!allScored) summary = 'Score every called role to compare calling with accepting Plan B now.';
  else if (expected === null) summary = `${likelihoodReason ?? 'Add likelihoods.'} Without them: calling ends between ${Math.round(range?.worst ?? 0)} and ${Math.round(range?.best ?? 0)}, against ${Math.round(bScore)} for Plan B now.`;
  else {
    const d = expected - bScore;
    better = Math.abs(d) < SCORE_TIE_EPSILON ? 'tie' : d > 0 ? 'call-them' : 'accept-plan-b-now';
    summary = better === 'tie'
      ? `Calling and accepting Plan B now are expected to end the same (${Math.round(bScore)}).`
      : better === 'call-them'
        ? `Calling is expected to end at ${Math.round(expected * 10) / 10}, above ${Math.round(bScore * 10) / 10} for accepting Plan B now.`
        : `Accepting Plan B now (${Math.round(bScore * 10) / 10}) is expected to beat calling (${Math.round(expected * 10) / 10}).`;
  }
  return { callThemExpected: expected, callThemRange: range, acceptPlanBNow: bScore, better, summary, assumptions };
}

