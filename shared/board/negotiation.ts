/**
 * The board's view of the negotiation: every offer in hand with its current
 * deadline (the one that expires first flagged, Plan B or not), requests for
 * more time still waiting, the suggested Plan B, the decision once made, and
 * for each dream role its stage, its news and what its latest call suggests.
 */
import { currentDeadline, extendedFrom, pendingExtension } from '../offers/current-deadline';
import { decision, firstToExpire, isLive, offerCounts, offerName, suggestPlanB, type Decision, type PlanBSuggestion } from '../offers/decision';
import type { DreamRole, Offer, Plan } from '../plan';
import { deadlineStatus, type DeadlineStatus } from './deadline';
import { formatDateTime } from './format';
import { daysInStage, decisionBeforeApplication, noNewsFollowUp, suggestLikelihoods, type LikelihoodSuggestion } from './role-progress';
import { calendarDateIn, parseInstant, resolveTimeZone } from './zoned-date';

export interface OfferLine {
  offerId: string;
  company: string;
  role: string;
  isPlanB: boolean;
  form: Offer['form'];
  response: Offer['response'];
  respondedOn: string | null;
  startDate: string | null;
  /** Open, received and its current deadline ahead. */
  live: boolean;
  deadline: DeadlineStatus;
  /** The original deadline shown, when an extension replaced it ("extended from …"). */
  extendedFromDisplay: string | null;
  /** A request for more time still waiting for their answer. */
  pendingExtension: { id: string; askedOn: string } | null;
  /** This live offer's deadline comes before every other live offer's. */
  expiresFirst: boolean;
  fromDreamRoleId: string | null;
}

export interface RoleProgress {
  appliedOn: string | null;
  daysInStage: number | null;
  noNews: { days: number; text: string } | null;
  likelihoodSuggestion: LikelihoodSuggestion | null;
  /** Worth a second look, not errors (a decision date before the application date). */
  warnings: string[];
  offerId: string | null;
  withdrawnOn: string | null;
}

export interface Negotiation {
  offers: OfferLine[];
  offersInHand: number;
  pendingExtensions: number;
  planBSuggestion: PlanBSuggestion | null;
  decision: Decision | null;
}

function shown(iso: string | null, zone: string, locale: string): string | null {
  const at = parseInstant(iso);
  return at && iso ? formatDateTime(at, resolveTimeZone(zone, iso).timeZone, locale) : null;
}

/** "Today" for day counts: the calendar day in Plan B's deadline zone, the board's one zone rule. */
export function boardToday(plan: Pick<Plan, 'offers'>, now: Date): string {
  const offer = (plan.offers ?? []).find((o) => o.isPlanB);
  return calendarDateIn(now, resolveTimeZone(offer?.deadlineTimeZone, offer ? currentDeadline(offer) : null).timeZone);
}

export function negotiation(plan: Plan, now: Date, locale: string): Negotiation {
  const first = firstToExpire(plan, now);
  const offers = (plan.offers ?? []).map((o): OfferLine => {
    const pending = pendingExtension(o);
    return {
      offerId: o.id, company: offerName(o), role: o.role, isPlanB: o.isPlanB, form: o.form, response: o.response, respondedOn: o.respondedOn,
      startDate: o.startDate, live: isLive(o, now), deadline: deadlineStatus(o, now, locale),
      extendedFromDisplay: shown(extendedFrom(o), o.deadlineTimeZone, locale),
      pendingExtension: pending ? { id: pending.id, askedOn: pending.askedOn } : null,
      expiresFirst: first?.id === o.id, fromDreamRoleId: o.fromDreamRoleId,
    };
  });
  const counts = offerCounts(plan, now);
  return {
    offers,
    offersInHand: counts.inHand,
    pendingExtensions: counts.pendingExtensions,
    planBSuggestion: suggestPlanB(plan, now),
    decision: decision(plan, boardToday(plan, now)),
  };
}

/**
 * A role's progress on its card. `callAhead` (see needsCallReadiness): once
 * no call is left to make (an offer accepted, the role withdrawn or closed),
 * "follow up, no news" and likelihoods for the next call are no advice at all.
 */
export function roleProgress(role: DreamRole, today: string, callAhead = true): RoleProgress {
  const warning = decisionBeforeApplication(role);
  return {
    appliedOn: role.appliedOn ?? null, daysInStage: daysInStage(role, today), noNews: callAhead ? noNewsFollowUp(role, today) : null,
    likelihoodSuggestion: callAhead ? suggestLikelihoods(role) : null, warnings: warning ? [warning] : [], offerId: role.offerId ?? null, withdrawnOn: role.withdrawnOn ?? null,
  };
}
