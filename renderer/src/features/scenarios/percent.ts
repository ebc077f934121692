import { numberFormat } from '@shared/intl-cache';

/** A 0–1 likelihood as a percentage in the user's locale, e.g. "42.5%"; `null` reads "Not given". */
export function formatLikelihood(p: number | null, locale: string): string {
  if (p === null || !Number.isFinite(p)) return 'Not given';
  return numberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(p);
}

/** A 0–100 score with one decimal, e.g. "67.5". */
export function formatPoints(score: number | null, locale: string): string {
  if (score === null || !Number.isFinite(score)) return 'Not scored';
  return numberFormat(locale, { maximumFractionDigits: 1 }).format(score);
}
