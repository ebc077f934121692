import { describe, expect, it } from 'vitest';
import type { Plan } from '@shared/plan';
import { samplePlan } from '@shared/sample-plan';
import { claimsOffer, deadlineMismatches, honestyCheck, realOffer } from '@shared/scripts/honesty';
import { TEMPLATES } from '@shared/scripts/templates';

const NOW = new Date('2026-03-02T09:00:00Z');
const withPlanB = (plan: Plan, patch: Partial<Plan['offers'][number]>): Plan => ({
  ...plan,
  offers: plan.offers.map((o) => (o.isPlanB ? { ...o, ...patch } : o)),
});

describe('honesty guard', () => {
  const plan = samplePlan(NOW);
  const leverage = { kind: 'leverage-call' as const, body: TEMPLATES['leverage-call'].body };

  it('allows a leverage script while a real offer is held', () => {
    expect(realOffer(plan)?.company).toBe('Northwind Logistics');
    expect(honestyCheck(leverage, plan)).toEqual({ allowed: true });
  });

  it('blocks a leverage script with no Plan B, says why and suggests the check-in', () => {
    const verdict = honestyCheck(leverage, { offers: [] });
    expect(verdict).toMatchObject({ allowed: false, suggestion: 'check-in' });
    expect(verdict.allowed === false && verdict.reason).toMatch(/^The plan holds no Plan B offer\..*check-in script/);
  });

  it('blocks while Plan B lacks a received date or a deadline', () => {
    const noDate = honestyCheck(leverage, withPlanB(plan, { receivedOn: null }));
    expect(noDate.allowed === false && noDate.reason).toMatch(/^Plan B has no received date\./);
    const noDeadline = honestyCheck(leverage, withPlanB(plan, { deadline: null }));
    expect(noDeadline.allowed === false && noDeadline.reason).toMatch(/^Plan B has no deadline\./);
  });

  it('blocks a custom script that claims an offer, not a check-in that does not', () => {
    const none = { offers: [] };
    expect(honestyCheck({ kind: 'custom', body: 'I have received another offer.' }, none).allowed).toBe(false);
    expect(honestyCheck({ kind: 'check-in', body: TEMPLATES['check-in'].body }, none)).toEqual({ allowed: true });
    expect(claimsOffer({ kind: 'accept-plan-b', body: TEMPLATES['accept-plan-b'].body })).toBe(false);
  });
});

describe('deadlineMismatches', () => {
  // Sample deadline: 2026-03-08 17:00 New York.
  const plan = samplePlan(NOW);

  it('accepts the placeholder and the right date in several spellings', () => {
    expect(deadlineMismatches('I must answer by {{deadline}}.', plan)).toEqual([]);
    expect(deadlineMismatches('I must answer by March 8.', plan)).toEqual([]);
    expect(deadlineMismatches('My deadline is 8th of March 2026.', plan)).toEqual([]);
    expect(deadlineMismatches('I need to decide before 2026-03-08.', plan)).toEqual([]);
  });

  it('flags a stated deadline that differs from Plan B’s', () => {
    expect(deadlineMismatches('I have to answer them by March 12th.', plan)).toEqual(['March 12th']);
    expect(deadlineMismatches('The deadline is 2026-03-09.', plan)).toEqual(['2026-03-09']);
    expect(deadlineMismatches('Due 8 March 2025.', plan)).toEqual(['8 March 2025']);
  });

  it('ignores dates that are not given as a deadline, and plans without one', () => {
    expect(deadlineMismatches('We met on March 2 at the office.', plan)).toEqual([]);
    expect(deadlineMismatches('Answer by March 12.', withPlanB(plan, { deadline: null }))).toEqual([]);
  });
});
