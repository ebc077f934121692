import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compensationTotals } from '@shared/board/compensation';
import { Compensation, compensationYears, fromDisplay, ifILeaveAfter, simpleCompensation, toDisplay } from '@shared/compensation';
import { amountArbitrary, compensationArbitrary } from '../arbitraries/compensation-arbitrary';

describe('compensation properties', () => {
  it('generated records are valid compensation', () => {
    fc.assert(fc.property(compensationArbitrary(), (c) => {
      expect(Compensation.safeParse(c).error?.issues ?? []).toEqual([]);
    }));
  });

  it('totals are never negative: each year, each part, the average and leaving at any month', () => {
    fc.assert(
      fc.property(compensationArbitrary(), fc.integer({ min: 0, max: 72 }), (c, months) => {
        const { years, average } = compensationYears(c);
        for (const y of [...years, average]) {
          expect(y.amount).toBeGreaterThanOrEqual(0);
          for (const v of Object.values(y.parts)) if (v !== null) expect(v).toBeGreaterThanOrEqual(-1e-9);
        }
        const leave = ifILeaveAfter(c, months);
        for (const v of [leave.paid, leave.clawbackOwed, leave.unvestedLeft]) if (v !== null) expect(v).toBeGreaterThanOrEqual(-1e-6);
      }),
    );
  });

  it('converting into the display currency and back gives the amount within a cent', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000_000 }).map((c) => c / 100),
        fc.double({ min: 0.0001, max: 10_000, noNaN: true }),
        (amount, rate) => {
          const rates = [{ currency: 'CHF', rate, takenOn: '2026-11-20' }];
          const there = toDisplay(amount, 'CHF', 'USD', rates).amount!;
          expect(Math.abs(fromDisplay(there, 'CHF', 'USD', rates)! - amount)).toBeLessThan(0.01);
        },
      ),
    );
  });

  it('the simple four numbers keep their totals: year 1 is the old first year, years 2–4 the old ongoing total', () => {
    fc.assert(
      fc.property(fc.record({ base: amountArbitrary, bonus: amountArbitrary, signOn: amountArbitrary, equityPerYear: amountArbitrary }), (four) => {
        const old = compensationTotals(four);
        const { years } = compensationYears(simpleCompensation('USD', four));
        expect([years[0]!.amount, years[0]!.missing.length === 0]).toEqual([old.firstYear.amount, old.firstYear.known]);
        for (const y of years.slice(1)) expect([y.amount, y.missing.length === 0]).toEqual([old.ongoing.amount, old.ongoing.known]);
      }),
    );
  });
});
