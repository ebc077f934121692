/**
 * Reading a dream role's call log: the one "latest call" rule for the board,
 * the call log, the stage rule and follow-ups. Calls are ordered by their time;
 * calls at the same time (or with unreadable times) are ordered by entry, the
 * one logged last being the later.
 */
import type { Call, DreamRole } from '../plan';
import { parseInstant } from './zoned-date';

const timeOf = (call: Call) => parseInstant(call.at)?.getTime() ?? -Infinity;

/** A role's calls, newest first (the log is stored in entry order). */
export function callsNewestFirst(role: Pick<DreamRole, 'callLog'>): Call[] {
  return (role.callLog ?? [])
    .map((call, index) => ({ call, index, ms: timeOf(call) }))
    .sort((a, b) => b.ms - a.ms || b.index - a.index)
    .map((x) => x.call);
}

/** The most recent call (see the module rule), or `null` when the role has not been called. */
export function latestCall(role: Pick<DreamRole, 'callLog'>): Call | null {
  let best: Call | null = null;
  let bestMs = -Infinity;
  for (const call of role.callLog ?? []) {
    const ms = timeOf(call);
    if (best === null || ms >= bestMs) {
      best = call;
      bestMs = ms;
    }
  }
  return best;
}
