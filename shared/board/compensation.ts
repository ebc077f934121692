/**
 * Compensation totals for the board, in the plan's display currency, and
 * their difference from Plan B. The rules are in shared/compensation; this
 * module only shapes them for cards, the table and the call sheet. A part
 * not known yet is listed as missing, never silently counted as zero.
 */
import {
  BASIS_LABELS, differenceOnBasis, displayYears, PART_LABELS, rateLabel,
  type Basis, type BasisDifference, type Compensation, type DisplayYears, type ExchangeRate, type Part, type YearFigure,
} from '../compensation';
import type { Plan } from '../plan';

import { formatMoneyDelta, formatPercentDelta } from './format';

export { formatMoney, formatMoneyDelta, formatPercentDelta } from './format';
export { BASIS_LABELS, type Basis };

export type CompensationPart = Part;
export const COMPENSATION_PART_LABELS = PART_LABELS;

/** The display currency and the user's rates. */
export interface MoneyContext {
  currency: string;
  rates: readonly ExchangeRate[];
}

export function moneyContext(plan: { situation?: Partial<Plan['situation']> }): MoneyContext {
  return { currency: plan.situation?.currency || 'USD', rates: plan.situation?.rates ?? [] };
}

/** A total of some compensation parts. */
export interface CompensationTotal {
  /** Sum of the parts that are known (a lower bound when `known` is false). */
  amount: number;
  /** True when every part of this total is known; only then is `amount` the total. */
  known: boolean;
  /** Parts not known yet, in display order. */
  missing: CompensationPart[];
}

export interface CompensationTotals {
  /** Year 1 to year 4. */
  years: CompensationTotal[];
  firstYear: CompensationTotal;
  fourYearAverage: CompensationTotal;
  /** The currency these figures are in: the display currency, or the option's own when the plan has no rate for it. */
  currency: string;
  /** The rate used to convert, for showing beside the figures; null when none was needed or none is known. */
  rate: ExchangeRate | null;
  /** "1 CHF = 1.13 USD on 2026-11-20", or why the figures are not converted; null in the display currency. */
  rateNote: string | null;
  /** The figures behind the totals, for comparing. */
  detail: DisplayYears;
}

const total = (f: YearFigure): CompensationTotal => ({ amount: f.amount, known: f.missing.length === 0, missing: f.missing });

/** Yearly totals of one compensation record. */
export function compensationTotals(c: Compensation, money: MoneyContext): CompensationTotals {
  const detail = displayYears(c, money.currency, money.rates);
  const shown = detail.display ?? detail.own;
  const years = shown.years.map(total);
  const rateNote = detail.rate
    ? rateLabel(detail.rate, money.currency)
    : detail.display
      ? null
      : `No exchange rate for ${c.currency} yet: shown in ${c.currency}. Add one under Situation to compare.`;
  return {
    years, firstYear: years[0]!, fourYearAverage: total(shown.average), currency: detail.display ? money.currency : c.currency,
    rate: detail.rate, rateNote, detail,
  };
}

/** A dream role's difference from Plan B on one basis. */
export type MoneyDifference = BasisDifference;

export interface CompensationDifference {
  firstYear: MoneyDifference;
  fourYearAverage: MoneyDifference;
}

/** How a dream role's (estimated) compensation differs from Plan B's, on both bases. */
export function compareCompensation(role: CompensationTotals, planB: CompensationTotals | null): CompensationDifference {
  const other = planB?.detail ?? null;
  return {
    firstYear: differenceOnBasis(role.detail, other, 'first-year', 'this role'),
    fourYearAverage: differenceOnBasis(role.detail, other, 'four-year-average', 'this role'),
  };
}

/** The difference on the basis the user picked. */
export function onChosenBasis<T>(d: { firstYear: T; fourYearAverage: T }, basis: Basis): T {
  return basis === 'first-year' ? d.firstYear : d.fourYearAverage;
}

/**
 * A difference from Plan B as every screen and print path writes it:
 * "+$46,200 (+23.4%)"; null when it is not known (show `d.reason` instead).
 */
export function differenceText(d: MoneyDifference, currency: string, locale: string): string | null {
  if (d.amount === null) return null;
  const pct = d.percent === null ? '' : ` (${formatPercentDelta(d.percent, locale)})`;
  return `${formatMoneyDelta(d.amount, currency, locale)}${pct}`;
}
