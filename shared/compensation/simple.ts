/**
 * The four numbers the editors show first (yearly base, bonus, sign-on,
 * equity per year), read from and written into the full record. Typing one
 * of them sets that part to its simple shape: the detail behind it is
 * replaced by the number typed, so what is shown is what is counted.
 */
import type { Compensation } from './model';
import { grantValue, yearlyBase, yearlyBonus } from './totals';

export const SIMPLE_KEYS = ['base', 'bonus', 'signOn', 'equityPerYear'] as const;
export type SimpleKey = (typeof SIMPLE_KEYS)[number];
export type SimpleFigures = Record<SimpleKey, number | null>;

/** All sign-on instalments added up; null when any is not known. */
export function signOnTotal(c: Compensation): number | null {
  let sum = 0;
  for (const i of c.signOn.instalments) {
    if (i.amount === null) return null;
    sum += i.amount;
  }
  return sum;
}

export function simpleFigures(c: Compensation): SimpleFigures {
  const grant = grantValue(c.equity);
  return {
    base: yearlyBase(c),
    bonus: yearlyBonus(c),
    signOn: signOnTotal(c),
    // The grant spread over its vesting years, before any counted-at discount: what an offer letter's "per year" means.
    equityPerYear: grant === null ? null : grant / c.equity.vestingYears,
  };
}

export function withSimpleFigure(c: Compensation, key: SimpleKey, value: number | null): Compensation {
  switch (key) {
    case 'base':
      return { ...c, base: { amount: value, period: 'yearly', paymentsPerYear: c.base.paymentsPerYear } };
    case 'bonus':
      return { ...c, bonus: { kind: 'amount', value, expectedPayoutPercent: 100 } };
    case 'signOn':
      return { ...c, signOn: { ...c.signOn, instalments: [{ amount: value, month: 0 }] } };
    case 'equityPerYear':
      return { ...c, equity: { ...c.equity, grantValue: value === null ? null : value * c.equity.vestingYears, units: null, pricePerUnit: null } };
  }
}
