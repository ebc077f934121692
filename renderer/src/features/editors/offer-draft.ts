import { isValidTimeZone } from '@shared/board/zoned-date';
import type { Offer } from '@shared/plan';
import { zonedIso } from '@shared/time';
import { isDuplicateName, requiredText } from './draft-values';
import { amountError, isPayKey, payDraft, withPayField, PAY_FIELDS, type PayDraft } from './money';
import type { DraftErrors, DraftSpec } from './useDraftForm';
import { localToday, TIME_PATTERN, wallClock } from './time-zones';

export type OfferDraft = PayDraft & {
  company: string;
  role: string;
  receivedOn: string | null;
  form: Offer['form'];
  deadlineDate: string | null;
  deadlineTime: string;
  deadlineZone: string;
  startDate: string | null;
  location: string;
  notes: string;
  liveAnswer: Offer['liveability']['answer'];
  dealBreakers: string;
};

/** The time a deadline gets when only a date is known: end of a working day. */
export const DEFAULT_DEADLINE_TIME = '17:00';

export function offerDraft(offer: Offer): OfferDraft {
  const clock = offer.deadline ? wallClock(offer.deadline, offer.deadlineTimeZone) : null;
  return {
    company: offer.company,
    role: offer.role,
    receivedOn: offer.receivedOn,
    form: offer.form,
    deadlineDate: clock?.date ?? null,
    deadlineTime: clock?.time ?? DEFAULT_DEADLINE_TIME,
    deadlineZone: offer.deadlineTimeZone,
    ...payDraft(offer.compensation),
    startDate: offer.startDate,
    location: offer.location,
    notes: offer.notes,
    liveAnswer: offer.liveability.answer,
    dealBreakers: offer.liveability.dealBreakers,
  };
}

export function offerErrors(values: OfferDraft): DraftErrors<OfferDraft> {
  const errors: DraftErrors<OfferDraft> = {
    company: requiredText(values.company, 'Name the company that made this offer.'),
  };
  for (const { key } of PAY_FIELDS) errors[key] = amountError(values[key]);
  if (values.deadlineDate && values.receivedOn && values.deadlineDate < values.receivedOn) {
    errors.deadlineDate = 'The deadline is before the day you received the offer. Check both dates.';
  }
  if (values.deadlineDate && !TIME_PATTERN.test(values.deadlineTime)) {
    errors.deadlineTime = 'Give the time as hours and minutes, like 17:00.';
  }
  errors.deadlineZone = deadlineZoneError(values.deadlineZone);
  return errors;
}

/** A blank zone needs choosing; an unknown one (from a file) is named, so the user sees what the plan held. */
export function deadlineZoneError(zone: string): string | null {
  if (!zone.trim()) return 'Choose the time zone the deadline was given in.';
  if (isValidTimeZone(zone)) return null;
  return `Zone unknown: “${zone}” is not a time zone Bird in Hand knows. Choose the zone the deadline was given in.`;
}

const DEADLINE_KEYS = new Set(['deadlineDate', 'deadlineTime', 'deadlineZone']);

export function applyOfferField(offer: Offer, key: keyof OfferDraft, v: OfferDraft): Offer {
  if (isPayKey(key)) return { ...offer, compensation: withPayField(offer.compensation, key, v[key]) };
  if (DEADLINE_KEYS.has(key)) {
    // Without a real zone the wall clock names no instant: the date and time
    // stay as drafts in the form until a zone is chosen, then go in together.
    if (!isValidTimeZone(v.deadlineZone)) return offer;
    const deadline = v.deadlineDate ? zonedIso(v.deadlineDate, v.deadlineTime, v.deadlineZone) : null;
    return { ...offer, deadline, deadlineTimeZone: v.deadlineZone };
  }
  switch (key) {
    case 'liveAnswer':
      return { ...offer, liveability: { ...offer.liveability, answer: v.liveAnswer } };
    case 'dealBreakers':
      return { ...offer, liveability: { ...offer.liveability, dealBreakers: v.dealBreakers } };
    default:
      return { ...offer, [key]: v[key] };
  }
}

export const offerSpec: DraftSpec<Offer, OfferDraft> = {
  toDraft: offerDraft,
  errors: offerErrors,
  apply: applyOfferField,
};

/** Worth saying but not blocking: the user may know better. */
export function offerWarnings(values: OfferDraft, otherCompanies: readonly string[], now = new Date()) {
  const deadlinePassed =
    values.deadlineDate && TIME_PATTERN.test(values.deadlineTime) && isValidTimeZone(values.deadlineZone)
      ? Date.parse(zonedIso(values.deadlineDate, values.deadlineTime, values.deadlineZone)) < now.getTime()
      : false;
  return {
    company: isDuplicateName(values.company, otherCompanies)
      ? 'Another offer is from this company too. Is it the same offer?'
      : null,
    deadline: deadlinePassed
      ? 'This deadline has passed. If they gave you more time, update it; otherwise decide today.'
      : null,
    receivedOn: values.receivedOn && values.receivedOn > localToday(now) ? 'This date is in the future.' : null,
  };
}
