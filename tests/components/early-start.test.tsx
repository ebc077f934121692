import { describe, expect, it, vi } from 'vitest';
import { callOrTakeEarly, takeEarlyAnswer } from '../../renderer/src/api/early-calls';
import { PlannerError } from '../../renderer/src/api/planner';
import { startEarlyWork } from '../../renderer/src/app/early-start';
import { acquirePlanSession, releasePlanSession, sessionAtHand } from '../../renderer/src/features/plan/session-registry';
import { createTestPlanner, type TestPlanner } from './test-planner';

describe('early start: the calls an address needs begin before the first render', () => {
  let planner: TestPlanner;

  it('opened on a plan, starts the settings and that plan, and hands each to the first taker only', async () => {
    planner = (await createTestPlanner()).install();
    const plan = await planner.seed('sample');
    startEarlyWork(`#/plans/${plan.id}/board`);
    expect(planner.calls.map((c) => c.channel)).toEqual(['settings:get', 'plans:get']);

    const taken = await callOrTakeEarly('plans:get', { id: plan.id });
    expect(taken.id).toBe(plan.id);
    expect(planner.calls).toHaveLength(2); // the started call, not a new one

    await callOrTakeEarly('plans:get', { id: plan.id });
    expect(planner.calls).toHaveLength(3); // taken once: a later ask is fresh
    await callOrTakeEarly('settings:get', {});
    expect(planner.calls).toHaveLength(3);
  });

  it('a failed early call (a plan that is not there) reaches whoever takes it, in the contract’s words', async () => {
    planner = (await createTestPlanner()).install();
    startEarlyWork('#/plans/2b1c8f5e-9d3a-4c6b-8e7f-1a2b3c4d5e6f/overview');
    const error = await callOrTakeEarly('plans:get', { id: '2b1c8f5e-9d3a-4c6b-8e7f-1a2b3c4d5e6f' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PlannerError);
    expect((error as PlannerError).code).toBe('not-found');
  });

  it('a malformed address or the plans screen starts only the settings', async () => {
    planner = (await createTestPlanner()).install();
    expect(() => startEarlyWork('#/plans/%E0%A4%A/board')).not.toThrow();
    startEarlyWork('#/');
    expect(planner.calls.map((c) => c.channel)).toEqual(['settings:get', 'settings:get']);
  });

  it('without a bridge, starts nothing and throws nothing (the app shows its own page)', async () => {
    planner = await createTestPlanner();
    expect(() => startEarlyWork('#/plans/abc/board')).not.toThrow();
    expect(planner.calls).toHaveLength(0);
  });

  it('an answered early plan call is at hand at once, taken once; a call still travelling is not', async () => {
    planner = (await createTestPlanner()).install();
    const plan = await planner.seed('sample');
    startEarlyWork(`#/plans/${plan.id}/board`);
    expect(takeEarlyAnswer('plans:get', { id: plan.id })).toBeUndefined(); // not back yet
    const session = await vi.waitFor(() => {
      const s = sessionAtHand(plan.id);
      if (!s) throw new Error('not at hand yet');
      return s;
    });
    expect(session.planId).toBe(plan.id);
    // The screen's own acquire finds the same session and makes no new call.
    const calls = planner.calls.length;
    const acquired = await acquirePlanSession(plan.id);
    expect(acquired).toBe(session);
    expect(planner.calls).toHaveLength(calls);
    releasePlanSession(acquired);
    expect(sessionAtHand(plan.id)).toBeUndefined(); // released and clean: closed, and the early answer was taken
  });
});
