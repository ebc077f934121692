/**
 * The user's per-role guesses of each call outcome, made usable and honest:
 * guesses that do not add up to 100 % are scaled (and the screen says so); a
 * missing guess takes what is left of 100 %; a role with no guesses counts its
 * three answers as equally likely (and the screen says so). One role's
 * missing guesses never stop the others from counting.
 */
import type { DreamRole, Outcome } from '../plan';

export type OutcomeLikelihoods = Record<Outcome, number>;

export type LikelihoodSource = 'yours' | 'rescaled' | 'filled' | 'assumed';

export interface RoleLikelihoods {
  p: OutcomeLikelihoods;
  source: LikelihoodSource;
}

const KEYS = [['immediate-offer', 'immediateOffer'], ['non-answer', 'nonAnswer'], ['green-light', 'greenLight']] as const;
/** Sums this close to 1 are taken as 1 (guesses typed as 33/33/33). */
const SUM_TOLERANCE = 0.011;

const usable = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;

/** The three guesses as probabilities that sum to 1, and how they were made so. Never throws. */
export function roleLikelihoods(l: DreamRole['likelihoods'] | null | undefined): RoleLikelihoods {
  const values = KEYS.map(([, k]) => l?.[k]);
  const known = values.filter(usable);
  const sum = known.reduce((a, b) => a + b, 0);
  const build = (f: (v: number | undefined) => number) =>
    Object.fromEntries(KEYS.map(([o], i) => [o, f(usable(values[i]) ? (values[i] as number) : undefined)])) as OutcomeLikelihoods;
  if (known.length === 0 || (known.length === 3 && sum <= 0)) return { p: build(() => 1 / 3), source: 'assumed' };
  if (known.length === 3) {
    return Math.abs(sum - 1) <= SUM_TOLERANCE ? { p: build((v) => (v as number) / sum), source: 'yours' } : { p: build((v) => (v as number) / sum), source: 'rescaled' };
  }
  if (sum < 1) {
    const share = (1 - sum) / (3 - known.length);
    return { p: build((v) => v ?? share), source: 'filled' };
  }
  return { p: build((v) => (v === undefined ? 0 : v / sum)), source: 'rescaled' };
}
