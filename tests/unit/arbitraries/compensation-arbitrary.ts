/**
 * Compensation records as a user could enter them: every schedule, pay
 * period, bonus kind and clawback, with parts missing at random.
 */
import fc from 'fast-check';
import type { Compensation, Equity } from '@shared/compensation';

export const amountArbitrary = fc.oneof(
  { weight: 1, arbitrary: fc.constant(null) },
  { weight: 4, arbitrary: fc.integer({ min: 0, max: 400 }).map((k) => k * 1_000) },
);
const known = fc.integer({ min: 0, max: 400_000 });

/** Percentages adding up to exactly 100, one per year. */
const customPercents = (years: number) =>
  fc.array(fc.integer({ min: 1, max: 20 }), { minLength: years, maxLength: years }).map((w) => {
    const sum = w.reduce((a, b) => a + b, 0);
    const pcts = w.map((x) => Math.floor((x / sum) * 100));
    pcts[0]! += 100 - pcts.reduce((a, b) => a + b, 0);
    return pcts;
  });

const equityArbitrary: fc.Arbitrary<Equity> = fc
  .record({
    schedule: fc.constantFrom('even', 'front-loaded', 'back-loaded', 'custom'),
    years: fc.integer({ min: 1, max: 6 }),
    grantValue: amountArbitrary,
    units: amountArbitrary,
    pricePerUnit: fc.option(fc.integer({ min: 0, max: 500 }), { nil: null }),
    cliffMonths: fc.constantFrom(0, 6, 12, 18),
    refresherPerYear: fc.oneof(fc.constant(0), amountArbitrary),
    countAtPercent: fc.constantFrom(100, 50, 25, 0),
  })
  .chain((e) => {
    const vestingYears = e.schedule === 'front-loaded' || e.schedule === 'back-loaded' ? 4 : e.years;
    return (e.schedule === 'custom' ? customPercents(vestingYears) : fc.constant([] as number[])).map((pcts) => ({
      grantValue: e.grantValue, units: e.units, pricePerUnit: e.pricePerUnit, vestingYears, cliffMonths: e.cliffMonths,
      schedule: e.schedule, customPercents: pcts, refresherPerYear: e.refresherPerYear, countAtPercent: e.countAtPercent,
    }));
  });

export function compensationArbitrary(currencies: readonly string[] = ['USD', 'EUR', 'CHF']): fc.Arbitrary<Compensation> {
  return fc.record({
    currency: fc.constantFrom(...currencies),
    base: fc.oneof(
      fc.record({ amount: amountArbitrary, period: fc.constant('yearly' as const), paymentsPerYear: fc.constant(12) }),
      fc.record({ amount: fc.option(fc.integer({ min: 0, max: 30_000 }), { nil: null }), period: fc.constant('monthly' as const), paymentsPerYear: fc.constantFrom(12, 13, 14) }),
    ),
    bonus: fc.oneof(
      fc.record({ kind: fc.constant('amount' as const), value: amountArbitrary, expectedPayoutPercent: fc.constantFrom(100, 80, 120) }),
      fc.record({ kind: fc.constant('target-percent' as const), value: fc.option(fc.integer({ min: 0, max: 50 }), { nil: null }), expectedPayoutPercent: fc.constantFrom(100, 80, 0) }),
    ),
    signOn: fc.record({
      instalments: fc.array(fc.record({ amount: amountArbitrary, month: fc.integer({ min: 0, max: 36 }) }), { maxLength: 3 }),
      clawbackMonths: fc.option(fc.constantFrom(0, 12, 24), { nil: null }),
      clawback: fc.constantFrom('pro-rata', 'full'),
    }),
    equity: equityArbitrary,
    relocation: fc.oneof(fc.constant(0), amountArbitrary),
    benefitsPerYear: fc.oneof(fc.constant(0), known),
  });
}
