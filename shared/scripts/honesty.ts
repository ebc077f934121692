/**
 * The honesty guard. Leverage needs a real offer: a script that tells an
 * employer "I have another offer" may only be used as final while the plan
 * holds one, recorded with the date it was received and its deadline.
 * Without it the script can still be edited, but not previewed, rehearsed or
 * printed as final; the app offers the check-in template instead.
 *
 * It also flags a script that states a deadline different from Plan B's.
 */
import { planB, type Offer, type Plan, type Script } from '../plan';
import { mentionsPart } from './checklist';
import { dateTimeFormat } from '../intl-cache';

/** The Plan B offer if it counts as real: received on a date, with a deadline. */
export function realOffer(plan: Pick<Plan, 'offers'>): Offer | undefined {
  const offer = planB(plan);
  return offer && offer.receivedOn && offer.deadline ? offer : undefined;
}

/** Whether a script claims an offer: every leverage call does; other kinds do if their text says so. */
export function claimsOffer(script: Pick<Script, 'kind' | 'body'>): boolean {
  if (script.kind === 'leverage-call') return true;
  // Scripts addressed to Plan B itself talk about *that* offer, which is real by definition of the kind.
  if (script.kind === 'ask-plan-b-for-time' || script.kind === 'accept-plan-b') return false;
  return mentionsPart(script.body, 'other-offer');
}

export type HonestyVerdict =
  | { allowed: true }
  | { allowed: false; reason: string; suggestion: 'check-in' };

/** May this script be previewed, rehearsed or printed as final with this plan? */
export function honestyCheck(script: Pick<Script, 'kind' | 'body'>, plan: Pick<Plan, 'offers'>): HonestyVerdict {
  if (!claimsOffer(script) || realOffer(plan)) return { allowed: true };
  const offer = planB(plan);
  const missing = !offer
    ? 'The plan holds no Plan B offer.'
    : !offer.receivedOn && !offer.deadline
      ? 'Plan B has no received date and no deadline.'
      : !offer.receivedOn
        ? 'Plan B has no received date.'
        : 'Plan B has no deadline.';
  return {
    allowed: false,
    reason: `${missing} This script tells the employer you hold another offer, so it cannot be used as final until a real offer is recorded (with the date you received it and its deadline). If you do not hold one, use a check-in script instead.`,
    suggestion: 'check-in',
  };
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
/** Words that mark a date as the deadline when they come shortly before it. */
const CUE = String.raw`(?<=\b(?:by|deadline|until|before|answer|respond|decide|due)\b[^.?!\n]{0,40})`;
const DATE_PATTERNS: { re: RegExp; read: (m: RegExpMatchArray) => { month: number; day: number; year?: number } }[] = [
  { re: new RegExp(`${CUE}\\b(\\d{4})-(\\d{2})-(\\d{2})\\b`, 'gi'), read: (m) => ({ year: +m[1]!, month: +m[2]!, day: +m[3]! }) },
  {
    re: new RegExp(`${CUE}\\b${MONTH}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?\\b`, 'gi'),
    read: (m) => ({ month: MONTHS.indexOf(m[1]!.slice(0, 3).toLowerCase()) + 1, day: +m[2]!, year: m[3] ? +m[3] : undefined }),
  },
  {
    re: new RegExp(`${CUE}\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}\\b(?:,?\\s+(\\d{4}))?`, 'gi'),
    read: (m) => ({ day: +m[1]!, month: MONTHS.indexOf(m[2]!.slice(0, 3).toLowerCase()) + 1, year: m[3] ? +m[3] : undefined }),
  },
];

/** The deadline's calendar date in its own zone. */
function deadlineDate(offer: Offer): { year: number; month: number; day: number } | undefined {
  if (!offer.deadline) return undefined;
  let ymd: string;
  try {
    ymd = dateTimeFormat('en-CA', { timeZone: offer.deadlineTimeZone || undefined, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(offer.deadline));
  } catch {
    ymd = offer.deadline.slice(0, 10);
  }
  const [year, month, day] = ymd.split('-').map(Number) as [number, number, number];
  return { year, month, day };
}

/**
 * Literal dates the text gives as a deadline that differ from Plan B's
 * deadline date, as typed (e.g. `["March 9"]`). Limits: English month names
 * and `YYYY-MM-DD` only; the date must follow a cue word (by, deadline, until,
 * before, answer, respond, decide, due) in the same sentence; weekdays ("by
 * Friday") and numeric dates like 3/9 are not read (their order is ambiguous).
 * `{{deadline}}` is always right, so it is never flagged.
 */
export function deadlineMismatches(text: string, plan: Pick<Plan, 'offers'>): string[] {
  const offer = planB(plan);
  const target = offer && deadlineDate(offer);
  if (!target) return [];
  const found: string[] = [];
  for (const { re, read } of DATE_PATTERNS) {
    for (const m of text.matchAll(re)) {
      const d = read(m);
      const same = d.month === target.month && d.day === target.day && (d.year === undefined || d.year === target.year);
      const literal = m[0].trim();
      if (!same && !found.includes(literal)) found.push(literal);
    }
  }
  return found;
}
