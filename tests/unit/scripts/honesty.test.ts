import { simpleCompensation } from '@shared/compensation';
import { describe, expect, it } from 'vitest';
import type { Plan } from '@shared/plan';
import { samplePlan } from '@shared/sample-plan';
import { claimsOffer, deadlineMismatches, honestyCheck } from '@shared/scripts/honesty';
import { SCRIPT_KINDS } from '@shared/plan';
import { TEMPLATES } from '@shared/scripts/templates';

const NOW = new Date('2026-03-02T09:00:00Z');
const withPlanB = (plan: Plan, patch: Partial<Plan['offers'][number]>): Plan => ({
  ...plan,
  offers: plan.offers.map((o) => (o.isPlanB ? { ...o, ...patch } : o)),
});
const reasonOf = (v: ReturnType<typeof honestyCheck>) => (v.allowed ? '' : v.reason);
const custom = (body: string) => ({ kind: 'custom' as const, body });

describe('honesty guard', () => {
  const plan = samplePlan(NOW);
  const leverage = { kind: 'leverage-call' as const, body: TEMPLATES['leverage-call'].body, branches: TEMPLATES['leverage-call'].branches };

  it('allows a leverage script while a real offer is held', () => {
    const verdict = honestyCheck(leverage, plan, NOW);
    expect(verdict).toMatchObject({ allowed: true, hold: { held: true, form: 'written' }, mismatches: [] });
    expect(verdict.claims.length).toBeGreaterThan(0);
  });

  it('blocks a leverage script with no Plan B, says why and suggests the check-in', () => {
    const verdict = honestyCheck(leverage, { offers: [] }, NOW);
    expect(verdict).toMatchObject({ allowed: false, suggestion: 'check-in' });
    expect(reasonOf(verdict)).toMatch(/^No offer is recorded as Plan B.*Use a check-in script instead\.$/);
  });

  it('blocks while Plan B lacks a received date or a deadline', () => {
    expect(reasonOf(honestyCheck(leverage, withPlanB(plan, { receivedOn: null }), NOW))).toMatch(/record the date you received it/);
    expect(reasonOf(honestyCheck(leverage, withPlanB(plan, { deadline: null }), NOW))).toMatch(/record its decision deadline/);
  });

  // Finding 1: the guard used to check only that a received date and a deadline exist.
  it('blocks the leverage script once Plan B’s deadline has passed, to the minute', () => {
    const deadline = new Date(plan.offers[0]!.deadline!);
    expect(honestyCheck(leverage, plan, new Date(deadline.getTime() - 60_000)).allowed).toBe(true);
    const after = honestyCheck(leverage, plan, new Date(deadline.getTime() + 60_000));
    expect(after).toMatchObject({ allowed: false, suggestion: 'check-in', hold: { held: false, status: 'lapsed' } });
    expect(reasonOf(after)).toMatch(/^The Plan B deadline has passed, so you no longer hold this offer\./);
    expect(honestyCheck(leverage, plan, deadline).allowed).toBe(false);
  });

  it('blocks a custom script whose text claims an offer, in any wording, and lets denials and hopes through', () => {
    const none = { offers: [] };
    for (const body of ["I've been offered a senior role at another company.", 'Another company has made me a job proposal.', 'A competitor gave me until Friday.']) {
      expect(honestyCheck(custom(body), none, NOW).allowed, body).toBe(false);
    }
    for (const body of ['I do not have any offer yet.', 'I would love an offer from you!', 'If I get an offer, I will tell you.']) {
      expect(honestyCheck(custom(body), none, NOW).allowed, body).toBe(true);
    }
  });

  it('reads what is said in the answers too, but not the next-step notes', () => {
    const branches = { ...TEMPLATES['check-in'].branches, nonAnswer: { say: 'I have another offer, so I need an answer soon.', nextSteps: '' } };
    expect(honestyCheck({ kind: 'custom', body: 'Hello.', branches }, { offers: [] }, NOW).allowed).toBe(false);
    const notes = { ...TEMPLATES['check-in'].branches, nonAnswer: { say: 'Thanks.', nextSteps: 'Record the offer with its deadline.' } };
    expect(honestyCheck({ kind: 'custom', body: 'Hello.', branches: notes }, { offers: [] }, NOW).allowed).toBe(true);
  });

  it('lets Plan B scripts talk about Plan B’s own offer, but not when no Plan B is recorded', () => {
    const ask = { kind: 'ask-plan-b-for-time' as const, body: TEMPLATES['ask-plan-b-for-time'].body };
    expect(honestyCheck(ask, withPlanB(plan, { receivedOn: null }), NOW).allowed).toBe(true);
    expect(honestyCheck(ask, { offers: [] }, NOW)).toMatchObject({ allowed: false, suggestion: 'fix' });
    expect(claimsOffer({ kind: 'accept-plan-b', body: TEMPLATES['accept-plan-b'].body })).toBe(false);
  });
});

