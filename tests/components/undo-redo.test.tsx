import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { samplePlan } from '@shared/sample-plan';
import { COALESCE_MS, createPlanStore } from '../../renderer/src/features/plan/plan-store';
import { createTestPlanner } from './test-planner';
import { renderApp } from './render-app';

const rename = (name: string) => (plan: ReturnType<typeof samplePlan>) => ({ ...plan, name });

describe('plan store undo and redo', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('undoes and redoes a name edit', () => {
    const plans = createPlanStore(samplePlan(new Date('2026-03-02T09:00:00Z')));
    const original = plans.store.getState().plan.name;
    plans.edit(rename('Lumen or bust'));
    expect(plans.store.getState().plan.name).toBe('Lumen or bust');

    plans.undo();
    expect(plans.store.getState().plan.name).toBe(original);
    plans.redo();
    expect(plans.store.getState().plan.name).toBe('Lumen or bust');
  });

  it('makes one undo step of a burst of typing in one field, and separate steps otherwise', () => {
    vi.useFakeTimers({ now: new Date('2026-03-02T09:00:00Z'), toFake: ['Date'] });
    const plans = createPlanStore(samplePlan(new Date()));
    const original = plans.store.getState().plan.name;
    for (const name of ['L', 'Lu', 'Lum']) plans.edit(rename(name), 'plan.name');
    vi.setSystemTime(Date.now() + COALESCE_MS + 1);
    plans.edit(rename('Lumen'), 'plan.name');
    plans.edit((p) => ({ ...p, situation: { ...p.situation, userName: 'Alex R.' } }), 'situation.userName');

    plans.undo();
    expect(plans.store.getState().plan.situation.userName).toBe('Alex Rivera');
    expect(plans.store.getState().plan.name).toBe('Lumen');
    plans.undo();
    expect(plans.store.getState().plan.name).toBe('Lum');
    plans.undo();
    expect(plans.store.getState().plan.name).toBe(original);
    expect(plans.store.temporal.getState().pastStates).toHaveLength(0);
  });

  it('ignores an edit that changes nothing', () => {
    const plans = createPlanStore(samplePlan(new Date()));
    plans.edit((p) => p);
    expect(plans.store.temporal.getState().pastStates).toHaveLength(0);
  });
});

describe('undo and redo on the plan screen', () => {
  async function openSample() {
    const planner = await createTestPlanner();
    const plan = await planner.seed('sample');
    await renderApp(`/plans/${plan.id}/overview`, planner);
    return { planner, plan };
  }

  it('Undo and Redo buttons revert and restore an edit, and autosave follows', async () => {
    const user = userEvent.setup();
    const { planner, plan } = await openSample();
    const field = await screen.findByLabelText('Your name (used in scripts)');
    expect(screen.getByRole('button', { name: 'Undo' })).toBeDisabled();
    await user.type(field, ' Jr.');

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(field).toHaveValue('Alex Rivera');
    expect(screen.getByRole('button', { name: 'Undo' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Redo' }));
    expect(field).toHaveValue('Alex Rivera Jr.');
    await waitFor(() => expect(planner.read(plan.id).situation.userName).toBe('Alex Rivera Jr.'), { timeout: 3_000 });
  });

  it('Ctrl+Z and Ctrl+Y work outside text fields but leave a focused text field alone', async () => {
    const user = userEvent.setup();
    await openSample();
    const field = await screen.findByLabelText('Your name (used in scripts)');
    await user.type(field, '!');

    fireEvent.keyDown(field, { key: 'z', ctrlKey: true });
    expect(field).toHaveValue('Alex Rivera!');

    fireEvent.keyDown(document.body, { key: 'z', ctrlKey: true });
    expect(field).toHaveValue('Alex Rivera');
    fireEvent.keyDown(document.body, { key: 'y', ctrlKey: true });
    expect(field).toHaveValue('Alex Rivera!');
    fireEvent.keyDown(document.body, { key: 'z', metaKey: true });
    expect(field).toHaveValue('Alex Rivera');
    fireEvent.keyDown(document.body, { key: 'Z', metaKey: true, shiftKey: true });
    expect(field).toHaveValue('Alex Rivera!');
  });
});
