/**
 * What follows a call, per dream role, from its latest call: the three
 * answers each have their next step. A green light closes the role, but its
 * advice stays: accept the offer in hand with clarity, or, when other roles
 * are still open, what is left to do.
 */
import type { DreamRole } from '../plan';
import { latestCall } from './call-log';
import { formatDate, plural } from './format';
import { roleName } from './labels';
import type { Recommendation } from './recommendations';

export interface AfterCallContext {
  /** Whether an offer is held (the honesty rule). */
  held: boolean;
  /** Dream roles still to call. */
  remaining: number;
  locale: string;
  /** The role's walk-away answer in words. */
  walkAway: string;
}

/** The green light's next step, in one sentence. */
export function greenLightNextStep(held: boolean, remaining: number): string {
  if (remaining > 0) return `Thank them and close this role. ${plural(remaining, 'dream role')} ${remaining === 1 ? 'is' : 'are'} still open: make ${remaining === 1 ? 'that call' : 'those calls'} next.`;
  return held ? 'Accept Plan B with clarity, without lingering what-ifs, and thank them.' : 'Thank them, close this role and keep looking: you hold no offer yet.';
}

export function afterCallAdvice(role: DreamRole, ctx: AfterCallContext): Recommendation | null {
  const last = latestCall(role);
  if (!last) return null;
  const name = roleName(role);
  const base = { id: `after-call:${role.id}`, roleId: role.id };
  if (last.outcome === 'green-light') {
    return { ...base, severity: 'info', title: `${name} gave the green light`, reason: `It is disappointing, but it gives you clarity. ${greenLightNextStep(ctx.held, ctx.remaining)}` };
  }
  if (role.stage === 'closed') return null;
  if (last.outcome === 'immediate-offer') {
    return { ...base, severity: 'success', title: `${name} made an offer: compare it and get it in writing`, reason: 'Compare it with Plan B on the board, ask for the offer in writing, and settle the start date and when they need your answer.' };
  }
  const follow = last.followUpOn ? ` You planned to follow up on ${formatDate(last.followUpOn, ctx.locale)}.` : '';
  const plan = ctx.held ? `plan as if it is a no by your deadline and follow your walk-away answer (${ctx.walkAway})` : 'keep them on your list and check in again';
  return { ...base, severity: 'warning', title: `${name} gave a non-answer: ask once for a date`, reason: `Ask once for a concrete decision date. Without one, ${plan}.${follow}` };
}
