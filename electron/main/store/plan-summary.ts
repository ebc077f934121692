import type { PlanSummary } from '@shared/contract';

/** Newest `updatedAt` first (compared as instants: offsets may differ), then by name. */
export function byNewestFirst(a: PlanSummary, b: PlanSummary): number {
  return Date.parse(b.updatedAt) - Date.parse(a.updatedAt) || a.name.localeCompare(b.name) || a.id.localeCompare(b.id);
}
