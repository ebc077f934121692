import { screen, waitFor } from '@testing-library/react';
import { expect } from 'vitest';
import type { Plan } from '@shared/plan';
import { FakePlanner } from '../fake-planner';
import { renderApp } from '../render-app';

/** Autosave waits ~700 ms after the last edit; allow for that plus the save. */
export const SAVE = { timeout: 4_000 };

/** Opens the sample plan on one overview tab; `saved()` is the plan as last written by autosave. */
export function openSampleOn(tab: 'offers' | 'roles' | 'criteria') {
  const planner = new FakePlanner();
  const plan = planner.seed('sample');
  renderApp(`/plans/${plan.id}/overview?tab=${tab}`, planner);
  const saved = (): Plan => {
    const current = planner.plans.get(plan.id);
    if (!current) throw new Error('The plan is not in the fake planner any more.');
    return current;
  };
  const saveCount = () => planner.calls.filter((c) => c.channel === 'plans:save').length;
  return { planner, plan, saved, saveCount };
}

/** Waits until the app says everything is saved. */
export async function settled(): Promise<void> {
  await waitFor(() => expect(screen.getByTestId('save-state')).toHaveTextContent(/^Saved$/), SAVE);
}
