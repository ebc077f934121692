import { useStore } from 'zustand';
import { usePlanSession } from './usePlanSession';

/** Whether undo and redo have anything to do, for the open plan. */
export function useHistory(): { canUndo: boolean; canRedo: boolean } {
  const { store } = usePlanSession();
  const canUndo = useStore(store.temporal, (t) => t.pastStates.length > 0);
  const canRedo = useStore(store.temporal, (t) => t.futureStates.length > 0);
  return { canUndo, canRedo };
}
