import { screen, waitFor } from '@testing-library/react';
import { expect } from 'vitest';
import type { Plan } from '@shared/plan';
import { createTestPlanner } from '../test-planner';
import { renderApp } from '../render-app';

/**
 * Autosave waits ~700 ms after the last edit; allow for that plus the save,
 * and (tests also use it for the first query) a lazy section's first load on a busy machine.
 */
export const SAVE = { timeout: 10_000 };

/** Opens the sample plan on one overview tab; `saved()` is the plan as last written by autosave. */
export async function openSampleOn(tab: 'offers' | 'roles' | 'criteria') {
  const planner = await createTestPlanner();
  const plan = await planner.seed('sample');
  await renderApp(`/plans/${plan.id}/overview?tab=${tab}`, planner);
  const saved = (): Plan => planner.read(plan.id);
  const saveCount = () => planner.calls.filter((c) => c.channel === 'plans:save').length;
  return { planner, plan, saved, saveCount };
}

/** Waits until the app says everything is saved. */
export async function settled(): Promise<void> {
  await waitFor(() => expect(screen.getByTestId('save-state')).toHaveTextContent(/^Saved$/), SAVE);
}
