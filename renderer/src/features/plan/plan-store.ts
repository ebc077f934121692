/**
 * The in-memory plan of one open plan, with undo and redo (zundo's temporal
 * middleware over a vanilla zustand store). Only `plan` is in the history;
 * save state lives elsewhere so saving never creates an undo step.
 */
import { temporal, type TemporalState } from 'zundo';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Plan } from '@shared/plan';

export interface PlanState {
  plan: Plan;
}

export type PlanHistory = StoreApi<TemporalState<PlanState>>;
export type PlanStoreApi = StoreApi<PlanState> & { temporal: PlanHistory };

/** Changes a plan without mutating it: return a new plan (or the same one for "no change"). */
export type PlanRecipe = (plan: Plan) => Plan;

/** Edits of one field closer together than this are one undo step (typing a word). */
export const COALESCE_MS = 1_000;
const HISTORY_LIMIT = 200;

export interface PlanStore {
  store: PlanStoreApi;
  /**
   * Applies an edit. Edits with the same `coalesceKey` (e.g. `name`, or
   * `role:<id>:company`) within COALESCE_MS merge into one undo step.
   */
  edit(recipe: PlanRecipe, coalesceKey?: string): void;
  undo(): void;
  redo(): void;
  /**
   * Puts a plan loaded from disk in place of the current one. `keepHistory`
   * records it as an undoable step (the user chose it and may change their
   * mind); otherwise the history starts afresh from it.
   */
  replace(plan: Plan, keepHistory: boolean): void;
}

export function createPlanStore(initial: Plan): PlanStore {
  const store = createStore<PlanState>()(
    temporal(() => ({ plan: initial }), {
      limit: HISTORY_LIMIT,
      partialize: (state) => ({ plan: state.plan }),
      equality: (a, b) => a.plan === b.plan,
    }),
  ) as PlanStoreApi;
  const history = () => store.temporal.getState();
  let last: { key: string | undefined; at: number } = { key: undefined, at: 0 };
  const forgetLastEdit = () => {
    last = { key: undefined, at: 0 };
  };

  return {
    store,
    edit(recipe, coalesceKey) {
      const current = store.getState().plan;
      const next = recipe(current);
      if (next === current) return;
      const now = Date.now();
      const merge = coalesceKey !== undefined && coalesceKey === last.key && now - last.at < COALESCE_MS;
      last = { key: coalesceKey, at: now };
      if (!merge) {
        store.setState({ plan: next });
        return;
      }
      // The history already holds the state before this burst of typing;
      // pausing keeps the burst one step.
      history().pause();
      store.setState({ plan: next });
      history().resume();
    },
    undo() {
      forgetLastEdit();
      history().undo();
    },
    redo() {
      forgetLastEdit();
      history().redo();
    },
    replace(plan, keepHistory) {
      forgetLastEdit();
      store.setState({ plan });
      if (!keepHistory) history().clear();
    },
  };
}
