import { simpleFigures, withSimpleFigure, type Compensation, type SimpleKey } from '@shared/compensation';
import { LIMITS } from '@shared/limits';
import { draftNumber, numberDraft } from './draft-values';
import { numberFormat } from '@shared/intl-cache';

/** The four yearly figures, in the order the editors show them first. */
export const PAY_FIELDS = [
  { key: 'base', label: 'Base salary' },
  { key: 'bonus', label: 'Bonus' },
  { key: 'signOn', label: 'Sign-on bonus' },
  { key: 'equityPerYear', label: 'Equity per year' },
] as const satisfies readonly { key: SimpleKey; label: string }[];

export type PayKey = (typeof PAY_FIELDS)[number]['key'];
export type PayDraft = Record<PayKey, number | string>;

/** What is wrong with a typed amount, or null (empty is fine: "not known yet"). */
export function amountError(value: unknown): string | null {
  const n = draftNumber(value);
  if (n === null) return null;
  if (!Number.isFinite(n)) return 'Type a number, like 120000, or leave it empty if you do not know.';
  if (n < 0) return 'An amount cannot be negative. Type 0 if there is none.';
  if (n > LIMITS.maxAmount) {
    return `That is more than ${LIMITS.maxAmount.toLocaleString()}; check for extra zeros.`;
  }
  return null;
}

/** A valid typed amount as the plan stores it. */
export function amountValue(value: unknown): number | null {
  return draftNumber(value);
}

export function payDraft(pay: Compensation): PayDraft {
  const four = simpleFigures(pay);
  return {
    base: numberDraft(four.base),
    bonus: numberDraft(four.bonus),
    signOn: numberDraft(four.signOn),
    equityPerYear: numberDraft(four.equityPerYear),
  };
}

/** One of the four figures as typed, into the record; an unchanged figure keeps the detail behind it. */
export function withPayField(pay: Compensation, key: PayKey, typed: unknown): Compensation {
  const value = amountValue(typed);
  return simpleFigures(pay)[key] === value ? pay : withSimpleFigure(pay, key, value);
}

export function isPayKey(key: string): key is PayKey {
  return PAY_FIELDS.some((f) => f.key === key);
}

/** "$", "€", "CHF"…: the plan currency's symbol in the user's locale, for input prefixes. */
export function currencySymbol(currency: string, locale?: string): string {
  try {
    const parts = numberFormat(locale, { style: 'currency', currency, currencyDisplay: 'narrowSymbol' }).formatToParts(0);
    return parts.find((p) => p.type === 'currency')?.value ?? currency;
  } catch {
    return currency;
  }
}
