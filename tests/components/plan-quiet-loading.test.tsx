import { act, screen } from '@testing-library/react';
import { Profiler, useSyncExternalStore } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { createTestPlanner } from './test-planner';
import { renderApp } from './render-app';

// The quiet-loading timer, under the test's control: "the while has passed" when the test says so.
const quiet = vi.hoisted(() => {
  const listeners = new Set<() => void>();
  return {
    passed: false,
    listeners,
    pass() {
      this.passed = true;
      listeners.forEach((l) => l());
    },
  };
});
vi.mock('../../renderer/src/lib/useElapsed', () => ({
  useElapsed: () =>
    useSyncExternalStore(
      (l) => (quiet.listeners.add(l), () => quiet.listeners.delete(l)),
      () => quiet.passed,
    ),
}));

describe('an open plan and the quiet-loading timer', () => {
  it('does not render the open plan again when the "Opening the plan…" while passes', async () => {
    const planner = await createTestPlanner();
    const plan = await planner.seed('sample');
    let commits = 0;
    await renderApp(`/plans/${plan.id}/overview`, planner, (app) => (
      <Profiler id="app" onRender={() => (commits += 1)}>
        {app}
      </Profiler>
    ));
    expect(await screen.findByLabelText('Plan name')).toHaveValue(plan.name);
    // Let everything the open started settle, then count from there.
    await act(async () => {});
    const before = commits;
    act(() => quiet.pass());
    expect(commits).toBe(before);
    expect(screen.queryByText('Opening the plan…')).toBeNull();
  });
});
