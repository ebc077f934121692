/**
 * The pay details drawer as a draft form over one compensation record. Each
 * field writes its own part; switching how a part is given goes through
 * shared/compensation/edits.ts so the figure is kept. The vesting schedule
 * (years, schedule, custom percentages) is checked and written as one,
 * because the schema only accepts them together.
 */
import {
  CurrencyCode, Equity, grantBy, withBasePeriod, withBonusKind, withGrantBy, withSchedule,
  type Compensation, type Schedule,
} from '@shared/compensation';
import { draftNumber, numberDraft } from '../draft-values';
import { amountError } from '../money';
import type { DraftErrors, DraftSpec } from '../useDraftForm';

export const MAX_VESTING_YEARS = 10;
export const PERCENT_KEYS = Array.from({ length: MAX_VESTING_YEARS }, (_, i) => `percentYear${i + 1}` as const);
type PercentKey = (typeof PERCENT_KEYS)[number];
type Typed = number | string;

export type PayDetailsDraft = Record<PercentKey, Typed> & {
  currency: string;
  basePeriod: Compensation['base']['period'];
  baseAmount: Typed;
  paymentsPerYear: string;
  bonusKind: Compensation['bonus']['kind'];
  bonusValue: Typed;
  bonusPayout: Typed;
  clawbackMonths: Typed;
  clawback: Compensation['signOn']['clawback'];
  relocation: Typed;
  benefitsPerYear: Typed;
  grantBy: 'value' | 'units';
  grantValue: Typed;
  units: Typed;
  pricePerUnit: Typed;
  vestingYears: Typed;
  cliffMonths: Typed;
  schedule: Schedule;
  refresherPerYear: Typed;
  countAtPercent: Typed;
};

const SCHEDULE_KEYS = new Set<string>(['vestingYears', 'schedule', ...PERCENT_KEYS]);

function percentDrafts(percents: readonly number[]): Record<PercentKey, Typed> {
  return Object.fromEntries(PERCENT_KEYS.map((k, i) => [k, numberDraft(percents[i] ?? null)])) as Record<PercentKey, Typed>;
}

/** `grantByChosen`: how the editor last said the grant is given, for a record holding no grant figure yet. */
export function payDetailsDraft(c: Compensation, grantByChosen: 'value' | 'units' = 'value'): PayDetailsDraft {
  const e = c.equity;
  return {
    currency: c.currency,
    basePeriod: c.base.period,
    baseAmount: numberDraft(c.base.amount),
    paymentsPerYear: String(c.base.paymentsPerYear),
    bonusKind: c.bonus.kind,
    bonusValue: numberDraft(c.bonus.value),
    bonusPayout: c.bonus.expectedPayoutPercent,
    clawbackMonths: numberDraft(c.signOn.clawbackMonths),
    clawback: c.signOn.clawback,
    relocation: numberDraft(c.relocation),
    benefitsPerYear: numberDraft(c.benefitsPerYear),
    grantBy: grantBy(e, grantByChosen),
    grantValue: numberDraft(e.grantValue),
    units: numberDraft(e.units),
    pricePerUnit: numberDraft(e.pricePerUnit),
    vestingYears: e.vestingYears,
    cliffMonths: e.cliffMonths,
    schedule: e.schedule,
    ...percentDrafts(e.customPercents),
    refresherPerYear: numberDraft(e.refresherPerYear),
    countAtPercent: e.countAtPercent,
  };
}

/** A typed number within [min, max] (whole when asked); empty is fine only when `optional`. */
export function rangeError(value: unknown, min: number, max: number, message: string, opts: { whole?: boolean; optional?: boolean } = {}): string | null {
  const n = draftNumber(value);
  if (n === null) return opts.optional ? null : message;
  return Number.isFinite(n) && n >= min && n <= max && (!opts.whole || Number.isInteger(n)) ? null : message;
}

/** The vesting schedule's problems: each field's own, and the schema's message for the whole (e.g. not adding up to 100). */
export function scheduleErrors(v: PayDetailsDraft): { own: Partial<Record<string, string>>; whole: string | null } {
  const own: Partial<Record<string, string>> = {};
  const years = rangeError(v.vestingYears, 1, MAX_VESTING_YEARS, `Vesting lasts a whole number of years, from 1 to ${MAX_VESTING_YEARS}.`, { whole: true });
  if (years) own.vestingYears = years;
  const vestingYears = draftNumber(v.vestingYears) as number;
  const visible = v.schedule === 'custom' && !years ? PERCENT_KEYS.slice(0, vestingYears) : [];
  for (const k of visible) {
    const e = rangeError(v[k], 0, 100, 'Give each year a percentage from 0 to 100.');
    if (e) own[k] = e;
  }
  if (Object.keys(own).length) return { own, whole: null };
  const candidate = {
    grantValue: null, units: null, pricePerUnit: null, cliffMonths: 0, refresherPerYear: 0, countAtPercent: 100,
    vestingYears, schedule: v.schedule, customPercents: visible.map((k) => draftNumber(v[k]) as number),
  };
  const result = Equity.safeParse(candidate);
  return { own, whole: result.success ? null : (result.error.issues[0]?.message ?? 'Check the vesting schedule.') };
}

