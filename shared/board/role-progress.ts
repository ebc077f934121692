/**
 * How a dream role moves over time: its stages with their dates, its
 * expected decision date and the earlier ones, and what each call told you.
 * Pure rules for the board and the editors.
 */
import { LIMITS } from '../limits';
import type { Call, DreamRole, Stage } from '../plan';
import { latestCall } from './call-log';
import { formatDate } from './format';
import { dayNumber } from './zoned-date';

/** Days without news from an open role after which the board suggests a follow-up. */
export const NO_NEWS_DAYS = 7;

/** Words for each step of the two call signals (1–5). */
export const INTEREST_WORDS = ['cold', 'lukewarm', 'interested', 'warm', 'keen'] as const;
export const URGENCY_WORDS = ['no hurry', 'relaxed', 'some hurry', 'urgent', 'very urgent'] as const;

export function signalWords(kind: 'interest' | 'urgency', value: number | null): string {
  if (value === null) return 'not noted';
  return (kind === 'interest' ? INTEREST_WORDS : URGENCY_WORDS)[value - 1] ?? 'not noted';
}

/** Appends to a bounded history, dropping the oldest entries past the limit. */
function bounded<T>(list: readonly T[], item: T): T[] {
  return [...list, item].slice(-LIMITS.historyPerRole);
}

/**
 * The role in a new stage from `on`, kept in its stage history (the same
 * role when the stage is unchanged). Several changes on one day keep the
 * day's last stage only: the history is of days, not of clicks.
 */
export function changeStage(role: DreamRole, stage: Stage, on: string): DreamRole {
  if (role.stage === stage) return role;
  const history = role.stageHistory ?? [];
  const earlier = history.at(-1)?.on === on && history.length > 1 ? history.slice(0, -1) : history;
  return { ...role, stage, stageHistory: bounded(earlier, { stage, on }) };
}

/**
 * A new expected decision date, changed on `on` (by the call `callId`, or by
 * hand): the date it replaces goes to the timeline's history.
 */
export function moveExpectedDecision(role: DreamRole, date: string | null, on: string, callId: string | null = null): DreamRole {
  const { timeline } = role;
  if (timeline.expectedDecisionOn === date) return role;
  // A first date replaces no date: the history keeps earlier dates, not the absence of one.
  if (timeline.expectedDecisionOn === null) return { ...role, timeline: { ...timeline, expectedDecisionOn: date } };
  const earlier = timeline.history ?? [];
  const last = earlier.at(-1);
  // Edits by hand on one day are one change: the date the day started with is the one kept.
  if (callId === null && last && last.changedOn === on && last.callId === null) {
    return { ...role, timeline: { ...timeline, expectedDecisionOn: date } };
  }
  const history = bounded(earlier, { expectedDecisionOn: timeline.expectedDecisionOn, changedOn: on, callId });
  return { ...role, timeline: { ...timeline, expectedDecisionOn: date, history } };
}

/**
 * The earlier expected decision dates in words, newest first, e.g. "Was Sat,
 * Dec 5, 2026: changed after the call on Tue, Dec 1, 2026." A date moved by a
 * call the log no longer holds still says a call moved it.
 */
export function expectedDecisionChanges(role: Pick<DreamRole, 'timeline'>, locale: string): string[] {
  return [...(role.timeline?.history ?? [])].reverse().map((h) => {
    const was = h.expectedDecisionOn ? formatDate(h.expectedDecisionOn, locale) : 'not recorded';
    const how = h.callId ? 'changed after the call on' : 'changed by hand on';
    return `Was ${was}: ${how} ${formatDate(h.changedOn, locale)}.`;
  });
}

/** The day the role reached its current stage, or null when no date is kept. */
export function stageSince(role: Pick<DreamRole, 'stage' | 'stageHistory'>): string | null {
  const history = role.stageHistory ?? [];
  for (let i = history.length - 1; i >= 0; i--) {
    if (history[i]!.stage !== role.stage) break;
    if (i === 0 || history[i - 1]!.stage !== role.stage) return history[i]!.on;
  }
  return null;
}

function daysBetween(from: string, to: string): number | null {
  const a = dayNumber(from);
  const b = dayNumber(to);
  return a === null || b === null ? null : b - a;
}

/** Whole days the role has been in its current stage at `today`, or null when unknown. */
export function daysInStage(role: Pick<DreamRole, 'stage' | 'stageHistory'>, today: string): number | null {
  const since = stageSince(role);
  const days = since ? daysBetween(since, today) : null;
  return days === null ? null : Math.max(0, days);
}

