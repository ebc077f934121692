import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FakePlanner } from './fake-planner';
import { renderApp } from './render-app';

describe('opening a plan', () => {
  it('draws nothing for a quick open, says "Opening the plan…" once it takes a while, then shows the section', async () => {
    const planner = new FakePlanner();
    const plan = planner.seed('sample');
    // Hold plans:get until released, as a slow disk would.
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    const invoke = planner.bridge.invoke;
    planner.bridge.invoke = async (channel, input) => {
      if (channel === 'plans:get') await held;
      return invoke(channel, input);
    };
    renderApp(`/plans/${plan.id}/overview`, planner);

    expect(screen.queryByText('Opening the plan…')).toBeNull();
    expect(await screen.findByText('Opening the plan…', undefined, { timeout: 2_000 })).toBeInTheDocument();
    release();
    expect(await screen.findByLabelText('Plan name')).toHaveValue(plan.name);
    expect(screen.queryByText('Opening the plan…')).toBeNull();
  });
});
