import type { PlanSummary } from './contract';
import { currentDeadline } from './offers/current-deadline';
import { planB, type Plan } from './plan';
import { dueFollowUps } from './scripts/follow-ups';

/**
 * The plans-screen line for a plan: what the list shows without loading the
 * plan, including follow-ups due (today or overdue) as of `now`.
 */
export function summarizePlan(plan: Plan, now: Date): PlanSummary {
  const offer = planB(plan);
  return {
    id: plan.id,
    name: plan.name,
    createdAt: plan.createdAt,
    updatedAt: plan.updatedAt,
    revision: plan.revision,
    planBCompany: offer?.company ?? null,
    planBDeadline: offer ? currentDeadline(offer) : null,
    dreamRoleCount: plan.dreamRoles.length,
    followUpsDue: dueFollowUps(plan, now).map(({ roleId, company, followUpOn, daysOverdue }) => ({ roleId, company, followUpOn, daysOverdue })),
  };
}
