/**
 * "What would flip it": the smallest change of ONE score (1–5) or ONE
 * criterion weight (0–10 in steps of 0.5) that makes a dream role beat Plan B,
 * or Plan B beat it when the role is ahead. Scores are recomputed
 * incrementally (O(1) per candidate), so this is cheap even for many roles.
 */
import type { Criterion } from '../plan';
import { NEUTRAL_SCORE, SCORE_TIE_EPSILON, validScore, weightedScore, type ScoreComparison } from './criteria';

export interface FlipChange {
  kind: 'score' | 'weight';
  criterionId: string;
  criterionName: string;
  /** For a score change: whose score changes. */
  option: 'role' | 'plan-b' | null;
  from: number;
  to: number;
  /** Score points (score) or half-points of weight (weight) moved. */
  steps: number;
  roleScore: number;
  planBScore: number;
  /** The condition in words, e.g. "its Growth score were 4 instead of 3". */
  condition: string;
}

export interface WhatWouldFlip {
  roleId: string;
  /** How the role stands against Plan B today. */
  current: ScoreComparison;
  /** What a flip would achieve; `null` when scores are missing. */
  goal: 'role-beats-plan-b' | 'plan-b-beats-role' | null;
  byScore: FlipChange | null;
  byWeight: FlipChange | null;
  /** The answer in one or two sentences. */
  summary: string;
}

export const WEIGHT_STEP = 0.5;
export const MAX_WEIGHT = 10;

interface Sums { num: number; den: number; x: Map<string, number> }

/** The weighted sums behind `weightedScore`: an unscored criterion counts as NEUTRAL_SCORE (and is not in `x`). */
function sums(scores: Readonly<Record<string, number>>, criteria: readonly Criterion[]): Sums {
  const x = new Map<string, number>();
  let num = 0;
  let den = 0;
  for (const c of criteria) {
    const s = scores[c.id];
    const v = validScore(s) ? (s - 1) / 4 : null;
    if (v !== null) x.set(c.id, v);
    if (c.weight > 0) {
      num += c.weight * (v ?? NEUTRAL_SCORE);
      den += c.weight;
    }
  }
  return { num, den, x };
}

const fmt = (n: number) => String(Math.round(n * 10) / 10);

/**
 * The smallest one-score and one-weight changes that flip a role against Plan
 * B. `roleName` is used in sentences. Never throws.
 */
export function whatWouldFlip(
  role: { id: string; name: string; scores: Readonly<Record<string, number>> },
  planBScores: Readonly<Record<string, number>> | null,
  criteria: readonly Criterion[],
): WhatWouldFlip {
  const crit = (criteria ?? []).filter((c) => Number.isFinite(c.weight));
  const base = { roleId: role.id, byScore: null, byWeight: null };
  if (!planBScores) return { ...base, current: 'unknown', goal: null, summary: 'There is no Plan B to compare with.' };
  const rs = weightedScore(role.scores, crit).score;
  const bs = weightedScore(planBScores, crit).score;
  if (rs === null || bs === null) {
    return { ...base, current: 'unknown', goal: null, summary: `Score ${rs === null ? role.name : 'Plan B'} on at least one weighted criterion to see what would change the comparison.` };
  }
  const diff = rs - bs;
  const current: ScoreComparison = Math.abs(diff) < SCORE_TIE_EPSILON ? 'tie' : diff > 0 ? 'better' : 'worse';
  const roleMustWin = current !== 'better';
  const wins = (r: number, b: number) => (roleMustWin ? r - b > SCORE_TIE_EPSILON : b - r > SCORE_TIE_EPSILON);
  const R = sums(role.scores, crit);
  const B = sums(planBScores, crit);

  let byScore: FlipChange | null = null;
  const consider = (c: FlipChange) => {
    if (!byScore || c.steps < byScore.steps) byScore = c;
  };
  for (const c of crit) {
    if (c.weight <= 0) continue;
    for (const [option, S, other] of [['role', R, B], ['plan-b', B, R]] as const) {
      const xv = S.x.get(c.id);
      if (xv === undefined) continue;
      const from = xv * 4 + 1;
      for (let to = 1; to <= 5; to++) {
        if (to === from) continue;
        const mine = ((S.num + (c.weight * (to - from)) / 4) / S.den) * 100;
        const theirs = (other.num / other.den) * 100;
        const [r, b] = option === 'role' ? [mine, theirs] : [theirs, mine];
        if (!wins(r, b)) continue;
        // "its" always refers to the subject of the sentence (see `head` below).
        const whose = option === 'role' ? (roleMustWin ? 'its' : `${role.name}'s`) : roleMustWin ? "Plan B's" : 'its';
        consider({ kind: 'score', criterionId: c.id, criterionName: c.name, option, from, to, steps: Math.abs(to - from), roleScore: r, planBScore: b, condition: `${whose} ${c.name} score were ${to} instead of ${from}` });
      }
    }
  }

  let byWeight: FlipChange | null = null;
  for (const c of crit) {
    const w = Math.max(0, c.weight);
    if (!R.x.has(c.id) && !B.x.has(c.id)) continue;
    const rx = R.x.get(c.id) ?? NEUTRAL_SCORE;
    const bx = B.x.get(c.id) ?? NEUTRAL_SCORE;
    for (let k = 0; k <= MAX_WEIGHT / WEIGHT_STEP; k++) {
      const to = k * WEIGHT_STEP;
      const dw = to - w;
      if (Math.abs(dw) < 1e-9) continue;
      const rDen = R.den + dw;
      const bDen = B.den + dw;
      if (rDen <= 1e-9 || bDen <= 1e-9) continue;
      const r = ((R.num + dw * rx) / rDen) * 100;
      const b = ((B.num + dw * bx) / bDen) * 100;
      if (!wins(r, b)) continue;
      const steps = Math.round(Math.abs(dw) / WEIGHT_STEP);
      const candidate: FlipChange = { kind: 'weight', criterionId: c.id, criterionName: c.name, option: null, from: w, to, steps, roleScore: r, planBScore: b, condition: `${c.name} weighed ${fmt(to)} instead of ${fmt(w)}` };
      if (!byWeight || candidate.steps < byWeight.steps) byWeight = candidate;
    }
  }

  const head = roleMustWin ? `${role.name} would beat Plan B if` : `Plan B would beat ${role.name} if`;
  const state = current === 'tie' ? `${role.name} is tied with Plan B. ` : '';
  const found = [byScore as FlipChange | null, byWeight as FlipChange | null].filter((c): c is FlipChange => c !== null);
  const summary = found.length
    ? `${state}${head} ${found.map((c) => c.condition).join(', or if ')}.`
    : `${state}No single score or weight change would make ${roleMustWin ? `${role.name} beat Plan B` : `Plan B beat ${role.name}`}.`;
  return { roleId: role.id, current, goal: roleMustWin ? 'role-beats-plan-b' : 'plan-b-beats-role', byScore, byWeight, summary };
}
