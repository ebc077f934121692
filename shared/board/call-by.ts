/**
 * The call-by date of a dream role: the last working day to call them so that
 * their answer can still come before Plan B's deadline. An employer needs a
 * few business days after the call to move (talk to the hiring team, write an
 * offer); the earlier their stage, the more they need. Counted on calendar
 * dates in the deadline's zone, Monday to Friday, like the deadline itself.
 */
import type { Stage } from '../plan';
import type { DeadlineStatus } from './deadline';
import { formatDate, plural } from './format';
import { businessDaysBetween, dayNumber, isoDateOfDay, isWeekend } from './zoned-date';

/** Business days an employer at each stage needs between your call and their answer. */
export const CALL_LEAD_BUSINESS_DAYS: Record<Stage, number> = {
  applied: 5,
  screening: 4,
  interviewing: 3,
  'final-round': 2,
  'awaiting-decision': 1,
  offer: 1,
  closed: 1,
};

export type CallByState =
  /** No deadline (or it has passed): no call-by date. */
  | 'none'
  /** The call-by date is after today. */
  | 'upcoming'
  /** Today is the call-by date: call today. */
  | 'today'
  /** The call-by date has passed but the deadline has not: call at once, they will be pressed. */
  | 'late';

export interface CallBy {
  state: CallByState;
  /** `YYYY-MM-DD` in the deadline's zone, or `null`. */
  date: string | null;
  /** Business days from today to the call-by date (0 today, negative when late); `null` without a date. */
  businessDaysLeft: number | null;
  /** Short words for a card, e.g. "Call by Thu, Dec 3" or "Call today". */
  label: string;
  /** One sentence with the reason. */
  reason: string;
}

/** The business day `n` working days before `day` (n ≥ 1). */
export function businessDaysBefore(day: number, n: number): number {
  let d = day;
  let left = Math.max(1, Math.floor(n));
  while (left > 0) {
    d -= 1;
    if (!isWeekend(d)) left -= 1;
  }
  return d;
}

/** A role's call-by date against the deadline. Never throws. */
export function callBy(stage: Stage, deadline: DeadlineStatus, locale = 'en-US'): CallBy {
  const due = dayNumber(deadline.deadlineDate);
  const today = dayNumber(deadline.todayDate);
  if (deadline.state === 'passed') return { state: 'none', date: null, businessDaysLeft: null, label: 'No call-by date', reason: 'The Plan B deadline has passed, so there is no call-by date.' };
  if (due === null || today === null) return { state: 'none', date: null, businessDaysLeft: null, label: 'No call-by date', reason: 'There is no Plan B deadline, so there is no call-by date.' };
  const lead = CALL_LEAD_BUSINESS_DAYS[stage] ?? 2;
  const day = businessDaysBefore(due, lead);
  const date = isoDateOfDay(day);
  const shown = formatDate(date, locale);
  const need = `they usually need ${plural(lead, 'business day')} after the call to answer at this stage`;
  const left = businessDaysBetween(today, day);
  if (day > today) return { state: 'upcoming', date, businessDaysLeft: left, label: `Call by ${shown}`, reason: `Call by ${shown}: ${need}.` };
  if (day === today) return { state: 'today', date, businessDaysLeft: 0, label: 'Call today', reason: `Today is the last working day to call: ${need}.` };
  return { state: 'late', date, businessDaysLeft: left, label: 'Call today (late)', reason: `The last good day to call was ${shown} (${need}). Call as soon as you can and ask plainly whether they can still move.` };
}
