/**
 * Timeline fit: does a dream role's expected decision land before Plan B's
 * deadline? Compared on calendar dates in the deadline's zone.
 */
import type { DreamRole } from '../plan';
import { latestCall } from './call-log';
import type { DeadlineStatus } from './deadline';
import { formatDate, plural } from './format';
import { businessDaysBetween, dayNumber } from './zoned-date';

export type TimelineFit =
  /** Their decision lands on or before the deadline date (or they already made an offer). */
  | { kind: 'fits'; daysToSpare: number | null; expectedDecisionOn: string | null; overdue: boolean; reason: string }
  /** Their decision lands after the deadline: the call must ask them to move. */
  | { kind: 'needs-acceleration'; daysLate: number; businessDaysLate: number; expectedDecisionOn: string; reason: string }
  /** Cannot tell: no date, no deadline, or the deadline has passed. */
  | { kind: 'unknown'; reason: string }
  /** The role is over (closed, or they gave the green light to accept Plan B). */
  | { kind: 'closed'; reason: string };

export type TimelineFitKind = TimelineFit['kind'];

/** One role's expected decision date against the deadline (see `deadlineStatus`). Never throws. */
export function timelineFit(role: DreamRole, deadline: DeadlineStatus): TimelineFit {
  const last = latestCall(role);
  if (last?.outcome === 'green-light') return { kind: 'closed', reason: 'They gave you the green light to accept the offer you hold.' };
  if (role.stage === 'closed') return { kind: 'closed', reason: 'This role is closed, so its timeline no longer matters.' };
  const expected = role.timeline?.expectedDecisionOn ?? null;
  if (role.stage === 'offer' || last?.outcome === 'immediate-offer') {
    return { kind: 'fits', daysToSpare: null, expectedDecisionOn: expected, overdue: false, reason: 'They have already made you an offer, so their decision is in.' };
  }
  const said = expected && dayNumber(expected) !== null ? ` They expect to decide by ${formatDate(expected, 'en-US')}.` : '';
  if (deadline.state === 'none' || deadline.deadlineDate === null) return { kind: 'unknown', reason: `There is no Plan B deadline to compare their timeline with.${said}` };
  if (deadline.state === 'passed') return { kind: 'unknown', reason: `The Plan B deadline has passed, so there is no timeline left to fit.${said}` };
  if (!expected) return { kind: 'unknown', reason: 'No expected decision date recorded: ask them when they will decide.' };
  const exp = dayNumber(expected);
  const due = dayNumber(deadline.deadlineDate);
  const today = dayNumber(deadline.todayDate);
  if (exp === null || due === null || today === null) return { kind: 'unknown', reason: 'Their expected decision date is not a valid date; edit the role.' };
  if (exp <= due) {
    const spare = due - exp;
    const overdue = exp < today;
    const reason = overdue
      ? 'Their expected decision date has passed with no answer recorded: check in with them.'
      : spare === 0 ? 'Their decision is expected on your deadline day: it fits, but with no room to spare.' : `Their decision is expected ${plural(spare, 'day')} before your deadline.`;
    return { kind: 'fits', daysToSpare: spare, expectedDecisionOn: expected, overdue, reason };
  }
  const daysLate = exp - due;
  const businessDaysLate = businessDaysBetween(due, exp);
  return {
    kind: 'needs-acceleration', daysLate, businessDaysLate, expectedDecisionOn: expected,
    reason: `Their decision lands ${plural(daysLate, 'day')} (${plural(businessDaysLate, 'business day')}) after your deadline, so they need to move faster.`,
  };
}
