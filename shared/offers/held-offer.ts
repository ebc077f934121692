/**
 * The one honesty rule: which offer, if any, the user *holds* and may mention
 * to an employer. Every screen and print path asks this function (board,
 * readiness, advice, scenarios, script checks, preview, rehearsal, call sheet,
 * call pack, PDF), so they can never disagree.
 *
 * An offer is held only while it is real and alive: it is the Plan B offer,
 * it was received (a received date is recorded), and its decision deadline is
 * recorded and has not passed — the *current* deadline, so a granted
 * extension keeps it alive (`currentDeadline`) — and it is still open: an
 * offer you accepted or declined is an answer, not leverage. A verbal offer is held, but it is weaker
 * leverage than a written one: `form` lets the advice say so.
 */
import { planB, type Offer, type Plan } from '../plan';
import { currentDeadline } from './current-deadline';

export type OfferHold =
  | { held: true; offer: Offer; form: Offer['form']; reason: string }
  | { held: false; status: 'none' | 'incomplete' | 'lapsed' | 'answered'; offer: Offer | null; reason: string };

function instant(iso: string | null | undefined): Date | null {
  if (typeof iso !== 'string' || iso.trim() === '') return null;
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? null : d;
}

/** The offer the user holds at `now`, or why none is held. Never throws. */
export function heldOffer(plan: Pick<Plan, 'offers'>, now: Date): OfferHold {
  const offer = planB({ offers: plan.offers ?? [] }) ?? null;
  if (!offer) return { held: false, status: 'none', offer: null, reason: 'No offer is recorded as Plan B, so you hold no offer to mention.' };
  if (offer.response === 'accepted') return { held: false, status: 'answered', offer, reason: 'You accepted this offer, so it is no longer one to mention on a call: the plan is decided.' };
  if (offer.response === 'declined') return { held: false, status: 'answered', offer, reason: 'You declined this offer, so you no longer hold it. Do not mention it on any call.' };
  const missing: string[] = [];
  if (!offer.receivedOn) missing.push('the date you received it');
  const deadline = instant(currentDeadline(offer));
  if (!deadline) missing.push('its decision deadline');
  if (missing.length) {
    return { held: false, status: 'incomplete', offer, reason: `The Plan B offer is not complete: record ${missing.join(' and ')}. Until then, do not mention it.` };
  }
  if ((deadline as Date).getTime() <= now.getTime()) {
    return { held: false, status: 'lapsed', offer, reason: 'The Plan B deadline has passed, so you no longer hold this offer. If they extended it, record it with Ask for more time on the Plan B card; otherwise do not mention it on any call.' };
  }
  const name = offer.company.trim() || 'Plan B';
  return offer.form === 'verbal'
    ? { held: true, offer, form: 'verbal', reason: `You hold a verbal offer from ${name}; ask for it in writing before you lean on it.` }
    : { held: true, offer, form: 'written', reason: `You hold a written offer from ${name}.` };
}
