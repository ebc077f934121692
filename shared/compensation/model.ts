/**
 * Compensation as offers are written: cash (base and its pay period, bonus,
 * sign-on instalments with clawback, relocation, benefits) and one equity
 * grant with its vesting, in the offer's own currency. The rules that turn it
 * into yearly figures are in totals.ts; the README says them in words.
 *
 * `null` means "not known yet": totals list it as missing and say "at least",
 * never count it as zero.
 */
import { z } from 'zod';
import { LIMITS } from '../limits';
import { IsoDate } from '../time';

const amount = z.number().finite().min(0).max(LIMITS.maxAmount).nullable();
const percent = (max: number) => z.number().finite().min(0).max(max);

export const CurrencyCode = z.string().regex(/^[A-Z]{3}$/, 'Use a three-letter currency code such as USD, EUR or CHF.');

export const PAY_PERIODS = ['yearly', 'monthly'] as const;
export const Base = z.strictObject({
  /** Per year, or per payment when paid monthly. */
  amount,
  period: z.enum(PAY_PERIODS),
  /** Payments a year when paid monthly: 12, or 13 or 14 where a 13th/14th month is paid. */
  paymentsPerYear: z.number().int().min(1).max(24),
});

export const BONUS_KINDS = ['amount', 'target-percent'] as const;
export const Bonus = z.strictObject({
  kind: z.enum(BONUS_KINDS),
  /** A yearly amount, or a percentage of the yearly base. */
  value: amount,
  /** What share of the target you expect to be paid, in percent (100 = on target). */
  expectedPayoutPercent: percent(300),
});

export const CLAWBACK_KINDS = ['pro-rata', 'full'] as const;
export const SignOn = z.strictObject({
  /** Paid in one or more instalments; an empty list means no sign-on bonus. */
  instalments: z
    .array(z.strictObject({ amount, month: z.number().int().min(0).max(47) }))
    .max(8),
  /** Months after each instalment within which leaving means paying it back; null when not known. */
  clawbackMonths: z.number().int().min(0).max(60).nullable(),
  clawback: z.enum(CLAWBACK_KINDS),
});

export const SCHEDULES = ['even', 'front-loaded', 'back-loaded', 'custom'] as const;
export type Schedule = (typeof SCHEDULES)[number];

export const Equity = z
  .strictObject({
    /** The grant's value; when null, units × price per unit (if both are known). */
    grantValue: amount,
    units: amount,
    pricePerUnit: amount,
    vestingYears: z.number().int().min(1).max(10),
    cliffMonths: z.number().int().min(0).max(48),
    schedule: z.enum(SCHEDULES),
    /** Percent vesting in each year, for a custom schedule; they add up to 100. */
    customPercents: z.array(percent(100)).max(10),
    /** The value of a new grant each year from year 2, on the same schedule; 0 when none. */
    refresherPerYear: amount,
    /** "I count this equity at N %": below 100 for shares that cannot be sold yet. */
    countAtPercent: percent(100),
  })
  .superRefine((e, ctx) => {
    if ((e.schedule === 'front-loaded' || e.schedule === 'back-loaded') && e.vestingYears !== 4) {
      ctx.addIssue({ code: 'custom', path: ['schedule'], message: 'Front- and back-loaded schedules vest over 4 years. Choose custom for other lengths.' });
    }
    if (e.schedule === 'custom') {
      const sum = e.customPercents.reduce((a, b) => a + b, 0);
      if (e.customPercents.length !== e.vestingYears || Math.abs(sum - 100) > 0.01) {
        ctx.addIssue({ code: 'custom', path: ['customPercents'], message: `Give one percentage per vesting year (${e.vestingYears}), adding up to 100.` });
      }
    }
  });

export const Compensation = z.strictObject({
  /** ISO 4217 code this offer (or estimate) is in. */
  currency: CurrencyCode,
  base: Base,
  bonus: Bonus,
  signOn: SignOn,
  equity: Equity,
  /** Paid once, in year 1. */
  relocation: amount,
  /** A yearly value you put on benefits (pension match, health cover); 0 when not counted. */
  benefitsPerYear: amount,
});
export type Compensation = z.infer<typeof Compensation>;
export type Equity = z.infer<typeof Equity>;

/** A rate the user typed: 1 unit of `currency` is `rate` units of the plan's display currency, as of `takenOn`. */
export const ExchangeRate = z.strictObject({
  currency: CurrencyCode,
  rate: z.number().finite().positive().max(1_000_000),
  takenOn: IsoDate,
});
export type ExchangeRate = z.infer<typeof ExchangeRate>;

/** Named schedules, percent per year; `even` is 100 ÷ vesting years. */
export const SCHEDULE_PERCENTS: Record<'front-loaded' | 'back-loaded', readonly number[]> = {
  'front-loaded': [33, 33, 22, 12],
  'back-loaded': [5, 15, 40, 40],
};

/** Why people count private-company equity below its paper value, shown beside the field. */
export const PRIVATE_EQUITY_WHY =
  'Shares in a private company cannot be sold until it lists or is bought, and many never are; people often count them at 0–50 %.';

/** The simple case: four yearly numbers in one currency, nothing else known about their shape. */
export function simpleCompensation(
  currency: string,
  four: { base: number | null; bonus: number | null; signOn: number | null; equityPerYear: number | null },
): Compensation {
  return {
    currency,
    base: { amount: four.base, period: 'yearly', paymentsPerYear: 12 },
    bonus: { kind: 'amount', value: four.bonus, expectedPayoutPercent: 100 },
    signOn: { instalments: [{ amount: four.signOn, month: 0 }], clawbackMonths: null, clawback: 'pro-rata' },
    equity: {
      // Four years × the yearly figure, vesting evenly with no cliff: exactly the yearly figure each year.
      grantValue: four.equityPerYear === null ? null : four.equityPerYear * 4,
      units: null,
      pricePerUnit: null,
      vestingYears: 4,
      cliffMonths: 0,
      schedule: 'even',
      customPercents: [],
      refresherPerYear: 0,
      countAtPercent: 100,
    },
    relocation: 0,
    benefitsPerYear: 0,
  };
}