export function payDetailsErrors(v: PayDetailsDraft): DraftErrors<PayDetailsDraft> {
  const targetPercent = v.bonusKind === 'target-percent';
  const errors: DraftErrors<PayDetailsDraft> = {
    currency: CurrencyCode.safeParse(v.currency).success ? null : 'Choose a three-letter currency code such as USD, EUR or CHF.',
    baseAmount: amountError(v.baseAmount),
    bonusValue: targetPercent
      ? rangeError(v.bonusValue, 0, 300, 'A bonus target is a percentage of base salary, from 0 to 300.', { optional: true })
      : amountError(v.bonusValue),
    bonusPayout: rangeError(v.bonusPayout, 0, 300, 'Give the payout you expect as a percentage of the target, from 0 to 300 (100 = on target).'),
    clawbackMonths: rangeError(v.clawbackMonths, 0, 60, 'Give the clawback as whole months from 0 to 60, or leave it empty if you do not know.', { whole: true, optional: true }),
    relocation: amountError(v.relocation),
    benefitsPerYear: amountError(v.benefitsPerYear),
    grantValue: v.grantBy === 'value' ? amountError(v.grantValue) : null,
    units: v.grantBy === 'units' ? amountError(v.units) : null,
    pricePerUnit: v.grantBy === 'units' ? amountError(v.pricePerUnit) : null,
    cliffMonths: rangeError(v.cliffMonths, 0, 48, 'Give the cliff as whole months from 0 to 48 (0 = no cliff).', { whole: true }),
    refresherPerYear: amountError(v.refresherPerYear),
    countAtPercent: rangeError(v.countAtPercent, 0, 100, 'Count the equity at a percentage from 0 to 100.'),
  };
  const schedule = scheduleErrors(v);
  const blocked = schedule.whole ?? (Object.keys(schedule.own).length ? 'Fix the vesting figures marked in red first.' : null);
  for (const k of SCHEDULE_KEYS) errors[k as keyof PayDetailsDraft & string] = schedule.own[k] ?? blocked;
  return errors;
}

const num = (typed: unknown) => draftNumber(typed);

export function applyPayDetail(c: Compensation, key: keyof PayDetailsDraft & string, v: PayDetailsDraft): Compensation {
  const e = c.equity;
  if (SCHEDULE_KEYS.has(key)) {
    const vestingYears = num(v.vestingYears) as number;
    const customPercents = v.schedule === 'custom' ? PERCENT_KEYS.slice(0, vestingYears).map((k) => num(v[k]) as number) : [];
    return { ...c, equity: { ...e, vestingYears, schedule: v.schedule, customPercents } };
  }
  switch (key) {
    case 'currency': return { ...c, currency: v.currency };
    case 'basePeriod': return withBasePeriod(c, v.basePeriod);
    case 'baseAmount': return { ...c, base: { ...c.base, amount: num(v.baseAmount) } };
    case 'paymentsPerYear': return { ...c, base: { ...c.base, paymentsPerYear: Number(v.paymentsPerYear) } };
    case 'bonusKind': return withBonusKind(c, v.bonusKind);
    case 'bonusValue': return { ...c, bonus: { ...c.bonus, value: num(v.bonusValue) } };
    case 'bonusPayout': return { ...c, bonus: { ...c.bonus, expectedPayoutPercent: num(v.bonusPayout) as number } };
    case 'clawbackMonths': return { ...c, signOn: { ...c.signOn, clawbackMonths: num(v.clawbackMonths) } };
    case 'clawback': return { ...c, signOn: { ...c.signOn, clawback: v.clawback } };
    case 'relocation': return { ...c, relocation: num(v.relocation) };
    case 'benefitsPerYear': return { ...c, benefitsPerYear: num(v.benefitsPerYear) };
    case 'grantBy': return { ...c, equity: withGrantBy(e, v.grantBy) };
    case 'grantValue': return v.grantBy === 'value' ? { ...c, equity: { ...e, grantValue: num(v.grantValue) } } : c;
    case 'units': return v.grantBy === 'units' ? { ...c, equity: { ...e, grantValue: null, units: num(v.units) } } : c;
    case 'pricePerUnit': return v.grantBy === 'units' ? { ...c, equity: { ...e, grantValue: null, pricePerUnit: num(v.pricePerUnit) } } : c;
    case 'cliffMonths': return { ...c, equity: { ...e, cliffMonths: num(v.cliffMonths) as number } };
    case 'refresherPerYear': return { ...c, equity: { ...e, refresherPerYear: num(v.refresherPerYear) } };
    case 'countAtPercent': return { ...c, equity: { ...e, countAtPercent: num(v.countAtPercent) as number } };
    default: return c;
  }
}

export const payDetailsSpec: DraftSpec<Compensation, PayDetailsDraft> = {
  toDraft: (c) => payDetailsDraft(c),
  errors: payDetailsErrors,
  apply: applyPayDetail,
};

/** The same, reading the editor's remembered "given as" choice each time the record is turned into a draft. */
export function payDetailsSpecRemembering(chosen: () => 'value' | 'units' | null): DraftSpec<Compensation, PayDetailsDraft> {
  return { ...payDetailsSpec, toDraft: (c) => payDetailsDraft(c, chosen() ?? 'value') };
}

/**
 * The draft values a schedule preset sets (vesting years and percentages),
 * from the schedule as typed; set before the schedule itself is committed.
 */
export function schedulePresetDraft(v: PayDetailsDraft, schedule: Schedule): Partial<PayDetailsDraft> {
  const own = scheduleErrors(v).own;
  const years = own.vestingYears ? 4 : (num(v.vestingYears) as number);
  const percents = PERCENT_KEYS.slice(0, years).map((k) => num(v[k]));
  const current: Equity = {
    grantValue: null, units: null, pricePerUnit: null, cliffMonths: 0, refresherPerYear: 0, countAtPercent: 100,
    vestingYears: years, schedule: v.schedule === 'custom' && percents.some((p) => p === null || !Number.isFinite(p)) ? 'even' : v.schedule,
    customPercents: percents.map((p) => p ?? 0),
  };
  if (current.schedule !== 'even' && current.schedule !== 'custom' && years !== 4) current.schedule = 'even';
  const next = withSchedule(current, schedule);
  return { vestingYears: next.vestingYears, ...percentDrafts(next.customPercents) };
}
