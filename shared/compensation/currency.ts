/**
 * Converting between an offer's currency and the plan's display currency,
 * with rates the user typed (nothing is fetched). Every converted figure
 * carries the rate it used, so the screen can show the rate and its date.
 */
import type { ExchangeRate } from './model';

export interface Converted {
  /** In the display currency; null when no rate for the currency is in the plan. */
  amount: number | null;
  /** The rate used; null when none was needed (same currency) or none is known. */
  rate: ExchangeRate | null;
}

/** The user's rate for `currency`, if the plan holds one. */
export function rateFor(rates: readonly ExchangeRate[], currency: string): ExchangeRate | null {
  return rates.find((r) => r.currency === currency) ?? null;
}

/** `amount` in `currency` → the display currency. */
export function toDisplay(amount: number, currency: string, display: string, rates: readonly ExchangeRate[]): Converted {
  if (currency === display) return { amount, rate: null };
  const rate = rateFor(rates, currency);
  return rate ? { amount: amount * rate.rate, rate } : { amount: null, rate: null };
}

/** A display-currency amount back into `currency` (the inverse of toDisplay); null without a rate. */
export function fromDisplay(amount: number, currency: string, display: string, rates: readonly ExchangeRate[]): number | null {
  if (currency === display) return amount;
  const rate = rateFor(rates, currency);
  return rate ? amount / rate.rate : null;
}

/** "1 CHF = 1.13 USD on 2026-11-20", for beside a converted figure. */
export function rateLabel(rate: ExchangeRate, display: string): string {
  return `1 ${rate.currency} = ${rate.rate} ${display} on ${rate.takenOn}`;
}
