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

/** Where one label sits: its row, its anchor and the span it covers, in pixels. */
export interface PlacedLabel {
  row: number;
  anchor: 'start' | 'middle' | 'end';
  left: number;
  right: number;
}

/**
 * Places labels (in order of `x`) in rows so no two in a row overlap: each takes
 * the first row whose last label ends before it starts. With `maxRows` reached
 * a label shares the row that frees up first, so the drawing keeps its height
 * (the list beside it always has every name).
 */
export function stackLabels(labels: readonly { x: number; width: number }[], width: number, maxRows = Infinity, prefer: 'start' | 'middle' = 'middle'): PlacedLabel[] {
  const rowEnds: number[] = [];
  return labels.map(({ x, width: w }) => {
    const anchor = prefer === 'start' ? (x - 4 + w > width ? 'end' : 'start') : x - w / 2 < 0 ? 'start' : x + w / 2 > width ? 'end' : 'middle';
    const left = anchor === 'start' ? x - 4 : anchor === 'end' ? x - w : x - w / 2;
    let row = rowEnds.findIndex((end) => end < left);
    if (row === -1) row = rowEnds.length < maxRows ? rowEnds.length : rowEnds.indexOf(Math.min(...rowEnds));
    rowEnds[row] = left + w;
    return { row, anchor, left, right: left + w };
  });
}

const labelWidth = (label: string, charPx: number) => label.length * charPx + 8;

/** Groups points by date and places them on an axis from `pad` to `width - pad`. */
export function layoutTimeline(t: BoardTimeline, width: number, pad = 16): { groups: TimelineGroup[]; lanes: number; x: (offset: number) => number } {
  const lo = Math.min(0, t.deadlineOffset ?? 0, ...t.points.map((p) => p.dayOffset), ...(t.callBys ?? []).map((c) => c.dayOffset));
  const span = Math.max(1, t.spanDays);
  const x = (offset: number) => pad + ((offset - lo) / span) * (width - 2 * pad);
  const byDate = new Map<string, TimelinePoint[]>();
  for (const p of t.points) byDate.set(p.date, [...(byDate.get(p.date) ?? []), p]);
  const dated = [...byDate].map(([date, points]) => ({ date, points, label: shorten(listNames(points.map((p) => p.name), 1)), x: x((points[0] as TimelinePoint).dayOffset) }));
  const placed = stackLabels(dated.map((d) => ({ x: d.x, width: labelWidth(d.label, CHAR_PX) })), width, MAX_LANES);
  const groups = dated.map(({ date, points, label, x: px }, i): TimelineGroup => ({
    date, dayOffset: (points[0] as TimelinePoint).dayOffset, points, label, x: px, lane: placed[i]!.row, anchor: placed[i]!.anchor,
    afterDeadline: points.some((p) => p.afterDeadline), fits: points.every((p) => p.fit === 'fits'),
  }));
  return { groups, lanes: Math.max(1, ...placed.map((p) => p.row + 1)), x };
}

export interface CallByLabel extends PlacedLabel {
  date: string;
  x: number;
  late: boolean;
  label: string;
}

/**
 * The "Call by" labels under the axis, stacked in as many rows as it takes so
 * none overlaps another. Each starts at its marker, so a stack reads as a
 * staircase of dates from left to right.
 */
export function layoutCallBys(t: BoardTimeline, x: (offset: number) => number, width: number): { labels: CallByLabel[]; rows: number } {
  const items = (t.callBys ?? []).map((c) => ({
    date: c.date, late: c.late, x: x(c.dayOffset),
    label: `Call by: ${c.names.length === 1 ? shorten(c.names[0] ?? '') : `${c.names.length} roles`}`,
  }));
  // The 12 px labels' width per character, generous for this 11 px text, so a wide name never reaches its neighbour.
  const placed = stackLabels(items.map((c) => ({ x: c.x, width: labelWidth(c.label, CHAR_PX) })), width, Infinity, 'start');
  return { labels: items.map((c, i) => ({ ...c, ...placed[i]! })), rows: Math.max(0, ...placed.map((p) => p.row + 1)) };
}

/** "today", "tomorrow", "in 4 days", "2 days ago". */
export function daysFromToday(offset: number): string {
  if (offset === 0) return 'today';
  if (offset === 1) return 'tomorrow';
  if (offset === -1) return 'yesterday';
  return offset > 0 ? `in ${plural(offset, 'day')}` : `${plural(-offset, 'day')} ago`;
}
