/**
 * The plan's exchange rates as the Situation card edits them: one per
 * currency, each as typed with the day it was taken (nothing is fetched).
 */
import { rateFor, type ExchangeRate } from '@shared/compensation';
import { LIMITS } from '@shared/limits';
import type { Plan } from '@shared/plan';
import { draftNumber } from '../editors/draft-values';
import type { DraftErrors, DraftSpec } from '../editors/useDraftForm';

export type RateDraft = { rate: number | string; takenOn: string | null };

export function rateError(value: unknown): string | null {
  const n = draftNumber(value);
  return n !== null && Number.isFinite(n) && n > 0 && n <= 1_000_000 ? null : 'Give the rate as a number above 0, like 1.13.';
}

export const takenOnError = (value: string | null) => (value ? null : 'Give the day you took this rate.');

export const rateSpec: DraftSpec<ExchangeRate, RateDraft> = {
  toDraft: (r) => ({ rate: r.rate, takenOn: r.takenOn }),
  errors: (v): DraftErrors<RateDraft> => ({ rate: rateError(v.rate), takenOn: takenOnError(v.takenOn) }),
  apply: (r, key, v) => (key === 'rate' ? { ...r, rate: draftNumber(v.rate) as number } : { ...r, takenOn: v.takenOn as string }),
};

function withRates(plan: Plan, rates: ExchangeRate[]): Plan {
  return { ...plan, situation: { ...plan.situation, rates } };
}

export function updateRate(plan: Plan, currency: string, recipe: (r: ExchangeRate) => ExchangeRate): Plan {
  const rate = rateFor(plan.situation.rates, currency);
  if (!rate) return plan;
  const next = recipe(rate);
  return JSON.stringify(next) === JSON.stringify(rate) ? plan : withRates(plan, plan.situation.rates.map((r) => (r === rate ? next : r)));
}

/** Adds a rate; one for a currency already there replaces it (the one taken last is the one to keep). */
export function addRate(plan: Plan, rate: ExchangeRate): Plan {
  const others = plan.situation.rates.filter((r) => r.currency !== rate.currency);
  if (others.length >= LIMITS.exchangeRates) return plan;
  return withRates(plan, [...others, rate]);
}

export function removeRate(plan: Plan, currency: string): Plan {
  return withRates(plan, plan.situation.rates.filter((r) => r.currency !== currency));
}

/** Currencies an offer or dream role is in that have no rate into the display currency. */
export function currenciesWithoutRate(plan: Plan): string[] {
  const used = [...plan.offers.map((o) => o.compensation.currency), ...plan.dreamRoles.map((r) => r.estimatedCompensation.currency)];
  return [...new Set(used)].filter((c) => c !== plan.situation.currency && !rateFor(plan.situation.rates, c)).sort();
}
