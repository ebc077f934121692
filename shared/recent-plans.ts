/**
 * The recent plans list (settings.recentPlanIds): most recent first, no
 * repeats, bounded. Pure, so the menu, the plans screen and the tests agree.
 */

/** As many as the settings schema allows. */
export const RECENT_PLANS_LIMIT = 20;

/** `ids` with `planId` moved (or added) to the front, at most `limit` long. */
export function addRecentPlan(ids: readonly string[], planId: string, limit: number = RECENT_PLANS_LIMIT): string[] {
  return [planId, ...ids.filter((id) => id !== planId)].slice(0, Math.max(1, limit));
}

/**
 * The recent plans that still exist, in recent order, joined with what is
 * known of them (a plan deleted or moved away simply drops out of the list).
 */
export function recentPlansThatExist<P extends { id: string }>(ids: readonly string[], plans: readonly P[]): P[] {
  const byId = new Map(plans.map((plan) => [plan.id, plan]));
  return ids.flatMap((id) => {
    const plan = byId.get(id);
    return plan ? [plan] : [];
  });
}
