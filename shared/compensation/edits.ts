/**
 * Changing the shape of one part without changing what it is worth: the
 * detail editor's presets and switches. Switching how a figure is given
 * (yearly or monthly, amount or target, value or units) keeps the figure, so
 * a click never silently changes a total; choosing a schedule preset sets
 * what the schema needs for it.
 */
import type { Compensation, Equity, Schedule } from './model';
import type { BONUS_KINDS, PAY_PERIODS } from './model';
import { grantValue, yearFractions, yearlyBase } from './totals';

const cents = (n: number) => Math.round(n * 100) / 100;

/** Yearly ↔ monthly: the yearly base stays the same (a monthly amount is yearly ÷ payments a year). */
export function withBasePeriod(c: Compensation, period: (typeof PAY_PERIODS)[number]): Compensation {
  if (c.base.period === period) return c;
  const yearly = yearlyBase(c);
  const amount = yearly === null ? null : period === 'yearly' ? yearly : cents(yearly / c.base.paymentsPerYear);
  return { ...c, base: { ...c.base, period, amount } };
}

/**
 * Amount ↔ target %: the target stays the same (a percentage of the yearly
 * base); unknown when the base needed to convert is not known.
 */
export function withBonusKind(c: Compensation, kind: (typeof BONUS_KINDS)[number]): Compensation {
  if (c.bonus.kind === kind) return c;
  const { value } = c.bonus;
  const base = yearlyBase(c);
  let next: number | null = null;
  if (value !== null && base !== null) {
    next = kind === 'amount' ? cents((base * value) / 100) : base === 0 ? null : cents((value / base) * 100);
  }
  return { ...c, bonus: { ...c.bonus, kind, value: next } };
}

/** Value ↔ units × price: switching to a value keeps the grant's worth; to units, the units and price are asked for. */
export function withGrantBy(e: Equity, by: 'value' | 'units'): Equity {
  if (by === 'value') return { ...e, grantValue: grantValue(e), units: null, pricePerUnit: null };
  return { ...e, grantValue: null };
}

/**
 * How the grant is given in the record: a value, or units × price per unit.
 * A record with no grant figure at all cannot say; `unrecorded` is the answer
 * then (the editor's last choice, so "Units × price" with nothing typed yet stays so).
 */
export function grantBy(e: Equity, unrecorded: 'value' | 'units' = 'value'): 'value' | 'units' {
  if (e.grantValue === null && e.units === null && e.pricePerUnit === null) return unrecorded;
  return e.grantValue === null ? 'units' : 'value';
}

/**
 * A schedule preset. Front- and back-loaded vest over 4 years; custom starts
 * from the percentages of the schedule it replaces, so it is valid at once
 * (the last year takes the rounding, so they add up to exactly 100).
 */
export function withSchedule(e: Equity, schedule: Schedule): Equity {
  if (schedule === 'custom') {
    const pcts = yearFractions(e).map((f) => cents(f * 100));
    const others = pcts.slice(0, -1);
    const customPercents = [...others, cents(100 - others.reduce((a, b) => a + b, 0))];
    return { ...e, schedule, vestingYears: customPercents.length, customPercents };
  }
  const vestingYears = schedule === 'even' ? e.vestingYears : 4;
  return { ...e, schedule, vestingYears, customPercents: [] };
}
