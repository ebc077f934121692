/** The user's per-role guesses of each call outcome. */
import type { DreamRole, Outcome } from '../plan';

export type OutcomeLikelihoods = Record<Outcome, number>;

/**
 * The three guesses scaled to sum to 1, or `null` when any is missing or all
 * are zero (the user gave no usable guess). Never throws.
 */
export function normalisedLikelihoods(l: DreamRole['likelihoods'] | null | undefined): OutcomeLikelihoods | null {
  const values = [l?.immediateOffer, l?.nonAnswer, l?.greenLight];
  if (values.some((v) => typeof v !== 'number' || !Number.isFinite(v) || v < 0)) return null;
  const [a, b, c] = values as [number, number, number];
  const sum = a + b + c;
  if (sum <= 0) return null;
  return { 'immediate-offer': a / sum, 'non-answer': b / sum, 'green-light': c / sum };
}
