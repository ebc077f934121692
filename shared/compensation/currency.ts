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

export type RebasedRates = { ok: true; rates: ExchangeRate[] } | { ok: false; message: string };

const RATE_MAX = 1_000_000;
/** Six significant digits: as precise as a typed rate, and readable beside a figure. */
const tidy = (n: number) => Number(n.toPrecision(6));

/**
 * The rates after the display currency changes from `from` to `to`. A rate
 * says "1 X = r <display>", so the rates must follow the display currency
 * or they would silently mean something else. With a rate for `to`
 * (1 to = n from), each 1 X = r from becomes 1 X = r ÷ n to, and `from`
 * itself gets 1 from = 1 ÷ n to; a converted rate is dated by the older of
 * the two rates it comes from. Without a rate for `to` there is no way to
 * turn them, so the change is refused in words (rates are never dropped).
 */
export function rebaseRates(rates: readonly ExchangeRate[], from: string, to: string): RebasedRates {
  if (from === to || rates.length === 0) return { ok: true, rates: [...rates] };
  const pivot = rateFor(rates, to);
  if (!pivot) {
    return {
      ok: false,
      message: `Your exchange rates are into ${from}. Add a rate for ${to} first (1 ${to} = … ${from}), so they can be turned into ${to}; or remove them.`,
    };
  }
  const older = (a: string, b: string) => (a < b ? a : b);
  const turned = rates
    .filter((r) => r.currency !== to)
    .map((r) => ({ currency: r.currency, rate: tidy(r.rate / pivot.rate), takenOn: older(r.takenOn, pivot.takenOn) }));
  const next = [...turned, { currency: from, rate: tidy(1 / pivot.rate), takenOn: pivot.takenOn }];
  const outOfRange = next.find((r) => !(r.rate > 0) || r.rate > RATE_MAX);
  if (outOfRange) return { ok: false, message: `The rate for ${outOfRange.currency} in ${to} would be out of range. Check your rates, or remove that one first.` };
  return { ok: true, rates: next };
}