describe('built-in templates and the honesty guard', () => {
  const none = { offers: [] };
  const verdictFor = (kind: (typeof SCRIPT_KINDS)[number], p: Pick<Plan, 'offers'>) =>
    honestyCheck({ kind, body: TEMPLATES[kind].body, branches: TEMPLATES[kind].branches }, p, NOW);

  // Finding 2: the follow-up ("My deadline has not moved: I must answer by …") was allowed with no offer.
  it('blocks the follow-up and the leverage call with no offer held, and never the check-in', () => {
    expect(verdictFor('follow-up-non-answer', none).allowed).toBe(false);
    expect(verdictFor('leverage-call', none).allowed).toBe(false);
    expect(verdictFor('check-in', none)).toMatchObject({ allowed: true, claims: [] });
    expect(verdictFor('custom', none).allowed).toBe(true);
  });

  it('states facts about the offer only through placeholders, so they match the record', () => {
    const plan = samplePlan(NOW);
    for (const form of ['written', 'verbal'] as const) {
      for (const kind of SCRIPT_KINDS) expect(verdictFor(kind, withPlanB(plan, { form })).allowed, `${kind} / ${form}`).toBe(true);
    }
    expect(TEMPLATES['leverage-call'].body).not.toMatch(/\b(written|verbal)\b/);
    expect(TEMPLATES['leverage-call'].body).toContain('{{offer_form}}');
  });
});

describe('claims checked against Plan B’s record', () => {
  // Sample Plan B: written, deadline Sunday 2026-03-08 17:00 New York, base 148,000, bonus 14,800, sign-on 15,000, equity 20,000.
  const plan = samplePlan(NOW);
  const verbal = withPlanB(plan, { form: 'verbal' });
  const MISMATCHES: [string, Plan, string[]][] = [
    ['I hold a written offer from another company.', verbal, ['written offer']],
    ['I have a written offer.', plan, []],
    ['I was offered the job verbally on Monday.', plan, ['verbal offer']],
    ['I have a verbal offer.', verbal, []],
    ['I have an offer of $148,000 base.', plan, []],
    ['I have an offer of $150,000 base.', plan, ['$150,000']],
    ['They offered me 148k plus a 15k sign-on.', plan, []],
    ['They offered me 160k.', plan, ['160k']],
    ['My offer comes to $197,800 in the first year.', plan, []],
    ['I must answer by March 12.', plan, ['March 12']],
    ['I must answer by March 8.', plan, []],
    ['A competitor gave me until Friday.', plan, ['Friday']],
    ['A competitor gave me until Sunday.', plan, []],
    ['Could you send the offer in writing?', verbal, []],
    ['I am looking for $200,000.', plan, []],
    ['Can you decide by Friday?', plan, []],
    ['My deadline is Friday, and I need to answer by March 8.', plan, ['Friday']],
  ];
  it.each(MISMATCHES)('%s', (body, p, said) => {
    const verdict = honestyCheck(custom(body), p, NOW);
    expect(verdict.mismatches.map((m) => m.said)).toEqual(said);
    expect(verdict.allowed).toBe(said.length === 0);
    if (said.length) expect(verdict).toMatchObject({ suggestion: 'fix' });
  });

  it('flags a figure when Plan B has no pay recorded', () => {
    const unpaid = withPlanB(plan, { compensation: simpleCompensation('USD', { base: null, bonus: null, signOn: null, equityPerYear: null }) });
    expect(honestyCheck(custom('I have an offer of $120,000.'), unpaid, NOW).mismatches[0]?.message).toMatch(/no pay recorded/);
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

  // Finding 11: a blank zone was the computer's zone here and UTC on the board; now both use resolveTimeZone.
  it('reads a deadline with a blank zone in its stored offset, not the computer’s zone', () => {
    const late = withPlanB(plan, { deadline: '2026-03-08T23:30:00-05:00', deadlineTimeZone: '' });
    // -05:00 is Etc/GMT+5: still March 8 there (March 9 in UTC and in most of Europe).
    expect(deadlineMismatches('I must answer by March 8.', late)).toEqual([]);
    expect(deadlineMismatches('I must answer by March 9.', late)).toEqual(['March 9']);
  });
});
