import { describe, expect, it } from 'vitest';
import {
  Equity, compensationYears, grantBy, simpleCompensation, withBasePeriod, withBonusKind, withGrantBy, withSchedule, yearlyBase, yearlyBonus,
  type Compensation,
} from '@shared/compensation';

const offer = (): Compensation => simpleCompensation('EUR', { base: 130_000, bonus: 13_000, signOn: 0, equityPerYear: 25_000 });

describe('switching how a part is given keeps what it is worth', () => {
  it('yearly → monthly × 13 and back keeps the yearly base', () => {
    const c = offer();
    const monthly = withBasePeriod({ ...c, base: { ...c.base, paymentsPerYear: 13 } }, 'monthly');
    // 130,000 ÷ 13 = 10,000 a payment.
    expect(monthly.base).toEqual({ amount: 10_000, period: 'monthly', paymentsPerYear: 13 });
    expect(yearlyBase(monthly)).toBe(130_000);
    expect(withBasePeriod(monthly, 'yearly').base.amount).toBe(130_000);
  });

  it('bonus amount → target % of base and back keeps the expected bonus', () => {
    const c = offer();
    const target = withBonusKind(c, 'target-percent');
    // 13,000 ÷ 130,000 = 10 %.
    expect(target.bonus).toMatchObject({ kind: 'target-percent', value: 10 });
    expect(yearlyBonus(target)).toBe(13_000);
    expect(withBonusKind(target, 'amount').bonus.value).toBe(13_000);
  });

  it('a target % cannot be worked out without a base: it becomes unknown, not zero', () => {
    const c = { ...offer(), base: { amount: null, period: 'yearly' as const, paymentsPerYear: 12 } };
    expect(withBonusKind(c, 'target-percent').bonus.value).toBeNull();
  });

  it('units × price → value keeps the grant; value → units asks for them', () => {
    const e: Equity = { ...offer().equity, grantValue: null, units: 400, pricePerUnit: 250 };
    expect(grantBy(e)).toBe('units');
    expect(withGrantBy(e, 'value')).toMatchObject({ grantValue: 100_000, units: null, pricePerUnit: null });
    expect(withGrantBy(offer().equity, 'units').grantValue).toBeNull();
    expect(grantBy(offer().equity)).toBe('value');
  });

  it('a grant with no figure at all is given as the editor last said; any figure decides by itself', () => {
    const empty: Equity = { ...offer().equity, grantValue: null, units: null, pricePerUnit: null };
    expect(grantBy(empty)).toBe('value');
    expect(grantBy(empty, 'units')).toBe('units');
    expect(grantBy({ ...empty, pricePerUnit: 12 }, 'value')).toBe('units');
    expect(grantBy({ ...empty, grantValue: 5_000 }, 'units')).toBe('value');
  });
});

describe('schedule presets', () => {
  it('back-loaded vests 5/15/40/40 over 4 years and is valid', () => {
    const e = withSchedule({ ...offer().equity, vestingYears: 3 }, 'back-loaded');
    expect(e.vestingYears).toBe(4);
    expect(Equity.safeParse(e).success).toBe(true);
    // Grant 100,000: 5,000 / 15,000 / 40,000 / 40,000.
    const years = compensationYears({ ...offer(), base: { ...offer().base, amount: 0 }, bonus: { ...offer().bonus, value: 0 }, equity: e }).years;
    expect(years.map((y) => Math.round(y.amount))).toEqual([5_000, 15_000, 40_000, 40_000]);
  });

  it('front-loaded is 33/33/22/12', () => {
    const e = withSchedule(offer().equity, 'front-loaded');
    expect(withSchedule(e, 'custom').customPercents).toEqual([33, 33, 22, 12]);
  });

  it('custom starts from the schedule it replaces and adds up to exactly 100', () => {
    // Even over 3 years: 33.33 + 33.33 + 33.34.
    const e = withSchedule({ ...offer().equity, vestingYears: 3 }, 'custom');
    expect(e.customPercents).toEqual([33.33, 33.33, 33.34]);
    expect(Equity.safeParse(e).success).toBe(true);
  });

  it('even keeps the vesting years and drops custom percentages', () => {
    const e = withSchedule({ ...offer().equity, vestingYears: 3, schedule: 'custom', customPercents: [50, 25, 25] }, 'even');
    expect(e).toMatchObject({ vestingYears: 3, schedule: 'even', customPercents: [] });
  });
});
