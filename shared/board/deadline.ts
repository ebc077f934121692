/**
 * Time left until Plan B's decision deadline. Calendar and business days are
 * counted on calendar dates in the deadline's own zone (the one zone rule,
 * `resolveTimeZone`), so daylight-saving days count as one day and weekends
 * are the deadline-giver's weekends.
 */
import { currentDeadline } from '../offers/current-deadline';
import type { Offer } from '../plan';
import { formatDateTime, plural } from './format';
import { businessDaysBetween, calendarDateIn, dayNumber, parseInstant, resolveTimeZone } from './zoned-date';

export type DeadlineState = 'none' | 'upcoming' | 'today' | 'passed';
/** `none` when there is no deadline; the others as labelled. */
export type Urgency = 'none' | 'calm' | 'soon' | 'urgent' | 'passed';

/**
 * Urgency counts working days, because employers answer on working days: on a
 * Friday afternoon a Monday deadline leaves one business day, which is urgent
 * although three calendar days remain. At most this many business days left is urgent.
 */
export const URGENT_BUSINESS_DAYS = 2;
/** At most this many business days left (a working week) is soon. */
export const SOON_BUSINESS_DAYS = 5;

export interface DeadlineStatus {
  state: DeadlineState;
  urgency: Urgency;
  /** Short worded urgency so colour is never the only signal, e.g. "Urgent: 2 days left". */
  label: string;
  /** One sentence with the detail, e.g. "Plan B needs your answer by Wed, Dec 2, 5:00 PM EST: 2 days (1 business day) from today." */
  detail: string;
  /** The deadline instant (ISO, as stored), or `null`. */
  deadlineAt: string | null;
  /** The deadline shown in its zone and the user's locale, or `null`. */
  deadlineDisplay: string | null;
  /** Milliseconds from `now` to the deadline; negative once passed; `null` without a deadline. */
  msLeft: number | null;
  /** Deadline date − today's date, both in the deadline's zone; negative once passed. */
  calendarDaysLeft: number | null;
  /** Mon–Fri days after today up to and including the deadline date (0 on the day); negative once passed. */
  businessDaysLeft: number | null;
  /** Deadline's calendar date in its zone, `YYYY-MM-DD`. */
  deadlineDate: string | null;
  /** Today's calendar date in the deadline's zone. */
  todayDate: string;
  /** The zone used for days. */
  timeZone: string;
  /** True when the offer's zone was empty or unknown and the saved offset (or UTC) was used instead. */
  timeZoneFellBack: boolean;
}

type DeadlineSource = (Pick<Offer, 'deadline' | 'deadlineTimeZone'> & Partial<Pick<Offer, 'extensions'>>) | null | undefined;

function none(todayDate: string, timeZone: string, fellBack: boolean, detail: string): DeadlineStatus {
  return {
    state: 'none', urgency: 'none', label: 'No deadline', detail, deadlineAt: null, deadlineDisplay: null, msLeft: null,
    calendarDaysLeft: null, businessDaysLeft: null, deadlineDate: null, todayDate, timeZone, timeZoneFellBack: fellBack,
  };
}

/**
 * Where `now` stands against the offer's decision deadline. `offer` may be
 * missing (no Plan B) or have no deadline: the state is then `none` with a
 * reason. The deadline is the current one (an extension moves it). Never throws.
 */
export function deadlineStatus(source: DeadlineSource, now: Date, locale = 'en-US'): DeadlineStatus {
  const offer = source ? { ...source, deadline: currentDeadline(source) } : source;
  const { timeZone, fellBack } = resolveTimeZone(offer?.deadlineTimeZone, offer?.deadline);
  const todayDate = calendarDateIn(now, timeZone);
  if (!offer) return none(todayDate, timeZone, fellBack, 'There is no Plan B offer, so there is no deadline to count down to.');
  const at = parseInstant(offer.deadline);
  if (!at) {
    return none(todayDate, timeZone, fellBack, offer.deadline ? 'The Plan B deadline is not a valid date and time; edit the offer.' : 'Plan B has no decision deadline recorded yet; add it to the offer.');
  }
  const deadlineDate = calendarDateIn(at, timeZone);
  const today = dayNumber(todayDate) as number;
  const due = dayNumber(deadlineDate) as number;
  const msLeft = at.getTime() - now.getTime();
  const calendarDaysLeft = due - today;
  const businessDaysLeft = businessDaysBetween(today, due);
  const deadlineDisplay = formatDateTime(at, timeZone, locale);
  const zoneNote = fellBack ? ' (zone unknown: shown at the offset it was saved with; pick the zone on the offer)' : '';
  const base = { deadlineAt: offer.deadline, deadlineDisplay, msLeft, calendarDaysLeft, businessDaysLeft, deadlineDate, todayDate, timeZone, timeZoneFellBack: fellBack };

  if (msLeft <= 0) {
    const ago = -calendarDaysLeft;
    const when = ago <= 0 ? 'earlier today' : ago === 1 ? 'yesterday' : `${ago} days ago`;
    return {
      ...base, state: 'passed', urgency: 'passed', label: `Offer lapsed: deadline passed ${when}`,
      detail: `The Plan B deadline (${deadlineDisplay}${zoneNote}) passed ${when}, so the offer has lapsed unless they gave you more time.`,
    };
  }
  const hours = Math.floor(msLeft / 3_600_000);
  if (calendarDaysLeft === 0) {
    const left = hours >= 1 ? plural(hours, 'hour') : plural(Math.max(1, Math.ceil(msLeft / 60_000)), 'minute');
    return { ...base, state: 'today', urgency: 'urgent', label: `Urgent: due today, ${left} left`, detail: `Plan B needs your answer today, by ${deadlineDisplay}${zoneNote}: ${left} left.` };
  }
  const urgency: Urgency = businessDaysLeft <= URGENT_BUSINESS_DAYS ? 'urgent' : businessDaysLeft <= SOON_BUSINESS_DAYS ? 'soon' : 'calm';
  const word = urgency === 'urgent' ? 'Urgent' : urgency === 'soon' ? 'Soon' : 'Calm';
  const days = calendarDaysLeft === 1 ? 'due tomorrow' : `${plural(calendarDaysLeft, 'day')} left`;
  const working = businessDaysLeft === calendarDaysLeft ? '' : `, ${plural(businessDaysLeft, 'business day')}`;
  const from = calendarDaysLeft === 1 ? 'tomorrow' : `${plural(calendarDaysLeft, 'day')} from today`;
  return {
    ...base, state: 'upcoming', urgency, label: `${word}: ${days}${working}`,
    detail: `Plan B needs your answer by ${deadlineDisplay}${zoneNote}: ${from} (${plural(businessDaysLeft, 'business day')}).`,
  };
}
