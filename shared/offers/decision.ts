/**
 * Several offers in hand, and the decision. Pure rules for the board, the
 * scenarios and the scripts:
 *
 * - An offer is *live* while it is open (not accepted or declined), received,
 *   and its current deadline (extensions count) is ahead.
 * - The offer that expires first among the live ones is flagged, Plan B or not.
 * - The best live offer, by the one option rule (shared/board/options.ts), is
 *   suggested as Plan B when it is not Plan B already, with the reason.
 * - Once an offer is accepted the plan is *Decided*: what is left is to
 *   decline the other open offers and withdraw from the open dream roles. A
 *   dream employer that calls after the start date is the safety-net case
 *   "I started at Plan B and a dream company came back".
 */
import { compareOptions, comparisonBasis, planBOption, type OptionFacts } from '../board/options';
import type { DreamRole, Offer, Plan } from '../plan';
import { currentDeadline, pendingExtension } from './current-deadline';

export function offerName(offer: Pick<Offer, 'company' | 'role'>): string {
  return offer.company.trim() || offer.role.trim() || 'an unnamed offer';
}

/** The accepted offer, if the user accepted one (the schema allows at most one). */
export function acceptedOffer(plan: Pick<Plan, 'offers'>): Offer | undefined {
  return (plan.offers ?? []).find((o) => o.response === 'accepted');
}

/** Whether the offer can still be accepted at `now`. */
export function isLive(offer: Offer, now: Date): boolean {
  const deadline = Date.parse(currentDeadline(offer) ?? '');
  return offer.response === 'open' && offer.receivedOn !== null && !Number.isNaN(deadline) && deadline > now.getTime();
}

export function liveOffers(plan: Pick<Plan, 'offers'>, now: Date): Offer[] {
  return (plan.offers ?? []).filter((o) => isLive(o, now));
}

/** The live offer whose current deadline comes first, or null. */
export function firstToExpire(plan: Pick<Plan, 'offers'>, now: Date): Offer | null {
  let first: Offer | null = null;
  for (const o of liveOffers(plan, now)) {
    if (!first || Date.parse(currentDeadline(o)!) < Date.parse(currentDeadline(first)!)) first = o;
  }
  return first;
}

export interface PlanBSuggestion {
  offerId: string;
  company: string;
  reason: string;
}

/**
 * The best live offer, when it is not Plan B: a suggestion the user takes
 * with "Make this my Plan B", never applied by itself.
 */
export function suggestPlanB(plan: Pick<Plan, 'offers' | 'criteria'>, now: Date): PlanBSuggestion | null {
  if (acceptedOffer(plan)) return null;
  const live = liveOffers(plan, now);
  if (live.length === 0) return null;
  const facts = live.map((o): [Offer, OptionFacts] => [o, { ...planBOption(o, plan), name: offerName(o) }]);
  facts.sort((a, b) => compareOptions(a[1], b[1]) || (Date.parse(currentDeadline(a[0])!) - Date.parse(currentDeadline(b[0])!)));
  const [best, facts0] = facts[0]!;
  if (best.isPlanB) return null;
  const current = facts.find(([o]) => o.isPlanB);
  const why = current
    ? `it beats ${offerName(current[0])}: ${comparisonBasis(facts0, current[1])}`
    : (plan.offers ?? []).some((o) => o.isPlanB)
      ? 'your Plan B offer is no longer live, and this is the best offer you hold'
      : 'it is the best offer you hold, and no offer is Plan B yet';
  return { offerId: best.id, company: offerName(best), reason: `Make ${offerName(best)} your Plan B: ${why}.` };
}

export type DecisionTodo =
  | { kind: 'decline-offer'; offerId: string; company: string; text: string }
  | { kind: 'withdraw'; roleId: string; company: string; text: string };

export interface Decision {
  offer: Offer;
  /** Accepted on, and the start date if known. */
  acceptedOn: string | null;
  startDate: string | null;
  todo: DecisionTodo[];
  /** Dream roles that called after the start date: the safety-net case. */
  cameBack: { roleId: string; company: string; text: string }[];
}

function roleName(role: DreamRole): string {
  return role.company.trim() || role.role.trim() || 'a dream role';
}

function isStillOpen(role: DreamRole): boolean {
  return role.stage !== 'closed' && !role.withdrawnOn;
}

/** The plan's decision, once an offer is accepted; null before. `today`: the user's calendar day. */
export function decision(plan: Pick<Plan, 'offers' | 'dreamRoles'>, today: string): Decision | null {
  const offer = acceptedOffer(plan);
  if (!offer) return null;
  const todo: DecisionTodo[] = [
    ...(plan.offers ?? [])
      .filter((o) => o.response === 'open')
      .map((o): DecisionTodo => ({ kind: 'decline-offer', offerId: o.id, company: offerName(o), text: `Decline the offer from ${offerName(o)}, politely and soon.` })),
    ...(plan.dreamRoles ?? [])
      .filter((r) => isStillOpen(r) && r.id !== offer.fromDreamRoleId)
      .map((r): DecisionTodo => ({ kind: 'withdraw', roleId: r.id, company: roleName(r), text: `Withdraw from ${roleName(r)} and stay in touch.` })),
  ];
  const started = offer.startDate !== null && offer.startDate <= today;
  const cameBack = started
    ? (plan.dreamRoles ?? [])
        .filter((r) => r.id !== offer.fromDreamRoleId && r.callLog.some((c) => c.at.slice(0, 10) >= (offer.startDate as string)))
        .map((r) => ({
          roleId: r.id,
          company: roleName(r),
          text: `${roleName(r)} came back after you started at ${offerName(offer)}. Treat it as a new decision: the job you have is now your Plan B. Hear them out, take a few days, and weigh notice periods and any sign-on bonus you would repay before you answer.`,
        }))
    : [];
  return { offer, acceptedOn: offer.respondedOn, startDate: offer.startDate, todo, cameBack };
}

/** Offers in hand (live) and requests for more time still waiting, for the scenarios and the board. */
export function offerCounts(plan: Pick<Plan, 'offers'>, now: Date): { inHand: number; pendingExtensions: number } {
  return {
    inHand: liveOffers(plan, now).length,
    pendingExtensions: (plan.offers ?? []).filter((o) => o.response === 'open' && pendingExtension(o) !== null).length,
  };
}
