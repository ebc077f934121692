/**
 * An option's figures in the plan's display currency, and its difference
 * from Plan B on the basis the user picked (first year, or 4-year average).
 */
import { toDisplay } from './currency';
import type { Compensation, ExchangeRate } from './model';
import { compensationYears, PART_LABELS, type CompensationYears, type Part, type YearFigure } from './totals';

export const BASES = ['first-year', 'four-year-average'] as const;
export type Basis = (typeof BASES)[number];
export const BASIS_LABELS: Record<Basis, string> = { 'first-year': 'first year', 'four-year-average': '4-year average' };

export interface DisplayYears {
  /** In the display currency; null when the plan has no rate for the option's currency. */
  display: CompensationYears | null;
  /** In the option's own currency, always. */
  own: CompensationYears;
  currency: string;
  rate: ExchangeRate | null;
}

function scaleFigure(f: YearFigure, by: (n: number) => number): YearFigure {
  const parts = Object.fromEntries(Object.entries(f.parts).map(([k, v]) => [k, v === null ? null : by(v)])) as Record<Part, number | null>;
  return { parts, amount: by(f.amount), missing: f.missing };
}

export function displayYears(c: Compensation, display: string, rates: readonly ExchangeRate[]): DisplayYears {
  const own = compensationYears(c);
  const probe = toDisplay(1, c.currency, display, rates);
  if (probe.amount === null) return { display: null, own, currency: c.currency, rate: null };
  const by = (n: number) => toDisplay(n, c.currency, display, rates).amount as number;
  return { display: { years: own.years.map((y) => scaleFigure(y, by)), average: scaleFigure(own.average, by) }, own, currency: c.currency, rate: probe.rate };
}

export function onBasis(years: CompensationYears, basis: Basis): YearFigure {
  return basis === 'first-year' ? years.years[0]! : years.average;
}

export interface BasisDifference {
  /** Option − Plan B, in the display currency; null when either is not fully known or not convertible. */
  amount: number | null;
  percent: number | null;
  /** Why the difference is null, in words; null when it is known. */
  reason: string | null;
}

const partList = (parts: Part[]) => parts.map((p) => PART_LABELS[p]).join(', ');

export function differenceOnBasis(option: DisplayYears, planB: DisplayYears | null, basis: Basis): BasisDifference {
  if (!planB) return { amount: null, percent: null, reason: 'There is no Plan B offer to compare with.' };
  const noRate = [option, planB].filter((o) => o.display === null).map((o) => o.currency);
  if (noRate.length) return { amount: null, percent: null, reason: `Add an exchange rate for ${[...new Set(noRate)].join(' and ')} to compare.` };
  const a = onBasis(option.display!, basis);
  const b = onBasis(planB.display!, basis);
  const gaps: string[] = [];
  if (b.missing.length) gaps.push(`Plan B's ${partList(b.missing)}`);
  if (a.missing.length) gaps.push(`this option's ${partList(a.missing)}`);
  if (gaps.length) return { amount: null, percent: null, reason: `Not known yet: ${gaps.join(' and ')}.` };
  const amount = a.amount - b.amount;
  if (b.amount === 0) return { amount, percent: null, reason: "Plan B's total is zero, so a percentage means nothing." };
  return { amount, percent: (amount / b.amount) * 100, reason: null };
}
