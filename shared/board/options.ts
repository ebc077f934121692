/**
 * One rule picks the best option everywhere: the board's ranks, the scenarios'
 * decisions and the advice. An option is an offer the user could accept:
 * Plan B while it is held, or a dream role's offer (in hand, or in a scenario).
 *
 * Options are compared on one key after another, the same way everywhere:
 * 1. the weighted score (unscored criteria count as 3 of 5, an option scored on
 *    nothing counts as 3 of 5 on every criterion), when the plan weighs any criterion;
 * 2. known yearly pay (base + bonus + equity per year); pay with unknown parts
 *    never wins this step;
 * 3. the user's preference: a dream role before Plan B (that is what "dream"
 *    means), then the higher priority, then the earlier place in the call order.
 * Each key is defined for every option, so the order is total: adding an
 * option can never make the best one worse.
 */
import type { DreamRole, Offer, Plan } from '../plan';
import { latestCall } from './call-log';
import { compensationTotals } from './compensation';
import { NEUTRAL_SCORE, SCORE_TIE_EPSILON, weightedScore, type WeightedScore } from './criteria';
import { roleName } from './labels';

export interface OptionFacts {
  /** Offer id for Plan B, role id for a dream role. */
  id: string;
  kind: 'plan-b' | 'dream-role';
  name: string;
  score: WeightedScore;
  /** The value compared first: the weighted score, or `null` when the plan weighs no criterion. */
  value: number | null;
  /** Known ongoing yearly pay, or `null` when a part is unknown. */
  pay: number | null;
  /** Dream role priority (1 = most wanted); `null` for Plan B. */
  priority: number | null;
  /** Place in the call order (lower first); Infinity when not called. */
  position: number;
}

/** The value an option is compared on (see the module rule). */
export function optionValue(score: WeightedScore): number | null {
  if (score.score !== null) return score.score;
  // Scored on nothing: every weighted criterion counts as 3 of 5.
  return score.unscored.length > 0 ? NEUTRAL_SCORE * 100 : null;
}

export function planBOption(offer: Offer, plan: Pick<Plan, 'criteria'>): OptionFacts {
  const score = weightedScore(offer.scores, plan.criteria ?? []);
  const pay = compensationTotals(offer.compensation).ongoing;
  return { id: offer.id, kind: 'plan-b', name: 'Plan B', score, value: optionValue(score), pay: pay.known ? pay.amount : null, priority: null, position: -1 };
}

export function roleOption(role: DreamRole, plan: Pick<Plan, 'criteria'>, position = Infinity): OptionFacts {
  const score = weightedScore(role.scores, plan.criteria ?? []);
  const pay = compensationTotals(role.estimatedCompensation).ongoing;
  const priority = Number.isFinite(role.priority) ? role.priority : Infinity;
  return { id: role.id, kind: 'dream-role', name: roleName(role), score, value: optionValue(score), pay: pay.known ? pay.amount : null, priority, position };
}

/**
 * Scores are compared on a fixed grid (a millionth of a point), so that
 * rounding noise is a tie and ties are transitive: "within epsilon" is not,
 * and a best option picked with it could be beaten by another.
 */
const onGrid = (v: number | null) => Math.round((v ?? 0) / SCORE_TIE_EPSILON);

/** Negative when `a` is the better option, positive when `b` is, 0 for the very same standing. */
export function compareOptions(a: OptionFacts, b: OptionFacts): number {
  const va = onGrid(a.value);
  const vb = onGrid(b.value);
  if (va !== vb) return vb - va;
  const pa = a.pay ?? -Infinity;
  const pb = b.pay ?? -Infinity;
  if (pa !== pb) return pb > pa ? 1 : -1;
  if (a.kind !== b.kind) return a.kind === 'dream-role' ? -1 : 1;
  const ra = a.priority ?? Infinity;
  const rb = b.priority ?? Infinity;
  if (ra !== rb) return ra < rb ? -1 : 1;
  return a.position === b.position ? 0 : a.position < b.position ? -1 : 1;
}

/** The best of some options by `compareOptions`, or `null` for none. */
export function bestOption<T extends OptionFacts>(options: readonly (T | null | undefined)[]): T | null {
  let best: T | null = null;
  for (const o of options) if (o && (best === null || compareOptions(o, best) < 0)) best = o;
  return best;
}

const round = (n: number) => Math.round(n * 10) / 10;

/** Why `winner` comes before `other`, in words, naming the key that decided. */
export function comparisonBasis(winner: OptionFacts, other: OptionFacts): string {
  const vw = winner.value ?? 0;
  const vo = other.value ?? 0;
  if (winner.value !== null && onGrid(vw) !== onGrid(vo)) {
    const partial = winner.score.coverage < 1 || other.score.coverage < 1 ? '; unscored criteria count as 3 of 5' : '';
    return `weighted score ${round(vw)} against ${round(vo)}${partial}`;
  }
  const tied = winner.value === null ? 'no criterion is weighted' : 'scores tie';
  if ((winner.pay ?? -Infinity) !== (other.pay ?? -Infinity)) return `${tied}, so known yearly pay decides`;
  if (winner.kind !== other.kind) return `${tied} and pay does not separate them, so your preference for the dream role decides`;
  return `${tied} and pay does not separate them, so your priority order decides`;
}

/**
 * Dream roles whose offer is already in hand: at the offer stage, or whose
 * latest call was an immediate offer, and not closed, withdrawn or recorded as an offer. The scenarios count
 * them as options beside Plan B, never as calls still to make.
 */
export function roleOffersInHand(roles: readonly DreamRole[]): DreamRole[] {
  // A role whose offer is recorded as an offer counts once, as that offer.
  return roles.filter((r) => r.stage !== 'closed' && !r.offerId && !r.withdrawnOn && (r.stage === 'offer' || latestCall(r)?.outcome === 'immediate-offer'));
}
