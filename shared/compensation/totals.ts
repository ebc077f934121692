/**
 * Yearly figures of one compensation record, in its own currency. The rules
 * are in README.md; every figure here is one the user can redo by hand.
 */
import { SCHEDULE_PERCENTS, type Compensation, type Equity } from './model';

export const YEARS = 4;
export const PARTS = ['base', 'bonus', 'signOn', 'relocation', 'equity', 'benefits'] as const;
export type Part = (typeof PARTS)[number];

export const PART_LABELS: Record<Part, string> = {
  base: 'base salary',
  bonus: 'bonus',
  signOn: 'sign-on bonus',
  relocation: 'relocation',
  equity: 'equity',
  benefits: 'benefits',
};

/** One year (or an average): each part's amount, null when not known yet. */
export interface YearFigure {
  parts: Record<Part, number | null>;
  /** Sum of the known parts: the total when `missing` is empty, otherwise "at least" this. */
  amount: number;
  missing: Part[];
}

/** Yearly base: the yearly amount, or one payment × payments a year. */
export function yearlyBase(c: Compensation): number | null {
  const { amount, period, paymentsPerYear } = c.base;
  if (amount === null) return null;
  return period === 'yearly' ? amount : amount * paymentsPerYear;
}

/** Expected yearly bonus: the amount (or target % of yearly base) × expected payout %. */
export function yearlyBonus(c: Compensation): number | null {
  const { kind, value, expectedPayoutPercent } = c.bonus;
  if (value === null) return null;
  const target = kind === 'amount' ? value : percentOf(yearlyBase(c), value);
  return target === null ? null : (target * expectedPayoutPercent) / 100;
}

function percentOf(of: number | null, pct: number): number | null {
  return of === null ? null : (of * pct) / 100;
}

/** The grant's value: as given, or units × price per unit; null when neither is known. */
export function grantValue(e: Equity): number | null {
  if (e.grantValue !== null) return e.grantValue;
  return e.units !== null && e.pricePerUnit !== null ? e.units * e.pricePerUnit : null;
}

/** Fraction of a grant vesting in each year, adding up to 1. */
export function yearFractions(e: Equity): number[] {
  if (e.schedule === 'even') return Array.from({ length: e.vestingYears }, () => 1 / e.vestingYears);
  const pcts = e.schedule === 'custom' ? e.customPercents : SCHEDULE_PERCENTS[e.schedule];
  return pcts.map((p) => p / 100);
}

/**
 * Fraction of a grant vested after `months`: each year's share vests evenly
 * month by month, and nothing before the cliff (what had built up vests at it).
 */
export function vestedFraction(e: Equity, months: number, cliffMonths = e.cliffMonths): number {
  if (months < cliffMonths || months <= 0) return 0;
  const fractions = yearFractions(e);
  let vested = 0;
  for (let year = 0; year < fractions.length; year++) {
    const inYear = Math.min(Math.max(months - year * 12, 0), 12);
    if (inYear === 12) vested += fractions[year]!;
    else vested += (fractions[year]! * inYear) / 12;
  }
  return Math.min(vested, 1);
}

/** Counted equity vested between two months: the grant (with its cliff) plus a refresher granted each year from year 2 (no cliff). */
function equityBetween(e: Equity, from: number, to: number): number | null {
  const value = grantValue(e);
  if (value === null || e.refresherPerYear === null) return null;
  let vested = value * (vestedFraction(e, to) - vestedFraction(e, from));
  for (let granted = 12; granted < to; granted += 12) {
    vested += e.refresherPerYear * (vestedFraction(e, to - granted, 0) - vestedFraction(e, Math.max(from - granted, 0), 0));
  }
  return (vested * e.countAtPercent) / 100;
}

/** Sign-on instalments paid in months [from, to); null when any amount there is not known. */
function signOnBetween(c: Compensation, from: number, to: number): number | null {
  let sum = 0;
  for (const i of c.signOn.instalments) {
    if (i.month < from || i.month >= to) continue;
    if (i.amount === null) return null;
    sum += i.amount;
  }
  return sum;
}

