import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boardTimeline, deadlineStatus } from '@shared/board';
import { layoutCallBys, layoutTimeline, stackLabels } from '../../../renderer/src/features/board/timeline-layout';

const NOW = new Date('2026-03-02T15:00:00Z');
const plain = deadlineStatus(null, NOW);
const day = (offset: number) => new Date(Date.UTC(2026, 2, 2 + offset)).toISOString().slice(0, 10);

/** Roles whose call-by dates fall within a few weeks of today, often on the same or neighbouring days. */
const roles = fc.array(
  fc.record({ offset: fc.integer({ min: -5, max: 25 }), name: fc.string({ minLength: 0, maxLength: 40 }) }),
  { minLength: 1, maxLength: 40 },
);

function overlapsInARow(labels: readonly { row: number; left: number; right: number }[]): boolean {
  return labels.some((a, i) => labels.some((b, j) => i < j && a.row === b.row && a.left < b.right && b.left < a.right));
}

describe('the timeline’s "Call by" labels', () => {
  it('never overlap in a row, whatever the dates, names and width', () => {
    fc.assert(
      fc.property(roles, fc.integer({ min: 280, max: 1600 }), (rs, width) => {
        const cards = rs.map((r, i) => ({
          roleId: `r${i}`, name: r.name || `Role ${i}`, expectedDecisionOn: null,
          fit: { kind: 'unknown' as const, reason: '' }, callBy: { state: 'upcoming', date: day(r.offset) },
        }));
        const t = boardTimeline(plain, cards);
        const { x } = layoutTimeline(t, width);
        const { labels, rows } = layoutCallBys(t, x, width);
        expect(labels).toHaveLength(t.callBys.length);
        expect(overlapsInARow(labels)).toBe(false);
        expect(rows).toBe(Math.max(...labels.map((l) => l.row)) + 1);
      }),
    );
  });

  it('keeps close dates on one row when there is room, and stacks them when there is not', () => {
    const wide = stackLabels([{ x: 100, width: 80 }, { x: 300, width: 80 }], 1000);
    expect(wide.map((l) => l.row)).toEqual([0, 0]);
    const close = stackLabels([{ x: 100, width: 80 }, { x: 130, width: 80 }, { x: 160, width: 80 }], 1000);
    expect(close.map((l) => l.row)).toEqual([0, 1, 2]);
    expect(stackLabels([{ x: 100, width: 80 }, { x: 130, width: 80 }, { x: 220, width: 80 }], 1000).map((l) => l.row)).toEqual([0, 1, 0]);
  });

  it('starts each call-by label at its marker, unless it would run past the right edge', () => {
    const [a, b] = stackLabels([{ x: 100, width: 80 }, { x: 960, width: 80 }], 1000, Infinity, 'start');
    expect(a).toMatchObject({ anchor: 'start', left: 96, right: 176 });
    expect(b).toMatchObject({ anchor: 'end', left: 880, right: 960 });
  });

  it('keeps a label at the edge inside the drawing', () => {
    const [first, last] = stackLabels([{ x: 2, width: 120 }, { x: 998, width: 120 }], 1000);
    expect(first).toMatchObject({ anchor: 'start' });
    expect(first!.left).toBeGreaterThanOrEqual(-4);
    expect(last).toMatchObject({ anchor: 'end', right: 998 });
  });
});
