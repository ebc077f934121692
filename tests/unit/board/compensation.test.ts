import { describe, expect, it } from 'vitest';
import { compareCompensation, compensationTotals, formatMoney, formatMoneyDelta, formatPercentDelta, onChosenBasis } from '@shared/board';
import { simpleCompensation } from '@shared/compensation';

const usd = { currency: 'USD', rates: [] };
const four = (f: Partial<Record<'base' | 'bonus' | 'signOn' | 'equityPerYear', number | null>> = {}) =>
  simpleCompensation('USD', { base: 100_000, bonus: 10_000, signOn: 5_000, equityPerYear: 20_000, ...f });
const totals = (f?: Parameters<typeof four>[0]) => compensationTotals(four(f), usd);

describe('compensation totals on the board', () => {
  it('first year holds the sign-on; the 4-year average spreads it', () => {
    const t = totals();
    expect(t.firstYear).toEqual({ amount: 135_000, known: true, missing: [] });
    // (135,000 + 3 × 130,000) / 4 = 131,250.
    expect(t.fourYearAverage).toEqual({ amount: 131_250, known: true, missing: [] });
    expect(t.years.map((y) => y.amount)).toEqual([135_000, 130_000, 130_000, 130_000]);
  });

  it('lists missing parts instead of counting them as zero', () => {
    expect(totals({ bonus: null, signOn: null }).firstYear).toEqual({ amount: 120_000, known: false, missing: ['bonus', 'signOn'] });
  });

  it('without a rate, figures stay in the offer\'s currency and say so', () => {
    const t = compensationTotals(simpleCompensation('CHF', { base: 100_000, bonus: 0, signOn: 0, equityPerYear: 0 }), usd);
    expect([t.currency, t.firstYear.amount]).toEqual(['CHF', 100_000]);
    expect(t.rateNote).toMatch(/No exchange rate for CHF/);
    const rated = compensationTotals(simpleCompensation('CHF', { base: 100_000, bonus: 0, signOn: 0, equityPerYear: 0 }), { currency: 'USD', rates: [{ currency: 'CHF', rate: 1.13, takenOn: '2026-11-20' }] });
    expect([rated.currency, Math.round(rated.firstYear.amount)]).toEqual(['USD', 113_000]);
    expect(rated.rateNote).toBe('1 CHF = 1.13 USD on 2026-11-20');
  });
});

describe('difference from Plan B', () => {
  it('gives money and percent on both bases', () => {
    const d = compareCompensation(totals({ base: 120_000 }), totals());
    expect(d.firstYear).toEqual({ amount: 20_000, percent: (20_000 / 135_000) * 100, reason: null });
    expect(d.fourYearAverage.amount).toBe(20_000);
    expect(onChosenBasis(d, 'four-year-average').percent).toBeCloseTo((20_000 / 131_250) * 100, 6);
  });

  it('is null with a reason when either side has gaps', () => {
    const d = compareCompensation(totals({ equityPerYear: null }), totals({ bonus: null }));
    expect(d.firstYear.amount).toBeNull();
    expect(d.firstYear.reason).toContain("Plan B's bonus");
    expect(d.firstYear.reason).toContain("this role's equity");
  });

  it('says why without Plan B, and gives no percent against a zero Plan B', () => {
    expect(compareCompensation(totals(), null).fourYearAverage.reason).toMatch(/no Plan B/);
    const zero = compareCompensation(totals(), totals({ base: 0, bonus: 0, signOn: 0, equityPerYear: 0 }));
    expect(zero.firstYear.amount).toBe(135_000);
    expect(zero.firstYear.percent).toBeNull();
  });
});

describe('formatMoney', () => {
  it('uses the locale and the plan currency, whole units', () => {
    expect(formatMoney(148_000, 'USD', 'en-US')).toBe('$148,000');
    expect(formatMoney(148_000.4, 'USD', 'en-US')).toBe('$148,000');
    expect(formatMoney(1_234_567, 'EUR', 'de-DE').replace(/\s/g, ' ')).toBe('1.234.567 €');
    expect(formatMoney(5_000_000, 'INR', 'en-IN')).toBe('₹50,00,000');
    expect(formatMoney(1_000, 'JPY', 'ja-JP')).toMatch(/1,000/);
  });

  it('never shows an unknown amount as zero and never throws', () => {
    expect(formatMoney(null, 'USD', 'en-US')).toBe('Unknown');
    expect(formatMoney(Number.NaN, 'USD', 'en-US')).toBe('Unknown');
    expect(formatMoney(10, 'USD', 'not_a_locale')).toBe('$10');
    expect(formatMoney(10, 'usd!', 'en-US')).toBe('10 usd!');
  });

  it('signs differences', () => {
    expect(formatMoneyDelta(24_000, 'USD', 'en-US')).toBe('+$24,000');
    expect(formatMoneyDelta(-3_000, 'USD', 'en-US')).toBe('-$3,000');
    expect(formatMoneyDelta(0, 'USD', 'en-US')).toBe('$0');
    expect(formatMoneyDelta(null, 'USD', 'en-US')).toBe('Unknown');
    expect(formatPercentDelta(12.54, 'en-US')).toBe('+12.5%');
    expect(formatPercentDelta(null, 'en-US')).toBe('Unknown');
  });
});
