import { callInputProblems } from '@shared/board/role-progress';
import type { Call, Outcome } from '@shared/plan';
import type { CallInput } from '@shared/scripts/call-log';

/** The call form's fields as the inputs hold them (local date-time text, date text). */
export interface CallFormValues {
  at: string;
  outcome: Outcome;
  timingSaid: string;
  notes: string;
  nextStep: string;
  followUpOn: string;
  spokeWith: string;
  /** 1–5 as text, '' when not noted. */
  interest: string;
  urgency: string;
  newExpectedDecisionOn: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** `YYYY-MM-DDTHH:mm` in the user's zone, for `<input type="datetime-local">`. */
export function toLocalInput(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

export function emptyCallValues(now: Date): CallFormValues {
  return { at: toLocalInput(now), outcome: 'non-answer', timingSaid: '', notes: '', nextStep: '', followUpOn: '', spokeWith: '', interest: '', urgency: '', newExpectedDecisionOn: '' };
}

export function valuesFromCall(call: Call): CallFormValues {
  return {
    at: toLocalInput(new Date(call.at)), outcome: call.outcome, timingSaid: call.timingSaid, notes: call.notes, nextStep: call.nextStep, followUpOn: call.followUpOn ?? '',
    spokeWith: call.spokeWith, interest: call.interest === null ? '' : String(call.interest), urgency: call.urgency === null ? '' : String(call.urgency),
    newExpectedDecisionOn: call.newExpectedDecisionOn ?? '',
  };
}

export function callFromValues(values: CallFormValues): CallInput {
  return {
    at: new Date(values.at).toISOString(),
    outcome: values.outcome,
    timingSaid: values.timingSaid,
    notes: values.notes,
    nextStep: values.nextStep,
    followUpOn: values.followUpOn || null,
    spokeWith: values.spokeWith.trim(),
    interest: values.interest ? Number(values.interest) : null,
    urgency: values.urgency ? Number(values.urgency) : null,
    newExpectedDecisionOn: values.newExpectedDecisionOn || null,
  };
}

/** Field errors in words, or null when the call can be logged. */
export function callErrors(values: CallFormValues, now = new Date()): Partial<Record<keyof CallFormValues, string>> {
  const errors: Partial<Record<keyof CallFormValues, string>> = {};
  if (!values.at || Number.isNaN(new Date(values.at).getTime())) errors.at = 'Enter when the call happened.';
  if (values.followUpOn && !/^\d{4}-\d{2}-\d{2}$/.test(values.followUpOn)) errors.followUpOn = 'Enter a date, or leave it empty.';
  if (values.newExpectedDecisionOn && !/^\d{4}-\d{2}-\d{2}$/.test(values.newExpectedDecisionOn)) errors.newExpectedDecisionOn = 'Enter a date, or leave it empty.';
  if (errors.at || errors.newExpectedDecisionOn) return errors;
  const input = { at: new Date(values.at).toISOString(), newExpectedDecisionOn: values.newExpectedDecisionOn || null };
  for (const problem of callInputProblems(input, now, values.at.slice(0, 10))) errors[problem.field] = problem.message;
  return errors;
}
