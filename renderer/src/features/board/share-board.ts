import type { Board } from '@shared/board';
import { keepUnchanged } from '@shared/keep-unchanged';

/**
 * How many role cards keep their identity across edits: the first three
 * screenfuls or so. Comparing every card of a 1,000-role board in depth cost
 * about 90 ms per edit, more than re-rendering the few cards beyond these
 * that anyone has scrolled to.
 */
export const SHARED_CARDS = 60;

/**
 * A recomputed board with the previous board's objects kept wherever the
 * memoized parts of the board screen read them and nothing changed: the
 * notices, the timeline, and the first SHARED_CARDS role cards (matched by
 * role, with their contact, fit and readiness). Those parts then skip
 * rendering on an edit that does not touch them.
 */
export function shareBoard(prev: Board | undefined, next: Board): Board {
  if (!prev) return next;
  const previous = new Map(prev.roles.map((card) => [card.roleId, card]));
  const roles = next.roles.map((card, i) => (i < SHARED_CARDS ? keepUnchanged(previous.get(card.roleId), card) : card));
  const sameRoles = roles.length === prev.roles.length && roles.every((card, i) => card === prev.roles[i]);
  return {
    ...next,
    offerHeld: keepUnchanged(prev.offerHeld, next.offerHeld),
    timeline: keepUnchanged(prev.timeline, next.timeline),
    roles: sameRoles ? prev.roles : roles,
  };
}
