import { describe, expect, it } from 'vitest';
import { computeBoard } from '@shared/board';
import type { Plan } from '@shared/plan';
import { SHARED_CARDS, shareBoard } from '../../../renderer/src/features/board/share-board';
import { bigPlan } from './fixtures';

const now = new Date('2026-11-26T15:00:00Z');
const board = (plan: Plan) => computeBoard(plan, { now, locale: 'en-US' });
const raisePlanB = (plan: Plan): Plan => ({
  ...plan,
  offers: plan.offers.map((o) => (o.isPlanB ? { ...o, compensation: { ...o.compensation, base: { ...o.compensation.base, amount: (o.compensation.base.amount ?? 0) + 1000 } } } : o)),
});

describe('shareBoard: what the board screen memoizes keeps its identity across edits', () => {
  it('an unchanged recompute gives back the same cards, notices and timeline, for the first cards only', () => {
    const plan = bigPlan(SHARED_CARDS + 10, now);
    const first = board(plan);
    const again = shareBoard(first, board(plan));
    expect(again.offerHeld).toBe(first.offerHeld);
    expect(again.timeline).toBe(first.timeline);
    const shared = again.roles.filter((card) => first.roles.includes(card));
    expect(shared).toHaveLength(SHARED_CARDS);
    expect(again.roles.slice(0, SHARED_CARDS)).toEqual(first.roles.slice(0, SHARED_CARDS));
  });

  it('a new Plan B salary changes the cards’ figures but keeps each card’s contact, fit and readiness', () => {
    const plan = bigPlan(20, now);
    const first = board(plan);
    const next = shareBoard(first, board(raisePlanB(plan)));
    expect(next.planB?.compensation).not.toEqual(first.planB?.compensation);
    let changed = 0;
    for (const card of next.roles) {
      const before = first.roles.find((c) => c.roleId === card.roleId)!;
      // A role whose pay is unknown compares the same with any Plan B: that card stays as it was.
      if (card !== before) {
        changed++;
        expect(card.compensationDifference).not.toEqual(before.compensationDifference);
      }
      expect(card.readiness).toBe(before.readiness);
      expect(card.fit).toBe(before.fit);
      expect(card.contact).toBe(before.contact);
    }
    const known = first.roles.filter((c) => c.compensationDifference.firstYear.amount !== null).length;
    expect(known).toBeGreaterThan(0);
    expect(changed).toBe(known);
  });

  it('the first board is returned as computed', () => {
    const computed = board(bigPlan(3, now));
    expect(shareBoard(undefined, computed)).toBe(computed);
  });
});
