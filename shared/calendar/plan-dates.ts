/**
 * The dated items of a plan ("plan dates"): every offer's deadline, each
 * dream role's expected decision date, call-by date and follow-up. The .ics
 * export, the desktop reminders and the Today list all read this one list, so
 * a date can never show in one and not the other.
 */
import { z } from 'zod';
import { Id } from '../ids';
import { LIMITS } from '../limits';
import { planB, type DreamRole, type Offer, type Plan } from '../plan';
import { IsoDate, IsoDateTime } from '../time';
import { callBy } from '../board/call-by';
import { latestCall } from '../board/call-log';
import { noCallReason } from '../board/call-order';
import { deadlineStatus } from '../board/deadline';
import { currentDeadline } from '../offers/current-deadline';
import { formatDateTime } from '../board/format';
import { roleName } from '../board/labels';
import { callTarget } from '../board/readiness';
import { calendarDateIn, parseInstant, resolveTimeZone } from '../board/zoned-date';

export const PLAN_DATE_KINDS = ['deadline', 'decision', 'call-by', 'follow-up'] as const;
export const PlanDateKind = z.enum(PLAN_DATE_KINDS);
export type PlanDateKind = z.infer<typeof PlanDateKind>;

export const PlanDate = z.strictObject({
  /** Stable within the plan: `<kind>:<offer or role id>`. The calendar UID is built from it. */
  key: z.string().max(80),
  kind: PlanDateKind,
  planId: Id,
  planName: z.string().max(LIMITS.shortText),
  /** The offer (deadline) or dream role (the others) the date belongs to. */
  subjectId: Id,
  /** The employer in plain words ("Acme", or "the Designer role"). */
  company: z.string().max(LIMITS.shortText + 20),
  /** `YYYY-MM-DD`: in the deadline's zone for deadlines and call-by dates, as entered otherwise. */
  date: IsoDate,
  /** The instant, for a deadline; `null` for a date without a time (an all-day item). */
  at: IsoDateTime.nullable(),
  /** The IANA zone `at` was given in (see resolveTimeZone); `null` for all-day items. */
  timeZone: z.string().max(64).nullable(),
  /** True for Plan B's deadline. */
  isPlanB: z.boolean(),
  summary: z.string().max(LIMITS.shortText * 2),
  description: z.string().max(LIMITS.longText * 3),
  /** The number to call (call-by and follow-up items), when one is recorded. */
  phone: z.string().max(LIMITS.shortText).nullable(),
});
export type PlanDate = z.infer<typeof PlanDate>;

function offerName(offer: Offer): string {
  return offer.company.trim() || (offer.role.trim() ? `the ${offer.role.trim()} offer` : 'an unnamed offer');
}

function withNotes(text: string, notes: string | undefined): string {
  const n = (notes ?? '').trim();
  return n ? `${text}\n\nYour notes: ${n}` : text;
}

function offerDeadline(plan: Plan, offer: Offer): PlanDate | null {
  // An answered offer has no deadline left to keep.
  const deadline = offer.response === 'open' ? currentDeadline(offer) : null;
  const at = parseInstant(deadline);
  if (!at || !deadline) return null;
  const { timeZone } = resolveTimeZone(offer.deadlineTimeZone, deadline);
  const name = offerName(offer);
  const shown = formatDateTime(at, timeZone, 'en-US');
  const who = offer.isPlanB ? `Plan B (${name})` : `The offer from ${name}`;
  return {
    key: `deadline:${offer.id}`, kind: 'deadline', planId: plan.id, planName: plan.name, subjectId: offer.id, company: name,
    date: calendarDateIn(at, timeZone), at: deadline, timeZone, isPlanB: offer.isPlanB,
    summary: offer.isPlanB ? `Plan B deadline: answer ${name}` : `Offer deadline: answer ${name}`,
    description: withNotes(`${who} needs your answer by ${shown}.`, offer.notes),
    phone: null,
  };
}

function allDay(plan: Plan, role: DreamRole, kind: PlanDateKind, date: string, summary: string, description: string, phone: string | null): PlanDate {
  return {
    key: `${kind}:${role.id}`, kind, planId: plan.id, planName: plan.name, subjectId: role.id, company: roleName(role),
    date, at: null, timeZone: null, isPlanB: false, summary, description: withNotes(description, role.notes), phone,
  };
}

/** "Jane Doe, +1 555 0100" or "no phone number recorded". */
function whoToCall(role: DreamRole): { words: string; phone: string | null } {
  const { contact, phone } = callTarget(role);
  const name = contact?.name.trim() ?? '';
  if (phone) return { words: name ? `${name}, ${phone}` : phone, phone };
  return { words: name ? `${name}, no phone number recorded` : 'no contact recorded', phone: null };
}

function roleDates(plan: Plan, role: DreamRole, deadline: ReturnType<typeof deadlineStatus>): PlanDate[] {
  if (role.stage === 'closed') return [];
  const name = roleName(role);
  const out: PlanDate[] = [];
  const decision = role.timeline?.expectedDecisionOn;
  if (decision) {
    const said = role.timeline.stated.trim();
    out.push(allDay(plan, role, 'decision', decision, `${name} expects to decide`, said ? `${name} said: “${said}”` : `The decision date you recorded for ${name}.`, null));
  }
  const who = whoToCall(role);
  if (noCallReason(role) === null) {
    const by = callBy(role.stage, deadline);
    if (by.date) out.push(allDay(plan, role, 'call-by', by.date, `Last day to call ${name} (${who.words})`, by.reason, who.phone));
  }
  const call = latestCall(role);
  if (call?.followUpOn) {
    const step = call.nextStep.trim();
    out.push(allDay(plan, role, 'follow-up', call.followUpOn, `Follow up with ${name} (${who.words})`, step ? `Next step: ${step}` : `You planned to follow up with ${name} after your last call.`, who.phone));
  }
  return out;
}

/**
 * Every dated item of a plan, by date then kind. The call-by dates are
 * counted against Plan B's deadline as of `now` (none once it has passed),
 * exactly as the board counts them. Never throws on a partial plan.
 */
export function planDates(plan: Plan, now: Date): PlanDate[] {
  const offers = plan.offers ?? [];
  const deadline = deadlineStatus(planB({ offers }) ?? null, now);
  const dates = [
    ...offers.map((offer) => offerDeadline(plan, offer)).filter((d): d is PlanDate => d !== null),
    ...(plan.dreamRoles ?? []).flatMap((role) => roleDates(plan, role, deadline)),
  ];
  const order = (d: PlanDate) => PLAN_DATE_KINDS.indexOf(d.kind);
  return dates.sort((a, b) => a.date.localeCompare(b.date) || order(a) - order(b) || a.company.localeCompare(b.company));
}
