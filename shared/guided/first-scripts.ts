/**
 * The guided start's last step gives every open dream role without a script
 * the built-in script that fits: the leverage call while an offer is held,
 * else the check-in (the honesty rule: never a script that claims an offer
 * the user does not hold). A script of that kind already in the plan is
 * reused, so running the guided start twice adds nothing twice.
 */
import { LIMITS } from '../limits';
import { heldOffer } from '../offers/held-offer';
import type { Plan } from '../plan';
import { addScript, assignScriptToRole } from '../scripts/plan-scripts';
import { newScriptFromTemplate } from '../scripts/templates';

export function withFirstScripts(plan: Plan, now: Date): Plan {
  const needing = plan.dreamRoles.filter((r) => r.stage !== 'closed' && r.scriptId === null);
  if (needing.length === 0) return plan;
  const kind = heldOffer(plan, now).held ? 'leverage-call' : 'check-in';
  let next = plan;
  let script = plan.scripts.find((s) => s.kind === kind);
  if (!script) {
    if (plan.scripts.length >= LIMITS.scripts) return plan;
    script = newScriptFromTemplate(kind, now);
    next = addScript(next, script);
  }
  for (const role of needing) next = assignScriptToRole(next, role.id, script.id);
  return next;
}
