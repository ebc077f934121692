import { simpleCompensation } from '@shared/compensation';
import { describe, expect, it } from 'vitest';
import { computeBoard, computeScenarios } from '@shared/board';
import { samplePlan } from '@shared/sample-plan';
import { Plan } from '@shared/plan';
import { bigPlan, criteria, offer, plan, role } from './fixtures';

const created = new Date('2026-11-26T15:00:00Z');
const sample = samplePlan(created);

describe('computeBoard on the sample plan', () => {
  const board = computeBoard(sample, { now: created, locale: 'en-US' });

  it('shows the Plan B card with countdown, totals and liveability', () => {
    expect(board.planB).toMatchObject({ company: 'Northwind Logistics', form: 'written', compensationDisplay: { firstYear: '$197,800', fourYearAverage: '$186,550', years: ['$197,800', '$182,800', '$182,800', '$182,800'], rateNote: null }, liveability: { answer: 'yes', label: 'Yes, I can live with it' } });
    expect(board.deadline).toMatchObject({ state: 'upcoming', urgency: 'soon', calendarDaysLeft: 6, businessDaysLeft: 4, label: 'Soon: 6 days left, 4 business days' });
    expect(board.offerHeld.ok).toBe(true);
    expect(board.safetyNet).toBe(false);
    expect(board.computedAt).toBe('2026-11-26T15:00:00.000Z');
  });

  it('orders the role cards by call order, explained', () => {
    // Harbor (priority 2) decides 11 business days after the deadline: a long shot, so it is called after Tessellate.
    expect(board.roles.map((r) => [r.name, r.callPosition])).toEqual([['Lumen Health', 1], ['Tessellate Studio', 2], ['Harbor Climate', 3]]);
    expect(board.roles[0]).toMatchObject({
      callReason: 'Call first: their decision lands 4 days after your deadline, so ask them to move (priority 1, final round; call by Mon, Nov 30, 2026).',
      callBy: { state: 'upcoming', date: '2026-11-30' },
      fit: { kind: 'needs-acceleration', daysLate: 4, businessDaysLate: 2 }, phone: '+1 415 555 0142',
      compensationDisplay: { firstYear: '$244,000', fourYearAverage: '$229,000' },
      compensationDifference: { firstYear: { amount: 46_200 } }, scoreDifference: { comparison: 'better' },
      readiness: { ready: true }, walkAwayLabel: 'Ask Plan B for an extension', outcomeLabel: null, nextStep: 'Call Priya Shah on +1 415 555 0142.',
    });
    expect(board.roles[2]?.nextStep).toBe('Before calling: No script chosen for this call.');
  });

  it('makes the score tie between Harbor and Tessellate explicit', () => {
    const [, tess, harbor] = board.roles;
    expect(harbor?.score.score).toBe(75);
    expect(tess?.score.score).toBe(75);
    expect(harbor?.rank).toMatchObject({ rank: 2, tiedWith: [tess?.roleId] });
    expect(board.planB?.rank?.rank).toBe(4);
  });

  it('puts each decision date on the timeline', () => {
    expect(board.timeline).toMatchObject({ today: '2026-11-26', deadlineDate: '2026-12-02', deadlineOffset: 6, start: '2026-11-26', end: '2026-12-17', spanDays: 21, undated: [] });
    expect(board.timeline.points.map((p) => [p.name, p.dayOffset, p.afterDeadline])).toEqual([['Tessellate Studio', 4, false], ['Lumen Health', 10, true], ['Harbor Climate', 21, true]]);
  });

  it('builds the comparison table with Plan B first and words in every cell', () => {
    expect(board.table.columns.map((c) => c.kind)).toEqual(['plan-b', 'role', 'role', 'role']);
    for (const row of board.table.rows) {
      expect(row.cells).toHaveLength(4);
      for (const cell of row.cells) expect(cell.text.length).toBeGreaterThan(0);
    }
    const row = (key: string) => board.table.rows.find((r) => r.key === key)?.cells.map((c) => c.text);
    expect(row('first-year')).toEqual(['$197,800', '$244,000', '$165,000', '$177,000']);
    // Years 2–4 lose the sign-on (Plan B 197,800 − 15,000); the average spreads it: (197,800 + 3 × 182,800) / 4.
    for (const y of ['year-2', 'year-3', 'year-4']) expect(row(y)).toEqual(['$182,800', '$224,000', '$155,000', '$177,000']);
    expect(row('four-year-average')).toEqual(['$186,550', '$229,000', '$157,500', '$177,000']);
    // All in USD: no exchange-rate row.
    expect(row('exchange-rate')).toBeUndefined();
    expect(board.compareOnLabel).toBe('first year');
    expect(row('pay-difference')).toEqual(['—', '+$46,200 (+23.4%)', '-$32,800 (-16.6%)', '-$20,800 (-10.5%)']);
    expect(row('fit')?.[1]).toBe('Too late by 4 days: needs the call');
    expect(board.table.rows.filter((r) => r.key.startsWith('criterion:'))).toHaveLength(6);
  });

  it('gives the expected advice', () => {
    expect(board.recommendations.map((r) => r.id)).toEqual(['walk-away-undecided', 'ask-extension', 'needs-acceleration']);
  });
});

