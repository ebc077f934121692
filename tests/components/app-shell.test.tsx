import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../../renderer/src/app/App';
import { createTestPlanner } from './test-planner';
import { renderApp } from './render-app';

describe('app shell', () => {
  it('navigates between the sections of an open plan and back to all plans', async () => {
    const user = userEvent.setup();
    const planner = await createTestPlanner();
    const plan = await planner.seed('sample');
    await renderApp(`/plans/${plan.id}/overview`, planner);

    const nav = await screen.findByRole('navigation', { name: 'Plan' });
    await user.click(within(nav).getByRole('link', { name: 'Board' }));
    const board = await screen.findByTestId('section-board', {}, { timeout: 10_000 });
    expect(within(board).getByRole('heading', { level: 1, name: 'Board' })).toBeInTheDocument();
    expect(within(nav).getByRole('link', { name: 'Board' })).toHaveAttribute('aria-current', 'page');
    for (const [label, id] of [
      ['Scenarios', 'section-scenarios'],
      ['Scripts', 'section-scripts'],
      ['Call sheets', 'section-callsheets'],
      ['Overview', 'section-overview'],
    ] as const) {
      await user.click(within(nav).getByRole('link', { name: label }));
      expect(await screen.findByTestId(id)).toBeInTheDocument();
    }
    await user.click(within(nav).getByRole('link', { name: 'All plans' }));
    expect(await screen.findByTestId('plans-list')).toBeInTheDocument();
  });

  it('opens an unknown section on the overview', async () => {
    const planner = await createTestPlanner();
    const plan = await planner.seed('blank', 'Plain');
    await renderApp(`/plans/${plan.id}/nowhere`, planner);
    expect(await screen.findByTestId('section-overview')).toBeInTheDocument();
    expect(window.location.hash).toBe(`#/plans/${plan.id}/overview`);
  });

  it('says so in plain words when a plan cannot be opened', async () => {
    await renderApp('/plans/7d1f9d4e-5d3b-4a53-9a55-2b1f2a1c9e10/overview');
    expect(await screen.findByText('This plan is not here any more')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });

  it('starts from the saved theme and remembers a toggle', async () => {
    const user = userEvent.setup();
    const planner = await createTestPlanner();
    await planner.call('settings:set', { theme: 'dark' });
    await renderApp('/', planner);

    const toggle = await screen.findByRole('button', { name: 'Toggle light and dark theme' });
    expect(document.documentElement).toHaveAttribute('data-mantine-color-scheme', 'dark');
    await user.click(toggle);
    expect(document.documentElement).toHaveAttribute('data-mantine-color-scheme', 'light');
    await waitFor(async () => expect((await planner.call('settings:get', {})).theme).toBe('light'));
  });

  it('explains where it must run when there is no bridge', () => {
    delete (window as { planner?: unknown }).planner;
    render(<App env="test" />);
    expect(screen.getByText('This page must run inside Bird in Hand or its web harness.')).toBeInTheDocument();
  });
});