function figure(parts: Record<Part, number | null>): YearFigure {
  let amount = 0;
  const missing: Part[] = [];
  for (const p of PARTS) {
    const v = parts[p];
    if (v === null) missing.push(p);
    else amount += v;
  }
  return { parts, amount, missing };
}

/** Year `year` (1-based) of an offer, part by part. */
export function yearFigure(c: Compensation, year: number): YearFigure {
  const from = (year - 1) * 12;
  return figure({
    base: yearlyBase(c),
    bonus: yearlyBonus(c),
    signOn: signOnBetween(c, from, from + 12),
    relocation: year === 1 ? c.relocation : 0,
    equity: equityBetween(c.equity, from, from + 12),
    benefits: c.benefitsPerYear,
  });
}

export interface CompensationYears {
  /** Year 1 to year 4. */
  years: YearFigure[];
  /** The four years' average, part by part; a part missing in any year is missing here. */
  average: YearFigure;
}

export function compensationYears(c: Compensation): CompensationYears {
  const years = Array.from({ length: YEARS }, (_, i) => yearFigure(c, i + 1));
  const parts = Object.fromEntries(
    PARTS.map((p) => {
      const values = years.map((y) => y.parts[p]);
      return [p, values.some((v) => v === null) ? null : (values as number[]).reduce((a, b) => a + b, 0) / YEARS];
    }),
  ) as Record<Part, number | null>;
  return { years, average: figure(parts) };
}

export interface IfILeave {
  months: number;
  /** Cash paid and equity vested (counted) by then; "at least" when `missing` is not empty. */
  paid: number;
  /** Sign-on to pay back; null when the clawback terms are not known. */
  clawbackOwed: number | null;
  /** Counted equity not vested yet, left behind; null when the grant is not known. */
  unvestedLeft: number | null;
  missing: Part[];
}

/**
 * Leaving after `months`: salary, benefits and relocation as earned (pay
 * counted evenly over the year), bonuses for each full year, sign-on
 * instalments paid before then, equity vested by then.
 */
export function ifILeaveAfter(c: Compensation, months: number): IfILeave {
  const base = yearlyBase(c);
  const bonus = yearlyBonus(c);
  const paidParts = figure({
    base: base === null ? null : (base * months) / 12,
    bonus: bonus === null ? null : bonus * Math.floor(months / 12),
    signOn: signOnBetween(c, 0, months),
    relocation: months > 0 ? c.relocation : 0,
    equity: equityBetween(c.equity, 0, months),
    benefits: c.benefitsPerYear === null ? null : (c.benefitsPerYear * months) / 12,
  });
  const unvestedLeft = paidParts.parts.equity === null ? null : unvestedOfGrantsBefore(c.equity, months);
  return { months, paid: paidParts.amount, clawbackOwed: clawbackOwed(c, months), unvestedLeft, missing: paidParts.missing };
}

/** Refreshers not granted yet are not left behind: only grants made before leaving count. */
function unvestedOfGrantsBefore(e: Equity, months: number): number {
  const value = grantValue(e) ?? 0;
  let left = value * (1 - vestedFraction(e, months));
  for (let granted = 12; granted < months; granted += 12) {
    left += (e.refresherPerYear ?? 0) * (1 - vestedFraction(e, months - granted, 0));
  }
  return (left * e.countAtPercent) / 100;
}

/** Each instalment paid before leaving is owed back if you leave within the clawback months after it: all of it, or the unserved share. */
export function clawbackOwed(c: Compensation, months: number): number | null {
  const paid = c.signOn.instalments.filter((i) => i.month < months);
  if (paid.every((i) => i.amount === 0)) return 0;
  const term = c.signOn.clawbackMonths;
  if (term === null) return null;
  let owed = 0;
  for (const i of paid) {
    if (i.amount === null) return null;
    const served = months - i.month;
    if (served >= term) continue;
    owed += c.signOn.clawback === 'full' ? i.amount : (i.amount * (term - served)) / term;
  }
  return owed;
}
