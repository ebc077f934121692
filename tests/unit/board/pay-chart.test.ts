import { describe, expect, it } from 'vitest';
import { computeBoard, payChart, payChartRows, scaleTicks } from '@shared/board';
import { simpleCompensation, type Compensation } from '@shared/compensation';
import { samplePlan } from '@shared/sample-plan';
import { offer, plan, role } from './fixtures';

const now = new Date('2026-11-24T10:00:00Z');
const chartOf = (p: ReturnType<typeof plan>) => payChart(p, computeBoard(p, { now, locale: 'en-US' }));
const usd = (base: number | null, bonus: number | null, signOn: number | null, equityPerYear: number | null, currency = 'USD'): Compensation =>
  simpleCompensation(currency, { base, bonus, signOn, equityPerYear });

describe('pay over four years: the chart data', () => {
  it('charts the sample plan: Plan B first, then each dream role, with the board\'s totals', () => {
    const p = samplePlan(now);
    const board = computeBoard(p, { now, locale: 'en-US' });
    const chart = payChart(p, board);
    expect(chart.currency).toBe('USD');
    expect(chart.options.map((o) => o.kind)).toEqual(['plan-b', 'role', 'role', 'role']);
    const planB = chart.options[0]!;
    expect(planB.name).toBe('Plan B: Northwind Logistics');
    // Year 1: 148,000 + 14,800 + 15,000 sign-on + 20,000 equity = 197,800; years 2–4 without the sign-on: 182,800.
    expect(planB.years.map((y) => y.amount)).toEqual([197_800, 182_800, 182_800, 182_800]);
    expect(planB.yearTexts).toEqual(['$197,800', '$182,800', '$182,800', '$182,800']);
    // (197,800 + 3 × 182,800) / 4 = 186,550.
    expect(planB.averageText).toBe('$186,550');
    expect(planB.yearTexts[0]).toBe(board.planB!.compensationDisplay.firstYear);
    expect(chart.options.slice(1).map((o) => o.yearTexts)).toEqual(board.roles.map((r) => r.compensationDisplay.years));
    // No relocation or benefits anywhere in the sample: those stacks are left out.
    expect(chart.parts.map((x) => x.key)).toEqual(['base', 'bonus', 'signOn', 'equity']);
    expect(planB.partTexts[0]).toEqual(['$148,000', '$14,800', '$15,000', '$20,000']);
    expect(planB.partTexts[1]).toEqual(['$148,000', '$14,800', '$0', '$20,000']);
    // The sign-on spread over four years: 15,000 / 4 = 3,750.
    expect(planB.averagePartTexts).toEqual(['$148,000', '$14,800', '$3,750', '$20,000']);
    // Lumen's first year is the largest: 172,000 + 17,000 + 20,000 + 35,000 = 244,000.
    expect(chart.max).toBe(244_000);
    // 244,000 / 5 = 48,800 → steps of 50,000 up to 250,000.
    expect(chart.ticks).toEqual([0, 50_000, 100_000, 150_000, 200_000, 250_000]);
    expect(chart.leftOut).toEqual([]);
  });

  it('gives the chart one row per year with each part, the sign-on only in year 1', () => {
    const chart = chartOf(plan({ offers: [offer({ compensation: usd(100_000, 10_000, 5_000, 8_000) })] }));
    expect(payChartRows(chart.options[0]!, chart.parts)).toEqual([
      { year: 'Year 1', base: 100_000, bonus: 10_000, signOn: 5_000, equity: 8_000 },
      { year: 'Year 2', base: 100_000, bonus: 10_000, signOn: 0, equity: 8_000 },
      { year: 'Year 3', base: 100_000, bonus: 10_000, signOn: 0, equity: 8_000 },
      { year: 'Year 4', base: 100_000, bonus: 10_000, signOn: 0, equity: 8_000 },
    ]);
  });

  it('a part not known yet draws no bar and reads "not known yet"; the total is "at least"', () => {
    const chart = chartOf(plan({ offers: [offer()], dreamRoles: [role({ estimatedCompensation: usd(150_000, null, 0, 10_000) })] }));
    const estimate = chart.options[1]!;
    expect(estimate.kind).toBe('role');
    expect(payChartRows(estimate, chart.parts)[0]!.bonus).toBeNull();
    expect(estimate.partTexts[0]![chart.parts.findIndex((x) => x.key === 'bonus')]).toBe('not known yet');
    expect(estimate.yearTexts[0]).toBe('at least $160,000');
  });

  it('charts other live offers, converts with the plan\'s rate, and leaves out a currency with no rate', () => {
    const p = plan({
      situation: { ...plan().situation, currency: 'USD', rates: [{ currency: 'CHF', rate: 1.1, takenOn: '2026-11-20' }] },
      offers: [
        offer({ compensation: usd(100_000, 0, 0, 0) }),
        offer({ isPlanB: false, company: 'Alpen AG', compensation: usd(100_000, 0, 0, 0, 'CHF') }),
        offer({ isPlanB: false, company: 'Declined Co', response: 'declined', compensation: usd(1, 0, 0, 0) }),
      ],
      dreamRoles: [role({ company: 'Yen Co', estimatedCompensation: usd(10_000_000, 0, 0, 0, 'JPY') })],
    });
    const chart = chartOf(p);
    expect(chart.options.map((o) => o.name)).toEqual(['Plan B: Northwind', 'Offer: Alpen AG']);
    // 100,000 CHF × 1.1 = 110,000 USD.
    expect(chart.options[1]!.years[0]!.amount).toBeCloseTo(110_000, 6);
    expect(chart.options[1]!.rateNote).toBe('1 CHF = 1.1 USD on 2026-11-20');
    expect(chart.leftOut).toEqual([{ id: p.dreamRoles[0]!.id, name: 'Yen Co (estimate)', reason: expect.stringMatching(/in JPY and the plan has no exchange rate/) }]);
  });

  it('does not chart a dream role twice when its offer is charted', () => {
    const o = offer({ isPlanB: true });
    const r = role({ offerId: o.id, stage: 'offer' });
    const chart = chartOf(plan({ offers: [o], dreamRoles: [r, role({ company: 'Other' })] }));
    expect(chart.options.map((x) => x.id)).toEqual([o.id, chart.options[1]!.id]);
    expect(chart.options[1]!.name).toBe('Other (estimate)');
  });
});

describe('the shared scale', () => {
  it('ends on a round step at or above the largest total', () => {
    expect(scaleTicks(100_000)).toEqual([0, 20_000, 40_000, 60_000, 80_000, 100_000]);
    // 130,000 / 5 = 26,000 → 50,000 steps (no 3 × 10^k step): 0 … 150,000.
    expect(scaleTicks(130_000)).toEqual([0, 50_000, 100_000, 150_000]);
    expect(scaleTicks(0)).toEqual([0, 1]);
  });
});
