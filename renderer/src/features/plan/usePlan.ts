import { useStore } from 'zustand';
import type { Plan } from '@shared/plan';
import { usePlanSession } from './usePlanSession';

/**
 * A slice of the open plan, re-rendering only when that slice changes
 * (compare by reference: return parts of the plan, not new objects).
 */
export function usePlan<T>(selector: (plan: Plan) => T): T {
  const { store } = usePlanSession();
  return useStore(store, (state) => selector(state.plan));
}
