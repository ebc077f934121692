import type { Compensation } from '@shared/compensation';
import { draftNumber, numberDraft } from '../draft-values';
import { amountError } from '../money';
import type { DraftErrors, DraftSpec } from '../useDraftForm';
import { rangeError } from './pay-details-draft';

export type Instalment = Compensation['signOn']['instalments'][number];
/** The month is shown from 1 (your first month); the record counts from 0. */
export type InstalmentDraft = { amount: number | string; month: number | string };

export const LAST_MONTH = 48;

export const instalmentSpec: DraftSpec<Instalment, InstalmentDraft> = {
  toDraft: (i) => ({ amount: numberDraft(i.amount), month: i.month + 1 }),
  errors: (v): DraftErrors<InstalmentDraft> => ({
    amount: amountError(v.amount),
    month: rangeError(v.month, 1, LAST_MONTH, `Give the month it is paid, from 1 (your first month) to ${LAST_MONTH}.`, { whole: true }),
  }),
  apply: (i, key, v) => (key === 'amount' ? { ...i, amount: draftNumber(v.amount) } : { ...i, month: (draftNumber(v.month) as number) - 1 }),
};

/** Sign-on instalments: one more (paid a year after the last), or one fewer. */
export function withInstalment(c: Compensation, index: number, recipe: (i: Instalment) => Instalment): Compensation {
  const instalments = c.signOn.instalments.map((i, at) => (at === index ? recipe(i) : i));
  return { ...c, signOn: { ...c.signOn, instalments } };
}

export function addInstalment(c: Compensation): Compensation {
  const last = c.signOn.instalments.at(-1);
  const month = last ? Math.min(last.month + 12, LAST_MONTH - 1) : 0;
  return { ...c, signOn: { ...c.signOn, instalments: [...c.signOn.instalments, { amount: null, month }] } };
}

export function removeInstalment(c: Compensation, index: number): Compensation {
  return { ...c, signOn: { ...c.signOn, instalments: c.signOn.instalments.filter((_, at) => at !== index) } };
}
