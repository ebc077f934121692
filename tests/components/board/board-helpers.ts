import { screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, expect, vi } from 'vitest';
import type { Plan } from '@shared/plan';
import { createTestPlanner } from '../test-planner';
import { renderApp } from '../render-app';

/**
 * The board's "now": 10:00 in New York on the day the test planner's store creates
 * the sample, whose Plan B deadline is 17:00 New York six days later.
 */
export const NOW = new Date('2026-03-02T15:00:00Z');

/** Fixes `Date` (only: timers stay real, so autosave and user-event work) for each test. */
export function fixBoardClock(): void {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(NOW);
  });
  afterEach(() => {
    vi.useRealTimers();
  });
}

/** Opens the sample plan, changed by `recipe` as if saved earlier, on the board or scenarios screen. */
export async function openSample(section: 'board' | 'scenarios' = 'board', recipe: (plan: Plan) => Plan = (p) => p) {
  const planner = await createTestPlanner();
  const plan = await planner.seedWith('sample', recipe);
  await renderApp(`/plans/${plan.id}/${section}`, planner);
  // The screens are lazy chunks: the first import can take a moment under vitest.
  const root = await screen.findByTestId(`section-${section}`, {}, { timeout: 10_000 });
  // Role cards render progressively (first row, then the rest a frame later).
  if (section === 'board') await waitFor(() => expect(screen.queryAllByTestId('role-card')).toHaveLength(Math.min(plan.dreamRoles.length, 12)));
  const saved = (): Plan => planner.read(plan.id);
  return { planner, plan, root, saved };
}

/** Waits until the app says everything is saved. */
export async function settled(): Promise<void> {
  await waitFor(() => expect(screen.getByTestId('save-state')).toHaveTextContent(/^Saved$/), { timeout: 4_000 });
}
