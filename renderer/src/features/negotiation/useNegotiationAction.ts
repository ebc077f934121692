import type { ActionResult } from '@shared/offers/offer-actions';
import type { Plan } from '@shared/plan';
import { usePlanSession } from '../plan/usePlanSession';

/**
 * Runs one negotiation action as one plan edit (one undo step, autosaved).
 * A refused action changes nothing and returns its message, so the form that
 * asked keeps what was typed and shows why.
 */
export function useNegotiationAction(): (action: (plan: Plan) => ActionResult) => string | null {
  const session = usePlanSession();
  return (action) => {
    const result = action(session.store.getState().plan);
    if (!result.ok) return result.message;
    session.edit(() => result.plan);
    return null;
  };
}
