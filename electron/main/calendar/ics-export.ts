/**
 * A plan's dates as an iCalendar file (RFC 5545), generated with
 * ical-generator from the shared plan dates. Deadlines keep their named zone
 * (TZID with the zone's VTIMEZONE, from timezones-ical-library's tzdata
 * build, never hand-written rules); dates without a time are all-day events.
 * UIDs come from the plan and the item and SEQUENCE from the plan's revision,
 * so importing a newer export updates the events instead of adding copies.
 */
import ical, { ICalAlarmRelatesTo, ICalAlarmType, ICalCalendarMethod, type ICalEvent, type ICalEventData } from 'ical-generator';
import { tzlib_get_ical_block } from 'timezones-ical-library';
import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc.js';
import timezone from 'dayjs/plugin/timezone.js';
import type { Plan } from '@shared/plan';
import { calendarFileName, DEADLINE_REMINDERS, planDates, type PlanDate } from '@shared/calendar';
import { dayNumber, isoDateOfDay } from '@shared/board/zoned-date';

dayjs.extend(utc);
dayjs.extend(timezone);

const HOUR_S = 3600;
/** "The morning of the day" for an all-day item: 09:00, counted from its start at midnight. */
const MORNING_AFTER_START_S = 9 * HOUR_S;

/** The VTIMEZONE block of an IANA zone, or null when the zone database does not know it. */
export function vtimezone(zone: string): string | null {
  const block = tzlib_get_ical_block(zone);
  return Array.isArray(block) && typeof block[0] === 'string' && block[0].startsWith('BEGIN:VTIMEZONE') ? block[0] : null;
}

/** The zone to write a deadline in: its own when a VTIMEZONE exists for it, else UTC (always valid). */
function writableZone(zone: string | null): string | null {
  if (!zone || zone === 'UTC' || zone === 'Etc/UTC') return null;
  return vtimezone(zone) ? zone : null;
}

/** The domain's stable key as a UID: the item, then the plan, under the app's own name. */
export function eventUid(item: Pick<PlanDate, 'key' | 'planId'>): string {
  return `${item.key.replace(':', '-')}.${item.planId}@bird-in-hand.app`;
}

function eventData(item: PlanDate, plan: Plan, now: Date): ICalEventData {
  const common = {
    id: eventUid(item),
    sequence: plan.revision,
    stamp: now,
    lastModified: new Date(plan.updatedAt),
    summary: item.summary,
    description: item.description,
  };
  if (item.at !== null) {
    const zone = writableZone(item.timeZone);
    const start = zone ? dayjs(item.at).tz(zone) : dayjs(item.at).utc();
    return {
      ...common,
      start,
      timezone: zone,
      // Relative triggers: ical-generator writes an absolute trigger in the
      // event's local time without Z (invalid) when the event has a TZID.
      // "-P1D" is a calendar day: the same clock time the day before.
      alarms: DEADLINE_REMINDERS.map(({ hours }) => ({ type: ICalAlarmType.display, triggerBefore: hours * HOUR_S, description: item.summary })),
    };
  }
  const day = dayNumber(item.date) as number;
  return {
    ...common,
    allDay: true,
    start: item.date,
    end: isoDateOfDay(day + 1),
  };
}

/** 09:00 on the day of an all-day item. ical-generator reads a positive trigger as after the END unless told START. */
function addMorningAlarm(event: ICalEvent, item: PlanDate): void {
  event.createAlarm({ type: ICalAlarmType.display, triggerAfter: MORNING_AFTER_START_S, description: item.summary }).relatesTo(ICalAlarmRelatesTo.start);
}

export interface CalendarExport {
  fileName: string;
  text: string;
  /** How many events the file holds (0 for a plan with no dates: still a valid calendar). */
  eventCount: number;
}

/** The plan's calendar file as of `now` (call-by dates are counted against Plan B's deadline then). */
export function planCalendar(plan: Plan, now: Date): CalendarExport {
  const items = planDates(plan, now).filter((item) => dayNumber(item.date) !== null);
  const calendar = ical({
    name: `Bird in Hand: ${plan.name}`,
    prodId: { company: 'Bird in Hand', product: 'Bird in Hand', language: 'EN' },
    method: ICalCalendarMethod.PUBLISH,
    // No calendar-wide zone: each deadline carries its own, and the
    // generator writes a VTIMEZONE for every zone an event names.
    timezone: { name: null, generator: vtimezone },
  });
  for (const item of items) {
    const event = calendar.createEvent(eventData(item, plan, now));
    if (item.kind === 'call-by' || item.kind === 'follow-up') addMorningAlarm(event, item);
  }
  return { fileName: calendarFileName(plan.name), text: calendar.toString(), eventCount: items.length };
}
