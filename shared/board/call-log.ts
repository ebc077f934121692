/** Reading a dream role's call log. */
import type { Call, DreamRole } from '../plan';
import { parseInstant } from './zoned-date';

/**
 * The most recent call (latest `at`; among equal or unreadable times, the one
 * logged last), or `null` when the role has not been called.
 */
export function latestCall(role: Pick<DreamRole, 'callLog'>): Call | null {
  let best: Call | null = null;
  let bestMs = -Infinity;
  for (const call of role.callLog ?? []) {
    const ms = parseInstant(call.at)?.getTime() ?? -Infinity;
    if (best === null || ms >= bestMs) {
      best = call;
      bestMs = ms;
    }
  }
  return best;
}
