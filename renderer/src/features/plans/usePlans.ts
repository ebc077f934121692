import type { PlanSummary, StoreProblem } from '@shared/contract';
import { call } from '../../api/planner';
import { useLoadOnPlansChanged, type LoadState } from '../../api/useLoadOnPlansChanged';

export type PlansState = LoadState<{ plans: PlanSummary[]; problems: StoreProblem[] }>;

const listPlans = () => call('plans:list', {});

/**
 * The plans list. Reloads when any plan changes (here or in another window);
 * a reload keeps the current list on screen until the new one arrives, and
 * only the latest answer is shown.
 */
export function usePlans(): { state: PlansState; reload: () => void } {
  return useLoadOnPlansChanged(listPlans);
}
