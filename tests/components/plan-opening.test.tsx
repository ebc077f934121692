import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createTestPlanner } from './test-planner';
import { renderApp } from './render-app';

describe('opening a plan', () => {
  it('draws nothing for a quick open, says "Opening the plan…" once it takes a while, then shows the section', async () => {
    const planner = await createTestPlanner();
    const plan = await planner.seed('sample');
    // Hold plans:get until released, as a slow disk would.
    const release = planner.holdNext('plans:get');
    await renderApp(`/plans/${plan.id}/overview`, planner);

    expect(screen.queryByText('Opening the plan…')).toBeNull();
    expect(await screen.findByText('Opening the plan…', undefined, { timeout: 2_000 })).toBeInTheDocument();
    release();
    expect(await screen.findByLabelText('Plan name')).toHaveValue(plan.name);
    expect(screen.queryByText('Opening the plan…')).toBeNull();
  });
});
