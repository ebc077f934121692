/**
 * The words for one step of the decision (accept, decline, withdraw, "a dream
 * company came back"), filled for the offer or dream role it is about: the
 * plan's own script of that kind when it has one, else the built-in template.
 */
import type { DreamRole, Offer, Plan, ScriptKind } from '../plan';
import { fillScript, filledText, placeholderContext, type ContextOptions } from './placeholders';
import { TEMPLATES } from './templates';

export function decisionScriptText(
  kind: ScriptKind,
  plan: Plan,
  about: { role?: DreamRole; offer?: Offer },
  now: Date,
  options: ContextOptions = {},
): { name: string; text: string } {
  const own = plan.scripts.find((s) => s.kind === kind);
  const body = own?.body ?? TEMPLATES[kind].body;
  const ctx = placeholderContext(plan, about.role, now, { ...options, ...(about.offer ? { offer: about.offer } : {}) });
  return { name: own?.name ?? TEMPLATES[kind].name, text: filledText(fillScript(body, ctx)) };
}
