import { useStore } from 'zustand';
import type { SaveState } from './plan-session';
import { usePlanSession } from './usePlanSession';

/** Saved / saving / failed (with the reason) / conflict, for the open plan. */
export function useSaveState(): SaveState {
  const { status } = usePlanSession();
  return useStore(status, (state) => state.save);
}
