import { describe, expect, it } from 'vitest';
import {
  clawbackOwed, compensationYears, differenceOnBasis, displayYears, ifILeaveAfter, simpleCompensation, yearlyBase, yearlyBonus,
  type Compensation,
} from '@shared/compensation';

/** A known-everywhere offer with only the parts a case names. */
function offer(change: (c: Compensation) => Compensation, currency = 'USD'): Compensation {
  return change(simpleCompensation(currency, { base: 0, bonus: 0, signOn: 0, equityPerYear: 0 }));
}
const grant = (c: Compensation, e: Partial<Compensation['equity']>): Compensation => ({ ...c, equity: { ...c.equity, ...e } });
const yearly = (c: Compensation) => compensationYears(c).years.map((y) => y.amount);
const cents = (n: number | null) => (n === null ? null : Math.round(n * 100) / 100);

describe('compensation totals, hand-computed', () => {
  const evenCliff = offer((c) => grant(c, { grantValue: 100_000, vestingYears: 4, cliffMonths: 12, schedule: 'even' }));

  it('a 4-year even grant with a 1-year cliff, left at 11 months: nothing vested, all of it left behind', () => {
    // 11 < 12-month cliff → vested 0; unvested 100,000.
    const leave = ifILeaveAfter(evenCliff, 11);
    expect(leave.paid).toBe(0);
    expect(leave.unvestedLeft).toBe(100_000);
  });

  it('the same grant left at 13 months: year 1 plus one month of year 2', () => {
    // 100,000 × (25 % + 25 % × 1/12) = 25,000 + 2,083.33 = 27,083.33 vested; 72,916.67 left.
    const leave = ifILeaveAfter(evenCliff, 13);
    expect(cents(leave.paid)).toBe(27_083.33);
    expect(cents(leave.unvestedLeft)).toBe(72_916.67);
    // Yearly: 25,000 each year; the cliff falls at the end of year 1, so year 1 still holds its quarter.
    expect(yearly(evenCliff)).toEqual([25_000, 25_000, 25_000, 25_000]);
  });

  it('5/15/40/40 with the sign-on paid in years 1 and 2', () => {
    const c = offer((c0) => ({
      ...grant(c0, { grantValue: 200_000, schedule: 'back-loaded' }),
      base: { amount: 100_000, period: 'yearly', paymentsPerYear: 12 },
      signOn: { instalments: [{ amount: 10_000, month: 0 }, { amount: 10_000, month: 12 }], clawbackMonths: 12, clawback: 'pro-rata' },
    }));
    // Equity 200,000 × 5/15/40/40 % = 10,000 / 30,000 / 80,000 / 80,000.
    // Year 1: 100,000 + 10,000 sign-on + 10,000 = 120,000; year 2: 100,000 + 10,000 + 30,000 = 140,000;
    // years 3 and 4: 100,000 + 80,000 = 180,000. Average (120 + 140 + 180 + 180) / 4 = 155,000.
    expect(yearly(c)).toEqual([120_000, 140_000, 180_000, 180_000]);
    expect(compensationYears(c).average.amount).toBe(155_000);
    // Leave at 18 months: instalment 1 served 18 ≥ 12 → 0 owed; instalment 2 served 6 of 12 → 10,000 × 6/12 = 5,000.
    expect(clawbackOwed(c, 18)).toBe(5_000);
    // With a full clawback the second instalment is owed whole.
    expect(clawbackOwed({ ...c, signOn: { ...c.signOn, clawback: 'full' } }, 18)).toBe(10_000);
  });

  it('a front-loaded 33/33/22/12 grant with a yearly refresher', () => {
    const c = offer((c0) => grant(c0, { grantValue: 100_000, schedule: 'front-loaded', refresherPerYear: 20_000 }));
    // Grant: 33,000 / 33,000 / 22,000 / 12,000. Refreshers of 20,000 granted at the start of years 2, 3, 4 on the same schedule:
    // year 2: 20,000 × 33 % = 6,600 → 39,600
    // year 3: 22,000 + 6,600 (2nd year of the year-2 refresher) + 6,600 (1st of year 3's) = 35,200
    // year 4: 12,000 + 20,000 × (22 + 33 + 33) % = 12,000 + 17,600 = 29,600
    expect(yearly(c).map(cents)).toEqual([33_000, 39_600, 35_200, 29_600]);
  });

  it('a monthly salary paid 13 times a year', () => {
    // 8,000 × 13 = 104,000.
    const c = offer((c0) => ({ ...c0, base: { amount: 8_000, period: 'monthly', paymentsPerYear: 13 } }));
    expect(yearlyBase(c)).toBe(104_000);
    expect(yearly(c)[0]).toBe(104_000);
  });

  it('a 15 % bonus target paid at 80 %', () => {
    // 100,000 × 15 % = 15,000 target × 80 % = 12,000.
    const c = offer((c0) => ({ ...c0, base: { amount: 100_000, period: 'yearly', paymentsPerYear: 12 }, bonus: { kind: 'target-percent', value: 15, expectedPayoutPercent: 80 } }));
    expect(yearlyBonus(c)).toBe(12_000);
    expect(yearly(c)[1]).toBe(112_000);
  });

  it('a CHF offer against a USD Plan B at a given rate', () => {
    const rates = [{ currency: 'CHF', rate: 1.13, takenOn: '2026-11-20' }];
    const chf = offer((c0) => ({ ...c0, base: { amount: 120_000, period: 'yearly', paymentsPerYear: 12 } }), 'CHF');
    const planB = offer((c0) => ({ ...c0, base: { amount: 130_000, period: 'yearly', paymentsPerYear: 12 } }));
    // 120,000 CHF × 1.13 = 135,600 USD; against 130,000 USD: +5,600, +4.31 %.
    const option = displayYears(chf, 'USD', rates);
    expect(cents(option.display!.years[0]!.amount)).toBe(135_600);
    expect(option.rate).toEqual(rates[0]);
    const diff = differenceOnBasis(option, displayYears(planB, 'USD', rates), 'first-year');
    expect(cents(diff.amount)).toBe(5_600);
    expect(Math.round(diff.percent! * 100) / 100).toBe(4.31);
    // Without the rate, no figure is made up.
    expect(differenceOnBasis(displayYears(chf, 'USD', []), displayYears(planB, 'USD', []), 'first-year').reason).toBe('Add an exchange rate for CHF to compare.');
  });

  it('a private-company grant counted at 25 %', () => {
    // 80,000 ÷ 4 years = 20,000 a year × 25 % = 5,000.
    const c = offer((c0) => grant(c0, { grantValue: 80_000, countAtPercent: 25 }));
    expect(yearly(c)).toEqual([5_000, 5_000, 5_000, 5_000]);
  });

  it('units × price when no grant value is given', () => {
    // 1,000 units × 48 = 48,000 ÷ 4 = 12,000 a year.
    const c = offer((c0) => grant(c0, { grantValue: null, units: 1_000, pricePerUnit: 48 }));
    expect(yearly(c)[0]).toBe(12_000);
  });

  it('missing parts are "at least", never zero', () => {
    const c = simpleCompensation('USD', { base: 100_000, bonus: null, signOn: 5_000, equityPerYear: null });
    const y1 = compensationYears(c).years[0]!;
    expect(y1.amount).toBe(105_000);
    expect(y1.missing).toEqual(['bonus', 'equity']);
    expect(y1.parts.bonus).toBeNull();
    expect(differenceOnBasis(displayYears(c, 'USD', []), displayYears(c, 'USD', []), 'four-year-average').reason).toBe(
      "Not known yet: Plan B's bonus, equity and this option's bonus, equity.",
    );
    // An unknown clawback term on a paid sign-on is unknown, not 0.
    expect(ifILeaveAfter(c, 6).clawbackOwed).toBeNull();
  });
});
