import { describe, expect, it } from 'vitest';
import { Plan, planB } from '@shared/plan';
import { samplePlan } from '@shared/sample-plan';
import {
  addOffer,
  markPlanB,
  newOffer,
  removeContact,
  removeOffer,
  setScore,
  addContact,
} from '../../../renderer/src/features/editors/plan-edits';
import { offerDraft, offerSpec } from '../../../renderer/src/features/editors/offer-draft';
import { wallClock } from '../../../renderer/src/features/editors/time-zones';

const sample = () => samplePlan(new Date('2026-03-02T09:00:00Z'));

describe('editor plan recipes keep the plan valid', () => {
  it('keeps exactly one Plan B when marking, adding and removing offers', () => {
    const plan = sample();
    const second = newOffer(plan, 'Europe/Paris');
    expect(second.isPlanB).toBe(false);
    const two = addOffer(plan, { ...second, company: 'Contoso' });
    const moved = markPlanB(two, second.id);
    expect(moved.offers.map((o) => o.isPlanB)).toEqual([false, true]);
    expect(markPlanB(moved, second.id)).toBe(moved);
    const removed = removeOffer(moved, second.id);
    expect(planB(removed)?.company).toBe('Northwind Logistics');
    expect(Plan.safeParse(removed).success).toBe(true);
  });

  it('passes the one to call to the first remaining contact when they are removed', () => {
    const plan = sample();
    const roleId = plan.dreamRoles[0]?.id ?? '';
    const withTwo = addContact(plan, roleId);
    const first = withTwo.dreamRoles[0]?.contacts[0]?.id ?? '';
    const after = removeContact(withTwo, roleId, first);
    expect(after.dreamRoles[0]?.contacts.map((c) => c.isWhoToCall)).toEqual([true]);
  });

  it('clears a score rather than storing zero, and ignores a change to nothing', () => {
    const plan = sample();
    const offer = planB(plan);
    const criterion = plan.criteria[0]?.id ?? '';
    const cleared = setScore(plan, { kind: 'offer', id: offer?.id ?? '' }, criterion, null);
    expect(criterion in (planB(cleared)?.scores ?? {})).toBe(false);
    expect(setScore(cleared, { kind: 'offer', id: offer?.id ?? '' }, criterion, null)).toBe(cleared);
  });

  it('round-trips a deadline through its wall-clock date, time and zone', () => {
    const offer = planB(sample());
    if (!offer) throw new Error('The sample has a Plan B.');
    const draft = offerDraft(offer);
    expect(draft.deadlineTime).toBe('17:00');
    expect(offerSpec.apply(offer, 'deadlineZone', draft).deadline).toBe(offer.deadline);
    expect(wallClock('2026-11-01T05:30:00Z', 'America/New_York')).toEqual({ date: '2026-11-01', time: '01:30' });
    const tokyo = offerSpec.apply(offer, 'deadlineZone', { ...draft, deadlineDate: '2026-03-20', deadlineZone: 'Asia/Tokyo' });
    expect(tokyo).toMatchObject({ deadline: '2026-03-20T17:00:00+09:00', deadlineTimeZone: 'Asia/Tokyo' });
  });
});
