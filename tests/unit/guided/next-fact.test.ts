import { describe, expect, it } from 'vitest';
import { boardIsStarting, nextMissingFact } from '@shared/guided/next-fact';
import type { Contact } from '@shared/plan';
import { id, offer, role } from '../board/fixtures';

const contact = (over: Partial<Contact> = {}): Contact => ({
  id: id(), name: 'Dana', title: '', phone: '+1 415 555 0134', email: '', isWhoToCall: true, ...over,
});

describe('nextMissingFact', () => {
  it('asks for the offer first, then its received day, then its deadline', () => {
    expect(nextMissingFact({ offers: [], dreamRoles: [] })?.key).toBe('offer');
    expect(nextMissingFact({ offers: [offer({ receivedOn: null })], dreamRoles: [] })?.key).toBe('offer-received');
    expect(nextMissingFact({ offers: [offer({ deadline: null })], dreamRoles: [] })?.key).toBe('deadline');
  });

  it('then one employer, then who to call there, their phone, the timing and the walk-away answer', () => {
    const plan = { offers: [offer()], dreamRoles: [] as ReturnType<typeof role>[] };
    expect(nextMissingFact(plan)?.key).toBe('dream-role');
    const r = role({ company: 'Harbor', contacts: [], walkAwayAnswer: 'undecided', timeline: { stated: '', expectedDecisionOn: null, history: [] } });
    expect(nextMissingFact({ ...plan, dreamRoles: [r] })).toMatchObject({ key: 'contact', roleId: r.id });
    const withContact = { ...r, contacts: [contact({ phone: '' })] };
    expect(nextMissingFact({ ...plan, dreamRoles: [withContact] })?.key).toBe('phone');
    const withPhone = { ...r, contacts: [contact()] };
    expect(nextMissingFact({ ...plan, dreamRoles: [withPhone] })?.key).toBe('timing');
    const withTiming = { ...withPhone, timeline: { stated: 'soon', expectedDecisionOn: '2026-12-11', history: [] } };
    expect(nextMissingFact({ ...plan, dreamRoles: [withTiming] })?.key).toBe('walk-away');
    expect(nextMissingFact({ ...plan, dreamRoles: [{ ...withTiming, walkAwayAnswer: 'accept-plan-b' }] })).toBeNull();
  });

  it('goes through roles in priority order and ignores closed ones', () => {
    const done = role({ priority: 1, contacts: [contact()], walkAwayAnswer: 'keep-waiting', timeline: { stated: '', expectedDecisionOn: '2026-12-11', history: [] } });
    const second = role({ priority: 2, company: 'Second', contacts: [] });
    const closed = role({ priority: 1, company: 'Closed', stage: 'closed', contacts: [] });
    expect(nextMissingFact({ offers: [offer()], dreamRoles: [closed, second, done] })).toMatchObject({ roleId: second.id });
  });
});

describe('boardIsStarting', () => {
  it('is true until there is a Plan B and an open dream role with a number to call', () => {
    expect(boardIsStarting({ offers: [], dreamRoles: [role({ contacts: [contact()] })] })).toBe(true);
    expect(boardIsStarting({ offers: [offer()], dreamRoles: [role({ contacts: [contact({ phone: '' })] })] })).toBe(true);
    expect(boardIsStarting({ offers: [offer()], dreamRoles: [role({ stage: 'closed', contacts: [contact()] })] })).toBe(true);
    expect(boardIsStarting({ offers: [offer()], dreamRoles: [role({ contacts: [contact()] })] })).toBe(false);
  });
});