describe('computeBoard as the situation changes', () => {
  it('unemployed: safety-net flag and advice', () => {
    const b = computeBoard({ ...sample, situation: { ...sample.situation, employment: 'unemployed' } }, { now: created, locale: 'en-US' });
    expect(b.safetyNet).toBe(true);
    expect(b.recommendations.map((r) => r.id)).toContain('safety-net');
  });

  it('offer removed: no leverage anywhere', () => {
    const b = computeBoard({ ...sample, offers: [] }, { now: created, locale: 'en-US' });
    expect(b.planB).toBeNull();
    expect(b.offerHeld.ok).toBe(false);
    expect(b.deadline.state).toBe('none');
    expect(b.recommendations[0]?.id).toBe('no-offer');
    expect(b.roles.every((r) => !r.readiness.ready && r.fit.kind === 'unknown' && r.scoreDifference.comparison === 'unknown')).toBe(true);
    expect(b.table.columns.every((c) => c.kind === 'role')).toBe(true);
  });

  it('later, close to the deadline: call today; after it: deadline passed', () => {
    const close = computeBoard(sample, { now: new Date('2026-12-01T15:00:00Z'), locale: 'en-US' });
    expect(close.deadline.urgency).toBe('urgent');
    expect(close.recommendations[0]?.id).toBe('call-today');
    const after = computeBoard(sample, { now: new Date('2026-12-03T15:00:00Z'), locale: 'en-US' });
    expect(after.deadline.state).toBe('passed');
    expect(after.recommendations[0]?.id).toBe('deadline-passed');
    expect(after.roles.every((r) => !r.readiness.ready)).toBe(true);
  });

  it('uses the locale for money and falls back on a bad one', () => {
    expect(computeBoard(sample, { now: created, locale: 'de-DE' }).planB?.compensationDisplay.firstYear.replace(/\s/g, ' ')).toBe('197.800 $');
    expect(computeBoard(sample, { now: created, locale: 'bad_locale' }).locale).toBe('en-US');
  });

  it('passes the script check through to readiness', () => {
    const b = computeBoard(sample, { now: created, locale: 'en-US', scriptCheck: () => ({ complete: false, reason: '{{deadline}} is empty.' }) });
    expect(b.roles[0]?.readiness.items.find((i) => i.key === 'script')).toMatchObject({ ok: false, reason: '{{deadline}} is empty.' });
  });

  it('shows "at least" for totals with gaps', () => {
    const p = plan({ offers: [offer({ compensation: simpleCompensation('USD', { base: 100_000, bonus: null, signOn: 0, equityPerYear: 0 }) })] });
    expect(computeBoard(p, { now: created }).planB?.compensationDisplay).toMatchObject({ firstYear: 'at least $100,000', fourYearAverage: 'at least $100,000' });
  });
});

describe('computeBoard never throws on a partial plan', () => {
  const partials: [string, Plan][] = [
    ['blank', plan()],
    ['no Plan B, roles without anything', plan({ dreamRoles: [role({ company: '', role: '', contacts: [] })] })],
    ['Plan B without deadline or zone', plan({ offers: [offer({ deadline: null, deadlineTimeZone: '' })], dreamRoles: [role()] })],
    ['invalid zone and dates', plan({ offers: [offer({ deadlineTimeZone: 'Not/AZone', deadline: 'nope' })], dreamRoles: [role({ timeline: { stated: '', expectedDecisionOn: '2026-13-45', history: [] } })] })],
    ['no criteria, unknown script', plan({ criteria: [], offers: [offer()], dreamRoles: [role({ scriptId: '00000000-0000-4000-8000-999999999999' })] })],
    ['weights all zero', plan({ criteria: criteria([0, 0]), offers: [offer()], dreamRoles: [role()] })],
    ['all roles closed', plan({ offers: [offer()], dreamRoles: [role({ stage: 'closed' })] })],
  ];
  for (const [name, p] of partials) {
    it(name, () => {
      const b = computeBoard(p, { now: created, locale: 'en-US' });
      expect(b.roles).toHaveLength(p.dreamRoles.length);
      expect(b.recommendations.length).toBeGreaterThan(0);
      expect(() => JSON.stringify(b)).not.toThrow();
      expect(computeScenarios(p, { now: created }).status).toMatch(/ok|no-offer|plan-b-lapsed|nothing-to-call/);
    });
  }

  it('a 1,000-role plan, valid against the schema, computes every role', () => {
    const big = bigPlan(1000, created);
    expect(Plan.safeParse(big).success).toBe(true);
    const b = computeBoard(big, { now: created, locale: 'en-US' });
    expect(b.roles).toHaveLength(1000);
    expect(new Set(b.roles.map((r) => r.roleId)).size).toBe(1000);
    expect(b.callOrder.entries.length + b.callOrder.excluded.length).toBe(1000);
    expect(b.callOrder.entries.map((e) => e.position)).toEqual(b.callOrder.entries.map((_, i) => i + 1));
    expect(b.table.rows.every((r) => r.cells.length === 1001)).toBe(true);
    const s = computeScenarios(big, { now: created, callOrder: b.callOrder });
    expect(s.scenarios).toHaveLength(729);
    expect(s.leftOut.length).toBe(b.callOrder.entries.length - 6);
  });
});
