import type { Call, Outcome } from '@shared/plan';
import type { CallInput } from '@shared/scripts/call-log';

/** The call form's fields as the inputs hold them (local date-time text, date text). */
export interface CallFormValues {
  at: string;
  outcome: Outcome;
  timingSaid: string;
  nextStep: string;
  followUpOn: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** `YYYY-MM-DDTHH:mm` in the user's zone, for `<input type="datetime-local">`. */
export function toLocalInput(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

export function emptyCallValues(now: Date): CallFormValues {
  return { at: toLocalInput(now), outcome: 'non-answer', timingSaid: '', nextStep: '', followUpOn: '' };
}

export function valuesFromCall(call: Call): CallFormValues {
  return { at: toLocalInput(new Date(call.at)), outcome: call.outcome, timingSaid: call.timingSaid, nextStep: call.nextStep, followUpOn: call.followUpOn ?? '' };
}

export function callFromValues(values: CallFormValues): CallInput {
  return {
    at: new Date(values.at).toISOString(),
    outcome: values.outcome,
    timingSaid: values.timingSaid,
    nextStep: values.nextStep,
    followUpOn: values.followUpOn || null,
  };
}

/** Field errors in words, or null when the call can be logged. */
export function callErrors(values: CallFormValues): Partial<Record<keyof CallFormValues, string>> {
  const errors: Partial<Record<keyof CallFormValues, string>> = {};
  if (!values.at || Number.isNaN(new Date(values.at).getTime())) errors.at = 'Enter when the call happened.';
  if (values.followUpOn && !/^\d{4}-\d{2}-\d{2}$/.test(values.followUpOn)) errors.followUpOn = 'Enter a date, or leave it empty.';
  return errors;
}
