/**
 * Merging two versions of one plan edited from a common version (the store's
 * save, the window after its save, a sync tool's conflict copy). The fields
 * the store itself sets on every write (`revision`, `updatedAt`) are never
 * conflicts: the written file gets new ones anyway.
 */
import type { z } from 'zod';
import { Plan } from '../plan';
import { mergeThreeWay, setAtPath, valueAtPath, type Json, type MergeConflict, type MergePath } from './three-way';

export type PlanMerge =
  | { ok: true; plan: Plan; conflicts: MergeConflict[] }
  /** Both sides' changes together break a rule of the plan (e.g. two offers each marked Plan B). */
  | { ok: false; reason: string };

const STORE_SET = ['revision', 'updatedAt'] as const;

/**
 * A three-way merge of `mine` and `theirs` over `base` (null: none known); conflicts keep
 * `theirs` in the merged plan. The result is checked with `schema` (the Plan
 * schema by default): a merge that breaks it is reported, never returned.
 */
export function mergePlans(base: Plan | null, mine: Plan, theirs: Plan, schema: z.ZodType<Plan> = Plan): PlanMerge {
  const align = (plan: Plan): Plan => ({ ...plan, revision: theirs.revision, updatedAt: theirs.updatedAt });
  // No common version known (a sync tool's copy with no backup to match): every difference is a conflict, every item either side has is kept.
  const common = base ? (align(base) as unknown as Json) : undefined;
  const { merged, conflicts } = mergeThreeWay<Json | undefined>(common, align(mine) as unknown as Json, theirs as unknown as Json);
  const checked = schema.safeParse(merged);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    return { ok: false, reason: issue ? `${issue.path.join('.')}: ${issue.message}` : 'the merged plan is not valid' };
  }
  return { ok: true, plan: checked.data, conflicts: conflicts.filter((c) => !STORE_SET.includes(c.path[0] as (typeof STORE_SET)[number])) };
}

/** `plan` with the field at `path` set to `value` (a conflict's other side); undefined when that breaks the plan's rules. */
export function choosePlanValue(plan: Plan, path: MergePath, value: Json | undefined, schema: z.ZodType<Plan> = Plan): Plan | undefined {
  const next = schema.safeParse(setAtPath(plan as unknown as Json, path, value));
  return next.success ? next.data : undefined;
}

export function planValueAt(plan: Plan, path: MergePath): Json | undefined {
  return valueAtPath(plan as unknown as Json, path);
}
