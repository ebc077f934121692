/**
 * The reminder schedule, as pure logic: which reminders the plan dates call
 * for, and which of them are due at `now`. The desktop app (main process)
 * and the browser harness (in the page) both run this; only the way a
 * reminder is shown differs.
 *
 * Rules: an offer's deadline reminds 24 hours and 2 hours before; a call-by
 * date and a follow-up remind at 09:00 on their day, the user's time. A
 * reminder is due from its time until the moment it is about (the deadline,
 * or the end of that day); one missed while the app was closed still shows
 * while it is due, and of several due for the same item only the latest
 * shows. Ids carry the date, so a moved date reminds again.
 */
import { dayNumber, isoDateOfDay } from '../board/zoned-date';
import { zonedIso } from '../time';
import type { PlanDate } from './plan-dates';

/** When a day's reminder shows, in the user's zone. */
export const MORNING = '09:00';
const HOUR_MS = 3_600_000;
export const DEADLINE_REMINDERS = [
  { hours: 24, words: 'within 24 hours' },
  { hours: 2, words: 'within 2 hours' },
] as const;

export interface Reminder {
  /** Unique and stable: plan, item, its date, and which reminder of it. */
  id: string;
  planId: string;
  /** The plan date's key: reminders of one item share it. */
  key: string;
  /** Epoch ms from which it is due. */
  fireAt: number;
  /** Epoch ms at which it stops being worth showing. */
  until: number;
  title: string;
  body: string;
}

function deadlineReminders(d: PlanDate): Reminder[] {
  const at = d.at ? Date.parse(d.at) : NaN;
  if (Number.isNaN(at)) return [];
  const what = d.isPlanB ? 'Plan B deadline' : 'Offer deadline';
  const firstLine = d.description.split('\n')[0] ?? '';
  return DEADLINE_REMINDERS.map(({ hours, words }) => ({
    id: `${d.planId}|${d.key}|${d.at}|${hours}h`, planId: d.planId, key: d.key,
    fireAt: at - hours * HOUR_MS, until: at,
    title: `${what} ${words}: ${d.company}`,
    body: `${firstLine} (${d.planName})`,
  }));
}

function dayReminder(d: PlanDate, timeZone: string): Reminder[] {
  const day = dayNumber(d.date);
  if (day === null) return [];
  const fireAt = Date.parse(zonedIso(d.date, MORNING, timeZone));
  const until = Date.parse(zonedIso(isoDateOfDay(day + 1), '00:00', timeZone));
  const title = d.kind === 'call-by' ? `Last day to call ${d.company}` : `Follow up with ${d.company} today`;
  const who = d.phone ? ` Call on ${d.phone}.` : '';
  const body = d.kind === 'call-by' ? `${d.summary}.${who} (${d.planName})` : `${d.description.split('\n')[0]}${who} (${d.planName})`;
  return [{ id: `${d.planId}|${d.key}|${d.date}|morning`, planId: d.planId, key: d.key, fireAt, until, title, body }];
}

/** Every reminder the plan dates call for; `timeZone` is the user's own (for 09:00). */
export function reminderSchedule(dates: readonly PlanDate[], timeZone: string): Reminder[] {
  return dates.flatMap((d) => {
    if (d.kind === 'deadline') return deadlineReminders(d);
    if (d.kind === 'call-by' || d.kind === 'follow-up') return dayReminder(d, timeZone);
    return [];
  });
}

export interface DueReminders {
  /** Show these now. */
  show: Reminder[];
  /** Due but superseded by a later reminder of the same item: mark as shown without showing. */
  superseded: Reminder[];
  /** The next time a reminder not yet shown becomes due, or `null`. */
  nextAt: number | null;
}

/** Which reminders are due at `now`, given the ids already shown. */
export function dueReminders(schedule: readonly Reminder[], now: number, shown: ReadonlySet<string>): DueReminders {
  const itemOf = (r: Reminder) => `${r.planId}|${r.key}`;
  const isDue = (r: Reminder) => r.fireAt <= now && now < r.until;
  // The latest due reminder of each item, shown or not: anything earlier is old news.
  const latest = new Map<string, number>();
  for (const r of schedule) if (isDue(r)) latest.set(itemOf(r), Math.max(latest.get(itemOf(r)) ?? -Infinity, r.fireAt));
  const result: DueReminders = { show: [], superseded: [], nextAt: null };
  for (const r of schedule) {
    if (shown.has(r.id)) continue;
    if (r.fireAt > now) result.nextAt = Math.min(result.nextAt ?? Infinity, r.fireAt);
    else if (isDue(r)) (r.fireAt < (latest.get(itemOf(r)) ?? -Infinity) ? result.superseded : result.show).push(r);
  }
  return result;
}
