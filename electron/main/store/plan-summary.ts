import type { PlanSummary } from '@shared/contract';
import { planB, type Plan } from '@shared/plan';

/** The plans-screen line for a plan. */
export function summarize(plan: Plan): PlanSummary {
  const offer = planB(plan);
  return {
    id: plan.id,
    name: plan.name,
    createdAt: plan.createdAt,
    updatedAt: plan.updatedAt,
    revision: plan.revision,
    planBCompany: offer?.company ?? null,
    planBDeadline: offer?.deadline ?? null,
    dreamRoleCount: plan.dreamRoles.length,
  };
}

/** Newest `updatedAt` first (compared as instants: offsets may differ), then by name. */
export function byNewestFirst(a: PlanSummary, b: PlanSummary): number {
  return Date.parse(b.updatedAt) - Date.parse(a.updatedAt) || a.name.localeCompare(b.name) || a.id.localeCompare(b.id);
}
