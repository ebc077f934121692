/**
 * Geometry of the visual timeline: where each date group sits and in which
 * label lane, so labels never overlap. Pure layout; the dates and fits come
 * from `board.timeline`.
 */
import { listNames, plural, type BoardTimeline, type TimelinePoint } from '@shared/board';

export interface TimelineGroup {
  date: string;
  dayOffset: number;
  points: TimelinePoint[];
  afterDeadline: boolean;
  fits: boolean;
  /** Short label for the chart; the full names are in the list beside it. */
  label: string;
  x: number;
  lane: number;
  anchor: 'start' | 'middle' | 'end';
}

export const MAX_LANES = 4;
const CHAR_PX = 7;
const MAX_LABEL = 26;

function shorten(text: string): string {
  return text.length > MAX_LABEL ? `${text.slice(0, MAX_LABEL - 1)}…` : text;
}

/** Groups points by date and places them on an axis from `pad` to `width - pad`. */
export function layoutTimeline(t: BoardTimeline, width: number, pad = 16): { groups: TimelineGroup[]; lanes: number; x: (offset: number) => number } {
  const lo = Math.min(0, t.deadlineOffset ?? 0, ...t.points.map((p) => p.dayOffset), ...(t.callBys ?? []).map((c) => c.dayOffset));
  const span = Math.max(1, t.spanDays);
  const x = (offset: number) => pad + ((offset - lo) / span) * (width - 2 * pad);
  const byDate = new Map<string, TimelinePoint[]>();
  for (const p of t.points) byDate.set(p.date, [...(byDate.get(p.date) ?? []), p]);
  const laneEnds: number[] = [];
  const groups: TimelineGroup[] = [];
  for (const [date, points] of byDate) {
    const first = points[0] as TimelinePoint;
    const px = x(first.dayOffset);
    const label = shorten(listNames(points.map((p) => p.name), 1));
    const w = label.length * CHAR_PX + 8;
    const anchor = px - w / 2 < 0 ? 'start' : px + w / 2 > width ? 'end' : 'middle';
    const left = anchor === 'start' ? px - 4 : anchor === 'end' ? px - w : px - w / 2;
    let lane = laneEnds.findIndex((end) => end < left);
    if (lane === -1) lane = laneEnds.length < MAX_LANES ? laneEnds.length : laneEnds.indexOf(Math.min(...laneEnds));
    laneEnds[lane] = left + w;
    groups.push({
      date, dayOffset: first.dayOffset, points, label, x: px, lane, anchor,
      afterDeadline: points.some((p) => p.afterDeadline), fits: points.every((p) => p.fit === 'fits'),
    });
  }
  return { groups, lanes: Math.max(1, laneEnds.length), x };
}

/** "today", "tomorrow", "in 4 days", "2 days ago". */
export function daysFromToday(offset: number): string {
  if (offset === 0) return 'today';
  if (offset === 1) return 'tomorrow';
  if (offset === -1) return 'yesterday';
  return offset > 0 ? `in ${plural(offset, 'day')}` : `${plural(-offset, 'day')} ago`;
}
