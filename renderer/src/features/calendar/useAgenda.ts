import type { PlanDate } from '@shared/calendar';
import { call } from '../../api/planner';
import { useLoadOnPlansChanged, type LoadState } from '../../api/useLoadOnPlansChanged';

export type AgendaState = LoadState<{ dates: PlanDate[] }>;

const loadAgenda = () => call('calendar:agenda', {});

/** Every plan's dates; reloaded when any plan changes (here or in another window). */
export function useAgenda(): AgendaState {
  return useLoadOnPlansChanged(loadAgenda).state;
}
