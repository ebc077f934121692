/**
 * Edits of a plan's script list, for `session.edit`. Each returns the same
 * plan object when nothing changes (so no empty undo step is recorded), and
 * keeps the plan valid: deleting a script also clears it from every dream
 * role that used it (a role never points at a missing script).
 */
import { LIMITS } from '../limits';
import type { Plan, Script } from '../plan';

export class ScriptListFull extends Error {
  constructor() {
    super(`This plan already holds ${LIMITS.scripts} scripts, the most a plan can keep. Delete one you no longer need first.`);
  }
}

export function addScript(plan: Plan, script: Script): Plan {
  if (plan.scripts.length >= LIMITS.scripts) throw new ScriptListFull();
  return { ...plan, scripts: [...plan.scripts, script] };
}

/** Replaces one script through `change` (same object back: no change). */
export function updateScript(plan: Plan, scriptId: string, change: (script: Script) => Script): Plan {
  const index = plan.scripts.findIndex((s) => s.id === scriptId);
  if (index < 0) return plan;
  const next = change(plan.scripts[index]!);
  if (next === plan.scripts[index]) return plan;
  return { ...plan, scripts: plan.scripts.map((s, i) => (i === index ? next : s)) };
}

export function deleteScript(plan: Plan, scriptId: string): Plan {
  if (!plan.scripts.some((s) => s.id === scriptId)) return plan;
  return {
    ...plan,
    scripts: plan.scripts.filter((s) => s.id !== scriptId),
    dreamRoles: plan.dreamRoles.map((r) => (r.scriptId === scriptId ? { ...r, scriptId: null } : r)),
  };
}

/** Which script a dream role uses (null: none). */
export function assignScriptToRole(plan: Plan, roleId: string, scriptId: string | null): Plan {
  const role = plan.dreamRoles.find((r) => r.id === roleId);
  if (!role || role.scriptId === scriptId) return plan;
  if (scriptId !== null && !plan.scripts.some((s) => s.id === scriptId)) return plan;
  return { ...plan, dreamRoles: plan.dreamRoles.map((r) => (r.id === roleId ? { ...r, scriptId } : r)) };
}
