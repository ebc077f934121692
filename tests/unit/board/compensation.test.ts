import { describe, expect, it } from 'vitest';
import { compareCompensation, compensationTotals, formatMoney, formatMoneyDelta, formatPercentDelta } from '@shared/board';

const full = { base: 100_000, bonus: 10_000, signOn: 5_000, equityPerYear: 20_000 };

describe('compensation totals', () => {
  it('adds first-year and ongoing totals (ongoing without the sign-on)', () => {
    const t = compensationTotals(full);
    expect(t.firstYear).toEqual({ amount: 135_000, known: true, missing: [] });
    expect(t.ongoing).toEqual({ amount: 130_000, known: true, missing: [] });
  });

  it('lists missing parts instead of counting them as zero', () => {
    const t = compensationTotals({ ...full, bonus: null, signOn: null });
    expect(t.firstYear).toEqual({ amount: 120_000, known: false, missing: ['bonus', 'signOn'] });
    expect(t.ongoing).toEqual({ amount: 120_000, known: false, missing: ['bonus'] });
  });

  it('treats zero as known and a missing record as all missing', () => {
    expect(compensationTotals({ base: 0, bonus: 0, signOn: 0, equityPerYear: 0 }).firstYear.known).toBe(true);
    expect(compensationTotals(null).firstYear).toEqual({ amount: 0, known: false, missing: ['base', 'bonus', 'signOn', 'equityPerYear'] });
  });
});

describe('difference from Plan B', () => {
  it('gives money and percent for both totals', () => {
    const d = compareCompensation({ ...full, base: 120_000 }, full);
    expect(d.firstYear).toEqual({ amount: 20_000, percent: (20_000 / 135_000) * 100, reason: null });
    expect(d.ongoing.amount).toBe(20_000);
    expect(d.ongoing.percent).toBeCloseTo(15.3846, 3);
  });

  it('is negative when the role pays less', () => {
    expect(compareCompensation({ ...full, base: 90_000 }, full).ongoing.amount).toBe(-10_000);
  });

  it('is null with a reason when either side has gaps', () => {
    const d = compareCompensation({ ...full, equityPerYear: null }, { ...full, bonus: null });
    expect(d.firstYear.amount).toBeNull();
    expect(d.firstYear.percent).toBeNull();
    expect(d.firstYear.reason).toContain("Plan B's bonus");
    expect(d.firstYear.reason).toContain("this role's equity per year");
  });

  it('only the sign-on missing: first year unknown, ongoing still known', () => {
    const d = compareCompensation({ ...full, signOn: null }, full);
    expect(d.firstYear.amount).toBeNull();
    expect(d.ongoing.amount).toBe(0);
    expect(d.ongoing.percent).toBe(0);
  });

  it('says why without Plan B, and gives no percent against a zero Plan B', () => {
    expect(compareCompensation(full, null).ongoing.reason).toMatch(/no Plan B/);
    const zero = compareCompensation(full, { base: 0, bonus: 0, signOn: 0, equityPerYear: 0 });
    expect(zero.firstYear.amount).toBe(135_000);
    expect(zero.firstYear.percent).toBeNull();
    expect(zero.firstYear.reason).toMatch(/zero/);
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
