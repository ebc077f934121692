/**
 * The one deadline rule: an offer's deadline is the latest one its employer
 * granted, else the one first given. Every screen, print path and advice
 * reads an offer's deadline through `currentDeadline`, so an extension moves
 * the countdown, the fit, the call-by dates, the scripts and the calendar at
 * once; the original stays on the offer and is shown as "extended from …".
 */
import type { Extension, Offer } from '../plan';

type DeadlineFields = Pick<Offer, 'deadline'> & { extensions?: readonly Extension[] };

/** The latest granted extension, in the order they were asked (the last answer stands). */
export function grantedExtension(offer: DeadlineFields): Extension | null {
  const granted = (offer.extensions ?? []).filter((e) => e.answer === 'granted' && e.newDeadline !== null);
  return granted[granted.length - 1] ?? null;
}

/** The deadline the user must answer by now: the latest granted one, else the original. */
export function currentDeadline(offer: DeadlineFields): string | null {
  return grantedExtension(offer)?.newDeadline ?? offer.deadline;
}

/** The original deadline, when an extension replaced it ("extended from …"); null otherwise. */
export function extendedFrom(offer: DeadlineFields): string | null {
  return grantedExtension(offer) && offer.deadline ? offer.deadline : null;
}

/** A request for more time still waiting for an answer (the newest), or null. */
export function pendingExtension(offer: DeadlineFields): Extension | null {
  const pending = (offer.extensions ?? []).filter((e) => e.answer === 'pending');
  return pending[pending.length - 1] ?? null;
}
