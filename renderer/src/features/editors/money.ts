import type { Compensation } from '@shared/plan';
import { LIMITS } from '@shared/limits';
import { draftNumber, numberDraft } from './draft-values';
import { numberFormat } from '@shared/intl-cache';

/** The four yearly figures, in the order the editors show them. */
export const PAY_FIELDS = [
  { key: 'base', label: 'Base salary' },
  { key: 'bonus', label: 'Bonus' },
  { key: 'signOn', label: 'Sign-on bonus' },
  { key: 'equityPerYear', label: 'Equity per year' },
] as const satisfies readonly { key: keyof Compensation; label: string }[];

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
  return {
    base: numberDraft(pay.base),
    bonus: numberDraft(pay.bonus),
    signOn: numberDraft(pay.signOn),
    equityPerYear: numberDraft(pay.equityPerYear),
  };
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
