/** The dates of every plan in the store, for the Today list and the reminders. Reads peek: they never move a window's save base. */
import { planDates, type PlanDate } from '@shared/calendar';
import type { PlanStore } from '../store/plan-store';

/**
 * Plan dates across all readable plans as of `now`. A plan that fails to load
 * (set aside, deleted meanwhile) is left out: the plans screen reports it.
 */
export async function agendaDates(plans: Pick<PlanStore, 'list' | 'peek'>, now: Date): Promise<PlanDate[]> {
  const { plans: summaries } = await plans.list();
  const loaded = await Promise.all(summaries.map((s) => plans.peek(s.id).catch(() => null)));
  return loaded.flatMap((plan) => (plan ? planDates(plan, now) : []));
}
