/**
 * The Today list on the plans screen: what is due today (including calls
 * whose call-by date has passed and follow-ups not yet made) and in the six
 * days after, across all plans, from the same plan dates as the calendar.
 */
import { dayNumber, isoDateOfDay } from '../board/zoned-date';
import type { PlanDate } from './plan-dates';

/** Days after today that count as "this week". */
export const WEEK_AHEAD_DAYS = 6;

export interface TodayEntry {
  item: PlanDate;
  /** Days past its date (0 when it is today or later). */
  daysLate: number;
}

export interface TodayList {
  today: TodayEntry[];
  thisWeek: TodayEntry[];
}

/** Kinds that stay on the list after their day until done: a call not made, a follow-up not made. */
const CARRIED_OVER = new Set<PlanDate['kind']>(['call-by', 'follow-up']);

/**
 * Today's and this week's items. `today` is the user's own calendar date
 * (`YYYY-MM-DD`); a deadline whose instant has passed is left out even on its
 * day. Most pressing first: late items, then by date and kind as planDates sorts.
 */
export function todayList(dates: readonly PlanDate[], now: Date, today: string): TodayList {
  const day = dayNumber(today);
  const list: TodayList = { today: [], thisWeek: [] };
  if (day === null) return list;
  const weekEnd = isoDateOfDay(day + WEEK_AHEAD_DAYS);
  for (const item of dates) {
    if (item.at !== null && Date.parse(item.at) <= now.getTime()) continue;
    const itemDay = dayNumber(item.date);
    if (itemDay === null || item.date > weekEnd) continue;
    if (item.date === today || (item.date < today && CARRIED_OVER.has(item.kind))) {
      list.today.push({ item, daysLate: Math.max(0, day - itemDay) });
    } else if (item.date > today) {
      list.thisWeek.push({ item, daysLate: 0 });
    }
  }
  list.today.sort((a, b) => b.daysLate - a.daysLate);
  return list;
}
