/**
 * Ending a call: the draft becomes one Call in the role's log, with the
 * follow-up its answer suggests, and the screen offers what comes next.
 *
 * Follow-up rule (non-answer only; an offer or a green light is an answer):
 * the working day after the date they gave, so you call once it has passed
 * without news; with no date, two working days after the call, the "ask once
 * for a date" of the board's advice.
 */
import { LIMITS } from '../limits';
import { callInputProblems } from '../board/role-progress';
import { formatDate } from '../board/format';
import { isWeekend, dayNumber, isoDateOfDay } from '../board/zoned-date';
import type { Call, Outcome, Plan } from '../plan';
import { logCall, type CallInput } from '../scripts/call-log';
import type { CallDraft } from './call-draft';

/** Working days after the call to follow up when they gave no date. */
export const FOLLOW_UP_WORKING_DAYS = 2;

function workingDaysAfter(day: number, n: number): number {
  let d = day;
  let left = n;
  while (left > 0) {
    d += 1;
    if (!isWeekend(d)) left -= 1;
  }
  return d;
}

/** The day to follow up after this answer (`YYYY-MM-DD`), or null when the answer needs none. `today`: the call's day. */
export function suggestedFollowUp(outcome: Outcome, expectedOn: string | null, today: string): string | null {
  if (outcome !== 'non-answer') return null;
  const todayNumber = dayNumber(today);
  if (todayNumber === null) return null;
  const given = dayNumber(expectedOn);
  const from = given !== null && given >= todayNumber ? given : null;
  return isoDateOfDay(from === null ? workingDaysAfter(todayNumber, FOLLOW_UP_WORKING_DAYS) : workingDaysAfter(from, 1));
}

export type EndCallResult = { ok: true; plan: Plan; call: CallInput } | { ok: false; message: string };

/**
 * The Call the draft becomes, logged on the role. `nextStep` is the chosen
 * answer's prepared next steps (filled for this role); `today` the user's
 * calendar day. Refuses, in words, a draft with no answer chosen or a date
 * before the call; never throws for those.
 */
export function endCall(plan: Plan, draft: CallDraft, opts: { nextStep: string; today: string; now: Date }): EndCallResult {
  if (!draft.outcome) return { ok: false, message: 'Choose their answer first (1, 2 or 3), then end the call.' };
  const call: CallInput = {
    at: draft.startedAt,
    outcome: draft.outcome,
    timingSaid: draft.timingSaid.trim().slice(0, LIMITS.longText),
    notes: draft.notes.trim().slice(0, LIMITS.longText),
    nextStep: opts.nextStep.trim(),
    followUpOn: suggestedFollowUp(draft.outcome, draft.expectedOn, opts.today),
    spokeWith: draft.spokeWith.trim(),
    interest: draft.interest,
    urgency: draft.urgency,
    newExpectedDecisionOn: draft.expectedOn,
  };
  const problem = callInputProblems(call, opts.now, opts.today)[0];
  if (problem) return { ok: false, message: problem.message };
  if (!plan.dreamRoles.some((r) => r.id === draft.roleId)) return { ok: false, message: 'This dream role is no longer in the plan, so the call cannot be logged on it. Your notes are kept.' };
  try {
    return { ok: true, plan: logCall(plan, draft.roleId, call), call };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

export type NextStep =
  | { kind: 'record-offer'; label: string }
  | { kind: 'follow-up'; label: string; on: string }
  | { kind: 'call-next'; label: string; roleId: string }
  | { kind: 'board'; label: string };

/** What to offer once the call is logged, most pressing first. `next`: the first other role in the call order, if any. */
export function nextSteps(call: Pick<Call, 'outcome' | 'followUpOn'>, next: { roleId: string; name: string } | null, locale: string): NextStep[] {
  const steps: NextStep[] = [];
  if (call.outcome === 'immediate-offer') steps.push({ kind: 'record-offer', label: 'Record their offer' });
  if (call.followUpOn) {
    const day = formatDate(call.followUpOn, locale);
    steps.push({ kind: 'follow-up', label: `Follow-up set for ${day}`, on: call.followUpOn });
  }
  if (next) steps.push({ kind: 'call-next', label: `Call ${next.name} next`, roleId: next.roleId });
  steps.push({ kind: 'board', label: 'Back to the board' });
  return steps;
}
