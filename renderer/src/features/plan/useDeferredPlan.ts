import { startTransition, useEffect, useState } from 'react';
import type { Plan } from '@shared/plan';
import { usePlanSession } from './usePlanSession';

/**
 * The open plan for views derived from all of it (the board, a script's
 * preview): it follows every edit in a transition, never in the render that
 * paints the keystroke, so typing beside such a view costs one field's render
 * and the view catches up in a render the next keystroke may interrupt.
 * Editors read the plan with usePlan, at once.
 */
export function useDeferredPlan(): Plan {
  const { store } = usePlanSession();
  const [plan, setPlan] = useState(() => store.getState().plan);
  useEffect(() => {
    const follow = () => startTransition(() => setPlan(store.getState().plan));
    // An edit between the first render and this effect is not missed.
    follow();
    return store.subscribe(follow);
  }, [store]);
  return plan;
}
