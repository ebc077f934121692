/**
 * The scripts feature's completeness check, adapted to the board and cached.
 * Filling a script builds date formatters, which costs milliseconds per role:
 * with 1,000 roles recomputing the board every minute would stutter. Plan
 * edits are immutable, so a result stays valid while the script, the role,
 * the situation (the user's name) and the offers (Plan B's fields) are the
 * same objects, the day has not changed and Plan B's deadline has not passed
 * in between (a lapsed deadline empties `{{deadline}}`).
 */
import type { ScriptCheck } from '@shared/board';
import { planB, type DreamRole, type Script } from '@shared/plan';
import { currentDeadline } from '@shared/offers/current-deadline';
import { scriptCheck } from '@shared/scripts/script-check';

interface Entry {
  situation: object;
  offers: object;
  day: string;
  alive: boolean;
  result: { complete: boolean; reason: string };
}

const cache = new WeakMap<Script, WeakMap<DreamRole, Entry>>();

/** A board `ScriptCheck` for `now`, reusing earlier results where the inputs are unchanged. */
export function boardScriptCheck(now: Date): ScriptCheck {
  const day = now.toISOString().slice(0, 10);
  return (script, role, plan) => {
    const offer = planB(plan);
    const deadline = offer ? currentDeadline(offer) : null;
    const alive = Boolean(deadline && Date.parse(deadline) > now.getTime());
    let byRole = cache.get(script);
    if (!byRole) {
      byRole = new WeakMap();
      cache.set(script, byRole);
    }
    const hit = byRole.get(role);
    if (hit && hit.situation === plan.situation && hit.offers === plan.offers && hit.day === day && hit.alive === alive) return hit.result;
    const result = scriptCheck(script, role, plan, now);
    byRole.set(role, { situation: plan.situation, offers: plan.offers, day, alive, result });
    return result;
  };
}
