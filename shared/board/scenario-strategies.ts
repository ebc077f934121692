/**
 * "Call them" against "accept the offer in hand now": the expected result of
 * each, and why one wins. Calling can lose: each path's value counts the
 * small chance that Plan B is withdrawn, keeping waiting lets Plan B lapse,
 * and without a job calling must gain a clear margin to be advised.
 */
import type { OptionFacts } from './options';
import type { Called } from './scenario-path';
import { SAFETY_NET_MARGIN, assumptionLines } from './scenario-assumptions';
import type { Scenario } from './scenarios';
import { SCORE_TIE_EPSILON } from './criteria';

export interface StrategyComparison {
  /** Likelihood-weighted value of calling, counting the risk to Plan B; `null` when the plan weighs no criterion. */
  callThemExpected: number | null;
  /** Worst and best path value (`null` when unknown). */
  callThemRange: { worst: number; best: number } | null;
  /** The value of accepting the best offer in hand now. */
  acceptPlanBNow: number | null;
  /** What "accept now" accepts, e.g. "Plan B" or "Beta's offer". */
  acceptNowName: string;
  better: 'call-them' | 'accept-plan-b-now' | 'tie' | 'unknown';
  summary: string;
  /** The assumptions behind the figures, in words. */
  assumptions: string[];
}

export interface StrategyInput {
  scenarios: readonly Scenario[];
  /** Each path's value if Plan B were withdrawn (same order), or nulls without a risk. */
  withoutPlanB: readonly (number | null)[];
  withdrawal: number;
  floor: OptionFacts | null;
  called: readonly Called[];
  unemployed: boolean;
  verbal: boolean;
}

const r1 = (n: number) => Math.round(n * 10) / 10;

export function compareStrategies(input: StrategyInput): StrategyComparison {
  const { scenarios, withoutPlanB, withdrawal, floor, called, unemployed } = input;
  const acceptNowName = floor ? (floor.kind === 'plan-b' ? 'Plan B' : `${floor.name}'s offer`) : 'no offer';
  const assumptions = assumptionLines(unemployed ? 'unemployed' : 'employed');
  const ends = scenarios.map((s) => s.resultScore);
  const accept = floor?.value ?? null;
  const base = { acceptPlanBNow: accept, acceptNowName, assumptions };
  if (accept === null || ends.some((v) => v === null)) {
    return { ...base, callThemExpected: null, callThemRange: null, better: 'unknown', summary: 'Give at least one criterion a weight to compare calling with accepting now.' };
  }
  const values = ends as number[];
  const range = { worst: Math.min(...values), best: Math.max(...values) };
  const expected = scenarios.reduce((sum, s, i) => {
    const lost = withoutPlanB[i];
    const v = withdrawal > 0 && lost !== null && lost !== undefined ? (1 - withdrawal) * (s.resultScore as number) + withdrawal * lost : (s.resultScore as number);
    return sum + s.likelihood * v;
  }, 0);
  const d = expected - accept;
  const margin = unemployed ? SAFETY_NET_MARGIN : SCORE_TIE_EPSILON;
  let better: StrategyComparison['better'];
  if (Math.abs(d) < SCORE_TIE_EPSILON) better = 'tie';
  else better = d >= margin ? 'call-them' : 'accept-plan-b-now';
  const e = r1(expected);
  const a = r1(accept);
  const anyBetter = called.some((c) => (c.option.value ?? -Infinity) > accept + SCORE_TIE_EPSILON);
  const waits = scenarios.filter((s) => s.decision === 'keep-waiting').reduce((p, s) => p + s.likelihood, 0);
  let summary: string;
  if (better === 'tie') summary = `Calling and accepting ${acceptNowName} now are expected to end the same (${a}).`;
  else if (better === 'call-them') summary = `Calling is expected to end at ${e}, above ${a} for accepting ${acceptNowName} now: a better offer is likely enough to be worth the small risk.`;
  else if (d > 0) summary = `Calling is expected to gain only ${r1(d)} points (${e} against ${a}). Without a job that is not worth risking ${acceptNowName}: secure it first.`;
  else if (!anyBetter) summary = `Accepting ${acceptNowName} now (${a}) is expected to beat calling (${e}): no role you would call scores above it, so a call can only risk it.`;
  else if (waits >= 0.25) summary = `Accepting ${acceptNowName} now (${a}) is expected to beat calling (${e}): your walk-away answers keep waiting in ${Math.round(waits * 100)} % of the outcomes, and waiting lets the offer lapse.`;
  else summary = `Accepting ${acceptNowName} now (${a}) is expected to beat calling (${e}): a better offer is too unlikely to be worth the risk to the offer in hand.`;
  if (input.verbal && better === 'call-them') summary += ' Get the verbal offer in writing before you lean on it.';
  return { ...base, callThemExpected: expected, callThemRange: range, better, summary };
}
