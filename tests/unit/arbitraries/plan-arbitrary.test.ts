/** The plan arbitrary only makes plans the schema accepts, and reaches the corners it promises. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { heldOffer } from '@shared/offers/held-offer';
import { Plan } from '@shared/plan';
import { planAndNowArbitrary, planArbitrary } from './plan-arbitrary';

describe('planArbitrary', () => {
  it('generates only plans the zod Plan schema accepts', () => {
    fc.assert(
      fc.property(planArbitrary, (plan) => {
        const parsed = Plan.safeParse(plan);
        if (!parsed.success) throw new Error(JSON.stringify(parsed.error.issues.slice(0, 3)));
      }),
      { numRuns: 300 },
    );
  });

  it('reaches held, lapsed, answered, incomplete and no-offer plans, verbal and written', () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(planAndNowArbitrary, ({ plan, now }) => {
        const hold = heldOffer(plan, now);
        seen.add(hold.held ? `held-${hold.form}` : hold.status);
      }),
      { numRuns: 400 },
    );
    expect([...seen].sort()).toEqual(['answered', 'held-verbal', 'held-written', 'incomplete', 'lapsed', 'none']);
  });
});
