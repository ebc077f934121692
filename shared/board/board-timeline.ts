/**
 * The visual timeline's data: from today to the deadline (or the latest
 * expected decision, if later), with each role's decision date on it.
 */
import type { DeadlineStatus } from './deadline';
import type { TimelineFitKind } from './timeline-fit';
import { dayNumber, isoDateOfDay } from './zoned-date';

export interface TimelinePoint {
  roleId: string;
  name: string;
  /** Expected decision date, `YYYY-MM-DD`. */
  date: string;
  /** Days from today (negative when the date has passed). */
  dayOffset: number;
  fit: TimelineFitKind;
  afterDeadline: boolean;
}

export interface BoardTimeline {
  /** Today in the deadline's zone. */
  today: string;
  deadlineDate: string | null;
  /** Days from today to the deadline; `null` without one. */
  deadlineOffset: number | null;
  /** First and last date the axis must show, and the days between them. */
  start: string;
  end: string;
  spanDays: number;
  /** Roles with a decision date, earliest first (ties in call order). */
  points: TimelinePoint[];
  /** Open roles with no usable decision date. */
  undated: { roleId: string; name: string; reason: string }[];
  /** Call-by dates grouped by day, earliest first: the last working day to call each role. */
  callBys: { date: string; dayOffset: number; roleIds: string[]; names: string[]; late: boolean }[];
}

interface CardLike {
  roleId: string;
  name: string;
  expectedDecisionOn: string | null;
  fit: { kind: TimelineFitKind; reason: string };
  callBy?: { state: string; date: string | null };
}

/** Never throws; roles whose fit is `closed` are left off. */
export function boardTimeline(deadline: DeadlineStatus, cards: readonly CardLike[]): BoardTimeline {
  const today = dayNumber(deadline.todayDate) as number;
  const due = dayNumber(deadline.deadlineDate);
  const points: TimelinePoint[] = [];
  const undated: BoardTimeline['undated'] = [];
  for (const c of cards) {
    if (c.fit.kind === 'closed') continue;
    const iso = c.expectedDecisionOn;
    const day = dayNumber(iso);
    if (day === null || iso === null) {
      undated.push({ roleId: c.roleId, name: c.name, reason: iso ? 'The expected decision date is not a valid date.' : 'No expected decision date recorded.' });
      continue;
    }
    points.push({ roleId: c.roleId, name: c.name, date: iso, dayOffset: day - today, fit: c.fit.kind, afterDeadline: due !== null && day > due });
  }
  points.sort((a, b) => a.dayOffset - b.dayOffset);
  const byDay = new Map<string, BoardTimeline['callBys'][number]>();
  for (const c of cards) {
    const date = c.callBy && c.callBy.state !== 'none' ? c.callBy.date : null;
    const day = dayNumber(date);
    if (date === null || day === null) continue;
    const g = byDay.get(date) ?? { date, dayOffset: day - today, roleIds: [], names: [], late: day < today };
    g.roleIds.push(c.roleId);
    g.names.push(c.name);
    byDay.set(date, g);
  }
  const callBys = [...byDay.values()].sort((a, b) => a.dayOffset - b.dayOffset);
  const offsets = [0, ...(due !== null ? [due - today] : []), ...points.map((p) => p.dayOffset), ...callBys.map((c) => c.dayOffset)];
  const lo = Math.min(...offsets);
  const hi = Math.max(...offsets);
  return {
    today: deadline.todayDate, deadlineDate: deadline.deadlineDate, deadlineOffset: due === null ? null : due - today,
    start: isoDateOfDay(today + lo), end: isoDateOfDay(today + hi), spanDays: hi - lo, points, undated, callBys,
  };
}