function isOpen(role: DreamRole): boolean {
  return role.stage !== 'closed' && role.stage !== 'offer' && !role.withdrawnOn && !role.offerId;
}

/** The last day anything was heard from or done with the role: its latest call, stage change or application. */
export function lastNewsOn(role: DreamRole): string | null {
  const days = [latestCall(role)?.at.slice(0, 10), stageSince(role), role.appliedOn].filter((d): d is string => typeof d === 'string');
  return days.sort().at(-1) ?? null;
}

/** "No news for N days": a follow-up suggestion for an open role, or null. */
export function noNewsFollowUp(role: DreamRole, today: string): { days: number; text: string } | null {
  if (!isOpen(role)) return null;
  const last = lastNewsOn(role);
  const days = last ? daysBetween(last, today) : null;
  if (days === null || days < NO_NEWS_DAYS) return null;
  const name = role.company.trim() || 'this employer';
  return { days, text: `No news from ${name} for ${days} days: follow up and ask where the decision stands.` };
}

/** A decision date before the application date: a mistake worth a look, not an error. */
export function decisionBeforeApplication(role: { appliedOn: string | null; timeline: { expectedDecisionOn: string | null } }): string | null {
  const { appliedOn } = role;
  const decision = role.timeline.expectedDecisionOn;
  if (!appliedOn || !decision || decision >= appliedOn) return null;
  return 'The expected decision date is before the day you applied. Check both dates.';
}

export interface LikelihoodSuggestion {
  immediateOffer: number;
  nonAnswer: number;
  greenLight: number;
  /** Why, in words, naming the call. */
  reason: string;
  callId: string;
}

const fivePercent = (p: number) => Math.round(p * 20) / 20;

/**
 * Likelihoods suggested by the latest call's signals (never applied: the
 * user accepts them). Interest drives the chance of a no; interest and
 * urgency together drive the chance of an offer now; the rest is a
 * non-answer. Null when the latest call noted neither signal.
 */
export function suggestLikelihoods(role: Pick<DreamRole, 'callLog'>): LikelihoodSuggestion | null {
  const call: Call | null = latestCall(role);
  if (!call || (call.interest === null && call.urgency === null)) return null;
  const interest = ((call.interest ?? 3) - 1) / 4;
  const urgency = ((call.urgency ?? 3) - 1) / 4;
  const immediateOffer = fivePercent(0.05 + 0.6 * interest * urgency);
  const greenLight = fivePercent(0.05 + 0.45 * (1 - interest));
  const nonAnswer = Math.round((1 - immediateOffer - greenLight) * 100) / 100;
  const said = [
    call.interest !== null ? `${signalWords('interest', call.interest)} (interest ${call.interest} of 5)` : null,
    call.urgency !== null ? `${signalWords('urgency', call.urgency)} (urgency ${call.urgency} of 5)` : null,
  ].filter(Boolean).join(' and ');
  return { immediateOffer, nonAnswer, greenLight, callId: call.id, reason: `On the call of ${call.at.slice(0, 10)} they sounded ${said}.` };
}

/** Why a call as typed cannot be saved, in words; an empty list when it can. `callDay`: the call's day where the user is. */
export function callInputProblems(
  input: Pick<Call, 'at' | 'newExpectedDecisionOn'>,
  now: Date,
  callDay = input.at.slice(0, 10),
): { field: 'at' | 'newExpectedDecisionOn'; message: string }[] {
  const problems: { field: 'at' | 'newExpectedDecisionOn'; message: string }[] = [];
  const at = Date.parse(input.at);
  // A minute of slack for a clock that is a little ahead of the one that wrote the time.
  if (!Number.isNaN(at) && at > now.getTime() + 60_000) {
    problems.push({ field: 'at', message: 'This call is dated in the future. Log a call once it has happened, or fix the date and time.' });
  }
  if (input.newExpectedDecisionOn && input.newExpectedDecisionOn < callDay) {
    problems.push({ field: 'newExpectedDecisionOn', message: 'The new expected decision date is before the call. Check the date they gave.' });
  }
  return problems;
}

/** What to listen for on a call (the call sheet and call mode show this one list): the reasons to call rather than email. */
export const LISTEN_FOR = [
  'How keen they sound: warm and specific, or polite and vague.',
  'How fast they can move: a date, a next step, or "we will get back to you".',
  'Who decides, and whether they are on the call.',
  'Any new date for their decision: write it down as they say it.',
] as const;
