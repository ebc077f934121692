/**
 * Weighted criteria scores. Each option (Plan B, every dream role) is scored
 * 1–5 per criterion; the weighted score is 0–100 over every weighted (> 0)
 * criterion. A missing score is never zero and never ignored: it counts as
 * the middle of the scale (3 of 5) until the user scores it, so an option
 * scored 5 on one small criterion is not "100", and the coverage says how
 * much of the weight is really scored. An option scored on nothing has no
 * score (`null`).
 */
import type { Criterion } from '../plan';

/** Scores differing by less than this are a tie (floating-point noise). */
export const SCORE_TIE_EPSILON = 1e-6;

/** Where an unscored criterion sits on the 0–1 scale: a score of 3 of 5. */
export const NEUTRAL_SCORE = 0.5;

export interface WeightedScore {
  /** 0–100 (unscored weighted criteria count as 3 of 5), or `null` when no weighted criterion is scored. */
  score: number | null;
  /** Ids of weighted criteria that have a valid score. */
  scored: string[];
  /** Weighted criteria with no (valid) score, by id and name. */
  unscored: { id: string; name: string }[];
  /** Share of the total weight that is scored, 0–1 (0 when no criterion has weight). */
  coverage: number;
  /** Why the score is null or partial, in words; `null` when every weighted criterion is scored. */
  reason: string | null;
}

/** A valid score is an integer 1–5; anything else counts as unscored. */
export function validScore(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 5;
}

function weightOf(c: Criterion): number {
  return typeof c.weight === 'number' && Number.isFinite(c.weight) && c.weight > 0 ? c.weight : 0;
}

/** Weighted score of one option's scores against the plan's criteria. Never throws. */
export function weightedScore(
  scores: Readonly<Record<string, number>> | null | undefined,
  criteria: readonly Criterion[] | null | undefined,
): WeightedScore {
  const list = criteria ?? [];
  let num = 0;
  let den = 0;
  let totalWeight = 0;
  const scored: string[] = [];
  const unscored: { id: string; name: string }[] = [];
  for (const c of list) {
    const w = weightOf(c);
    if (w === 0) continue;
    totalWeight += w;
    const s = scores?.[c.id];
    if (validScore(s)) {
      num += (w * (s - 1)) / 4;
      den += w;
      scored.push(c.id);
    } else {
      unscored.push({ id: c.id, name: c.name || 'Unnamed criterion' });
    }
  }
  const coverage = totalWeight > 0 ? den / totalWeight : 0;
  if (totalWeight === 0) {
    const reason = list.length === 0 ? 'There are no criteria yet: add some to compare options.' : 'Every criterion has weight 0: give at least one a weight.';
    return { score: null, scored, unscored, coverage, reason };
  }
  if (den === 0) return { score: null, scored, unscored, coverage, reason: 'Not scored on any weighted criterion yet.' };
  const reason = unscored.length
    ? `Not scored on ${unscored.map((u) => u.name).join(', ')}, which count${unscored.length === 1 ? 's' : ''} as 3 of 5 until you score ${unscored.length === 1 ? 'it' : 'them'}.`
    : null;
  return { score: ((num + NEUTRAL_SCORE * (totalWeight - den)) / totalWeight) * 100, scored, unscored, coverage, reason };
}

export type ScoreComparison = 'better' | 'worse' | 'tie' | 'unknown';

export interface ScoreDifference {
  /** Role score − Plan B score, or `null` when either is unknown. */
  delta: number | null;
  /** How the role compares with Plan B; ties are explicit. */
  comparison: ScoreComparison;
  /** True when both are scored but on different sets of criteria. */
  coverageDiffers: boolean;
  /** The comparison in words. */
  reason: string;
}

/** A dream role's weighted score against Plan B's. `planB` null → unknown. */
export function compareScores(role: WeightedScore, planB: WeightedScore | null): ScoreDifference {
  if (!planB) return { delta: null, comparison: 'unknown', coverageDiffers: false, reason: 'There is no Plan B offer to compare with.' };
  if (role.score === null || planB.score === null) {
    // With no weighted criterion at all, both reasons are the same sentence about the criteria.
    if (role.coverage === 0 && planB.coverage === 0 && role.reason && role.reason === planB.reason && !role.reason.startsWith('Not scored')) {
      return { delta: null, comparison: 'unknown', coverageDiffers: false, reason: role.reason };
    }
    const who = role.score === null && planB.score === null ? 'Neither this role nor Plan B is' : role.score === null ? 'This role is not' : 'Plan B is not';
    return { delta: null, comparison: 'unknown', coverageDiffers: false, reason: `${who} scored yet, so they cannot be compared.` };
  }
  const delta = role.score - planB.score;
  const a = new Set(role.scored);
  const coverageDiffers = a.size !== planB.scored.length || planB.scored.some((id) => !a.has(id));
  const caveat = coverageDiffers ? ' (scored on different criteria; unscored ones count as 3 of 5)' : '';
  if (Math.abs(delta) < SCORE_TIE_EPSILON) return { delta: 0, comparison: 'tie', coverageDiffers, reason: `Tied with Plan B${caveat}.` };
  const r = Math.round(Math.abs(delta) * 10) / 10;
  return delta > 0
    ? { delta, comparison: 'better', coverageDiffers, reason: `${r} points above Plan B${caveat}.` }
    : { delta, comparison: 'worse', coverageDiffers, reason: `${r} points below Plan B${caveat}.` };
}

export interface RankedOption {
  id: string;
  score: number | null;
  /** 1 is best; tied options share a rank ("1, 1, 3"); unscored options have `null`. */
  rank: number | null;
  /** Ids of the other options with the same score. */
  tiedWith: string[];
}

/**
 * Ranks options by score, best first, with ties shared and explicit
 * ("1, 1, 3"). Unscored options come last, in input order, with rank `null`.
 */
export function rankByScore(options: readonly { id: string; score: number | null }[]): RankedOption[] {
  const order: number[] = [];
  options.forEach((o, i) => {
    if (o.score !== null) order.push(i);
  });
  order.sort((x, y) => (options[y]?.score as number) - (options[x]?.score as number) || x - y);
  const out: RankedOption[] = [];
  let start = 0;
  while (start < order.length) {
    const top = options[order[start] as number]?.score as number;
    let end = start + 1;
    while (end < order.length && Math.abs((options[order[end] as number]?.score as number) - top) < SCORE_TIE_EPSILON) end++;
    const ids = order.slice(start, end).map((i) => (options[i] as { id: string }).id);
    ids.forEach((id, j) => {
      // Small groups are the real case; in a tie of size g this is O(g²), fine up to the 1,000-role limit.
      const tiedWith = ids.length === 1 ? [] : ids.slice(0, j).concat(ids.slice(j + 1));
      out.push({ id, score: options[order[start + j] as number]?.score ?? null, rank: start + 1, tiedWith });
    });
    start = end;
  }
  for (const o of options) if (o.score === null) out.push({ id: o.id, score: null, rank: null, tiedWith: [] });
  return out;
}
