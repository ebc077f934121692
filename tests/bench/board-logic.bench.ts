/**
 * The board's pure logic (not a test): median time of computeBoard for 20,
 * 200 and 1,000 dream roles, and of computeScenarios for 1 to 6 called roles
 * (3^n paths) and on the 1,000-role plan, where it stays bounded to 6.
 */
import { computeBoard, computeScenarios } from '@shared/board';
import type { Plan } from '@shared/plan';
import { bigPlan } from '../unit/board/fixtures';
import { medianMs, type Row } from './lib/stats';

const now = new Date('2026-11-26T15:00:00Z');

/** Open roles only, so every role is in the call order and can be combined. */
function openPlan(n: number): Plan {
  const p = bigPlan(n, now);
  return {
    ...p,
    dreamRoles: p.dreamRoles.map((r, i) => ({
      ...r,
      stage: 'interviewing',
      callLog: [],
      likelihoods: { immediateOffer: 0.3, nonAnswer: 0.4 + i / 100, greenLight: 0.3 },
    })),
  };
}

export async function run(): Promise<Row[]> {
  const rows: Row[] = [];
  for (const n of [20, 200, 1000]) {
    const plan = bigPlan(n, now);
    rows.push({ bench: 'computeBoard', case: `${n} roles`, value: await medianMs(() => computeBoard(plan, { now, locale: 'en-US' }), 25, 3), unit: 'ms' });
  }
  for (let called = 1; called <= 6; called++) {
    const plan = openPlan(called);
    const paths = computeScenarios(plan, { now }).scenarios.length;
    rows.push({ bench: 'scenarios', case: `${called} called, ${paths} paths`, value: await medianMs(() => computeScenarios(plan, { now }), 25, 3), unit: 'ms' });
  }
  const big = bigPlan(1000, now);
  rows.push({ bench: 'scenarios', case: '1,000-role plan (bounded)', value: await medianMs(() => computeScenarios(big, { now }), 25, 3), unit: 'ms' });
  return rows;
}
