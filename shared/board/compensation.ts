/**
 * Compensation totals and their difference from Plan B. A `null` amount means
 * "not known yet": it is listed as missing, never silently counted as zero.
 */
import type { Compensation } from '../plan';

export { formatMoney, formatMoneyDelta, formatPercentDelta } from './format';

export type CompensationPart = 'base' | 'bonus' | 'signOn' | 'equityPerYear';

export const COMPENSATION_PART_LABELS: Record<CompensationPart, string> = {
  base: 'base salary',
  bonus: 'bonus',
  signOn: 'sign-on bonus',
  equityPerYear: 'equity per year',
};

/** A total of some compensation parts. */
export interface CompensationTotal {
  /** Sum of the parts that are known (a lower bound when `known` is false). */
  amount: number;
  /** True when every part of this total is known; only then is `amount` the total. */
  known: boolean;
  /** Parts that are `null` (not known yet), in display order. */
  missing: CompensationPart[];
}

export interface CompensationTotals {
  /** Base + bonus + sign-on + equity per year. */
  firstYear: CompensationTotal;
  /** Base + bonus + equity per year (the sign-on bonus is paid once). */
  ongoing: CompensationTotal;
}

const FIRST_YEAR: CompensationPart[] = ['base', 'bonus', 'signOn', 'equityPerYear'];
const ONGOING: CompensationPart[] = ['base', 'bonus', 'equityPerYear'];

function total(c: Partial<Compensation> | null | undefined, parts: CompensationPart[]): CompensationTotal {
  let amount = 0;
  const missing: CompensationPart[] = [];
  for (const p of parts) {
    const v = c?.[p];
    if (typeof v === 'number' && Number.isFinite(v)) amount += v;
    else missing.push(p);
  }
  return { amount, known: missing.length === 0, missing };
}

/** First-year and ongoing yearly totals of one compensation record. Never throws. */
export function compensationTotals(c: Partial<Compensation> | null | undefined): CompensationTotals {
  return { firstYear: total(c, FIRST_YEAR), ongoing: total(c, ONGOING) };
}

/** A dream role's difference from Plan B on one total. */
export interface MoneyDifference {
  /** Role total − Plan B total; `null` when either total is not fully known. */
  amount: number | null;
  /** The difference as a percentage of Plan B's total; `null` when not computable (unknown, or Plan B is 0). */
  percent: number | null;
  /** Why `amount`/`percent` is null, in words; `null` when both are known. */
  reason: string | null;
}

export interface CompensationDifference {
  firstYear: MoneyDifference;
  ongoing: MoneyDifference;
}

function partsList(parts: CompensationPart[]): string {
  return parts.map((p) => COMPENSATION_PART_LABELS[p]).join(', ');
}

function difference(role: CompensationTotal, planB: CompensationTotal | null): MoneyDifference {
  if (!planB) return { amount: null, percent: null, reason: 'There is no Plan B offer to compare with.' };
  const gaps: string[] = [];
  if (!planB.known) gaps.push(`Plan B's ${partsList(planB.missing)}`);
  if (!role.known) gaps.push(`this role's ${partsList(role.missing)}`);
  if (gaps.length) return { amount: null, percent: null, reason: `Not known yet: ${gaps.join(' and ')}.` };
  const amount = role.amount - planB.amount;
  if (planB.amount === 0) return { amount, percent: null, reason: "Plan B's total is zero, so a percentage means nothing." };
  return { amount, percent: (amount / planB.amount) * 100, reason: null };
}

/**
 * How a dream role's (estimated) compensation differs from Plan B's, first
 * year and ongoing. `planB` null/undefined → every figure null with a reason.
 */
export function compareCompensation(
  role: Partial<Compensation> | null | undefined,
  planB: Partial<Compensation> | null | undefined,
): CompensationDifference {
  const r = compensationTotals(role);
  const b = planB ? compensationTotals(planB) : null;
  return { firstYear: difference(r.firstYear, b?.firstYear ?? null), ongoing: difference(r.ongoing, b?.ongoing ?? null) };
}
