/**
 * The negotiation's actions as pure plan edits, for `session.edit` (so each
 * is one undo step and autosaves): record a dream role's offer, ask for more
 * time and record the answer, accept, decline, withdraw. Each checks what
 * the user typed first and says what to fix; a refused action changes
 * nothing, so the form keeps what was typed.
 */
import { changeStage } from '../board/role-progress';
import { LIMITS } from '../limits';
import type { DreamRole, Extension, Offer, Plan } from '../plan';
import { currentDeadline } from './current-deadline';
import { acceptedOffer } from './decision';

export type ActionResult = { ok: true; plan: Plan } | { ok: false; field: string; message: string };

const refuse = (field: string, message: string): ActionResult => ({ ok: false, field, message });

function withOffer(plan: Plan, offerId: string, change: (o: Offer) => Offer): Plan {
  return { ...plan, offers: plan.offers.map((o) => (o.id === offerId ? change(o) : o)) };
}

function withRole(plan: Plan, roleId: string, change: (r: DreamRole) => DreamRole): Plan {
  return { ...plan, dreamRoles: plan.dreamRoles.map((r) => (r.id === roleId ? change(r) : r)) };
}

export interface RoleOfferInput {
  id: string;
  form: Offer['form'];
  receivedOn: string;
  /** The deadline as an instant with its offset, or null when they gave none yet. */
  deadline: string | null;
  deadlineTimeZone: string;
}

/**
 * A dream role's offer becomes an offer: its estimated pay becomes the
 * offer's figures (to confirm), the role moves to the offer stage and links
 * to it, and keeps its history.
 */
export function recordRoleOffer(plan: Plan, roleId: string, input: RoleOfferInput): ActionResult {
  const role = plan.dreamRoles.find((r) => r.id === roleId);
  if (!role) return refuse('role', 'This dream role is no longer in the plan.');
  if (role.offerId) return refuse('role', 'This role’s offer is already recorded.');
  if (plan.offers.length >= LIMITS.offers) return refuse('role', `This plan already holds ${LIMITS.offers} offers, the most it can keep. Remove one first.`);
  if (input.deadline && input.deadline.slice(0, 10) < input.receivedOn) return refuse('deadline', 'The deadline is before the day you received the offer. Check both dates.');
  const offer: Offer = {
    id: input.id, isPlanB: !plan.offers.some((o) => o.isPlanB), company: role.company, role: role.role, receivedOn: input.receivedOn, form: input.form,
    deadline: input.deadline, deadlineTimeZone: input.deadlineTimeZone, extensions: [], fromDreamRoleId: role.id, response: 'open', respondedOn: null,
    compensation: { ...role.estimatedCompensation }, startDate: null, location: '', notes: 'Figures copied from your estimate for this role: confirm them against the written offer.',
    liveability: { answer: 'unanswered', dealBreakers: '' }, scores: { ...role.scores },
  };
  const next = withRole({ ...plan, offers: [...plan.offers, offer] }, roleId, (r) => ({ ...changeStage(r, 'offer', input.receivedOn), offerId: offer.id }));
  return { ok: true, plan: next };
}

/** Records a request for more time, pending until they answer. */
export function askForMoreTime(plan: Plan, offerId: string, ext: Pick<Extension, 'id' | 'askedOn' | 'note'>): ActionResult {
  const offer = plan.offers.find((o) => o.id === offerId);
  if (!offer) return refuse('offer', 'This offer is no longer in the plan.');
  if (offer.extensions.length >= LIMITS.extensionsPerOffer) return refuse('askedOn', 'This offer already records as many requests for time as it can keep.');
  if (offer.receivedOn && ext.askedOn < offer.receivedOn) return refuse('askedOn', 'You asked before the offer came. Check the date you asked.');
  const added: Extension = { id: ext.id, askedOn: ext.askedOn, note: ext.note, answer: 'pending', newDeadline: null };
  return { ok: true, plan: withOffer(plan, offerId, (o) => ({ ...o, extensions: [...o.extensions, added] })) };
}

/** Their answer to a request for more time; a granted one needs a deadline later than the original. */
export function answerExtension(plan: Plan, offerId: string, extId: string, answer: Extension['answer'], newDeadline: string | null): ActionResult {
  const offer = plan.offers.find((o) => o.id === offerId);
  const ext = offer?.extensions.find((e) => e.id === extId);
  if (!offer || !ext) return refuse('answer', 'This request for time is no longer in the plan.');
  if (answer === 'granted') {
    if (!newDeadline || Number.isNaN(Date.parse(newDeadline))) return refuse('newDeadline', 'Give the new deadline they granted.');
    if (offer.deadline && Date.parse(newDeadline) <= Date.parse(offer.deadline)) {
      return refuse('newDeadline', 'The new deadline must be later than the original deadline. Check the date they gave.');
    }
  }
  const kept = answer === 'granted' ? newDeadline : null;
  return { ok: true, plan: withOffer(plan, offerId, (o) => ({ ...o, extensions: o.extensions.map((e) => (e.id === extId ? { ...e, answer, newDeadline: kept } : e)) })) };
}

/** Accepts an offer on `on` (the user's day), with its start date if known. */
export function acceptOffer(plan: Plan, offerId: string, on: string, startDate: string | null, now: Date): ActionResult {
  const offer = plan.offers.find((o) => o.id === offerId);
  if (!offer) return refuse('offer', 'This offer is no longer in the plan.');
  const other = acceptedOffer(plan);
  if (other && other.id !== offerId) return refuse('offer', `You already accepted the offer from ${other.company.trim() || 'another company'}. Undo that first if you changed your mind.`);
  const deadline = Date.parse(currentDeadline(offer) ?? '');
  if (!Number.isNaN(deadline) && deadline <= now.getTime()) {
    return refuse('offer', 'This offer’s deadline has passed. If they extended it, record the new deadline first (Ask for more time); otherwise ask them whether it still stands.');
  }
  if (startDate && startDate < on) return refuse('startDate', 'The start date is before the day you accept. Check the start date.');
  return { ok: true, plan: withOffer(plan, offerId, (o) => ({ ...o, response: 'accepted', respondedOn: on, startDate: startDate ?? o.startDate })) };
}

export function declineOffer(plan: Plan, offerId: string, on: string): ActionResult {
  if (!plan.offers.some((o) => o.id === offerId)) return refuse('offer', 'This offer is no longer in the plan.');
  return { ok: true, plan: withOffer(plan, offerId, (o) => ({ ...o, response: 'declined', respondedOn: on, isPlanB: false })) };
}

/** Withdraws from a dream role on `on`: the role closes, its history kept. */
export function withdrawFromRole(plan: Plan, roleId: string, on: string): ActionResult {
  if (!plan.dreamRoles.some((r) => r.id === roleId)) return refuse('role', 'This dream role is no longer in the plan.');
  return { ok: true, plan: withRole(plan, roleId, (r) => ({ ...changeStage(r, 'closed', on), withdrawnOn: on })) };
}
