import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { rebaseRates, toDisplay } from '@shared/compensation';

const CHF = { currency: 'CHF', rate: 1.13, takenOn: '2026-11-20' };
const EUR = { currency: 'EUR', rate: 1.05, takenOn: '2026-11-19' };

describe('rebaseRates: the rates follow the display currency', () => {
  it('USD → EUR with a EUR rate: CHF is turned through it, USD gets the inverse, dated by the older rate', () => {
    const result = rebaseRates([CHF, EUR], 'USD', 'EUR');
    // 1 CHF = 1.13 USD and 1 EUR = 1.05 USD, so 1 CHF = 1.13 / 1.05 = 1.07619 EUR; 1 USD = 1 / 1.05 = 0.952381 EUR.
    expect(result).toEqual({
      ok: true,
      rates: [
        { currency: 'CHF', rate: 1.07619, takenOn: '2026-11-19' },
        { currency: 'USD', rate: 0.952381, takenOn: '2026-11-19' },
      ],
    });
  });

  it('refuses, in words, a display currency with no rate, and changes nothing', () => {
    const result = rebaseRates([CHF], 'USD', 'EUR');
    expect(result).toEqual({ ok: false, message: expect.stringContaining('Add a rate for EUR first (1 EUR = … USD)') });
  });

  it('keeps the rates as they are for the same currency, and allows any change with no rates', () => {
    expect(rebaseRates([CHF], 'USD', 'USD')).toEqual({ ok: true, rates: [CHF] });
    expect(rebaseRates([], 'USD', 'JPY')).toEqual({ ok: true, rates: [] });
  });

  it('a converted figure is the same money before and after, within the rounding of a typed rate', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 100, noNaN: true }),
        fc.double({ min: 0.01, max: 100, noNaN: true }),
        fc.double({ min: 0, max: 1_000_000, noNaN: true }),
        (chf, eur, amount) => {
          const before = [{ ...CHF, rate: chf }, { ...EUR, rate: eur }];
          const after = rebaseRates(before, 'USD', 'EUR');
          if (!after.ok) return;
          const inUsd = toDisplay(amount, 'CHF', 'USD', before).amount!;
          const inEur = toDisplay(amount, 'CHF', 'EUR', after.rates).amount!;
          // The same CHF amount, in USD then EUR: equal up to six significant digits of the new rate.
          expect(Math.abs(inEur * eur - inUsd)).toBeLessThanOrEqual(Math.max(1e-6, inUsd * 1e-5));
        },
      ),
    );
  });
});
