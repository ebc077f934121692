/**
 * Leverage readiness per dream role: five checks, each with a reason, that
 * must all pass before the call. The first is the hard rule of the product:
 * leverage needs a real offer, and the user never claims one they do not hold.
 */
import { planB, type Contact, type DreamRole, type Plan, type Script } from '../plan';
import { acceptedOffer } from '../offers/decision';
import { heldOffer } from '../offers/held-offer';
import { honestyCheck } from '../scripts/honesty';

export type ReadinessKey = 'offer-held' | 'phone' | 'script' | 'walk-away' | 'plan-b-liveable';

export interface ReadinessItem {
  key: ReadinessKey;
  /** What is checked, e.g. "A real offer held". */
  label: string;
  ok: boolean;
  /**
   * False when the check does not apply: with no offer held, the call is a
   * check-in, so there is no Plan B to walk away to or to judge.
   */
  applies: boolean;
  /** Why it passes or what to do, in words. */
  reason: string;
}

export interface Readiness {
  roleId: string;
  /** True when every item is ok. */
  ready: boolean;
  /** Always the five items, in the order of `READINESS_LABELS`. */
  items: ReadinessItem[];
}

/**
 * Decides whether a role's script is complete. The scripts feature supplies a
 * real one (placeholders filled); the default only checks there is a body.
 */
export type ScriptCheck = (script: Script, role: DreamRole, plan: Plan) => { complete: boolean; reason: string };

export const READINESS_LABELS: Record<ReadinessKey, string> = {
  'offer-held': 'A real offer held',
  phone: 'A phone number to call',
  script: 'A complete script',
  'walk-away': 'Walk-away answer chosen',
  'plan-b-liveable': 'Plan B is liveable',
};

/** The default script check: the script has a non-empty body. */
export const defaultScriptCheck: ScriptCheck = (script) =>
  (script.body ?? '').trim()
    ? { complete: true, reason: `"${script.name}" is ready.` }
    : { complete: false, reason: `"${script.name}" is empty: write what you will say.` };

/**
 * Whether the user holds a real offer they may mention: the one honesty rule
 * (`heldOffer`), in the board's `{ ok, reason }` shape. Never throws.
 */
export function offerHeld(plan: Pick<Plan, 'offers'>, now: Date): { ok: boolean; reason: string } {
  const hold = heldOffer(plan, now);
  return { ok: hold.held, reason: hold.reason };
}

/** Who to call: the contact marked "who to call", else the first contact; with their phone if any. */
export function callTarget(role: Pick<DreamRole, 'contacts'>): { contact: Contact | null; phone: string | null; reason: string } {
  const contacts = role.contacts ?? [];
  const contact = contacts.find((c) => c.isWhoToCall) ?? contacts[0] ?? null;
  if (!contact) return { contact: null, phone: null, reason: 'No contact recorded: add the person to call.' };
  const name = contact.name.trim() || 'Your contact';
  const phone = contact.phone.trim();
  if (!phone) return { contact, phone: null, reason: `${name} has no phone number: this is a call, not an email, so add one.` };
  return { contact, phone, reason: `Call ${name} on ${phone}.` };
}

function scriptItem(role: DreamRole, plan: Plan, now: Date, check: ScriptCheck): { ok: boolean; reason: string } {
  if (!role.scriptId) return { ok: false, reason: 'No script chosen for this call.' };
  const script = (plan.scripts ?? []).find((s) => s.id === role.scriptId);
  if (!script) return { ok: false, reason: 'The chosen script is no longer in the plan: choose another.' };
  // The one honesty verdict the scripts, preview and call sheet also give: never claim what the record does not hold.
  const honesty = honestyCheck(script, plan, now);
  if (!honesty.allowed) return { ok: false, reason: honesty.reason };
  try {
    const r = check(script, role, plan);
    return { ok: Boolean(r?.complete), reason: r?.reason || (r?.complete ? 'The script is complete.' : 'The script is not complete.') };
  } catch (e) {
    return { ok: false, reason: `The script could not be checked (${e instanceof Error ? e.message : String(e)}).` };
  }
}

function liveableItem(plan: Plan): { ok: boolean; reason: string } {
  const offer = planB({ offers: plan.offers ?? [] });
  if (!offer) return { ok: false, reason: 'There is no Plan B to judge.' };
  const answer = offer.liveability?.answer ?? 'unanswered';
  const deal = (offer.liveability?.dealBreakers ?? '').trim();
  switch (answer) {
    case 'yes': return { ok: true, reason: 'You said you can live with Plan B.' };
    case 'unsure': return { ok: false, reason: `You are unsure you could live with Plan B${deal ? ` (${deal})` : ''}: settle it before calling, because they may tell you to take it.` };
    case 'no': return { ok: false, reason: `You said you could not live with Plan B${deal ? ` (${deal})` : ''}: an offer you would not take is not leverage.` };
    default: return { ok: false, reason: 'Answer first: if no dream role comes through, can you live with Plan B?' };
  }
}

/** Readiness of one dream role. `now` decides whether Plan B's deadline has passed. Never throws. */
export function roleReadiness(role: DreamRole, plan: Plan, now: Date, scriptCheck: ScriptCheck = defaultScriptCheck): Readiness {
  const held = offerHeld(plan, now);
  const target = callTarget(role);
  const checkIn = 'Not needed for a check-in call: you hold no offer to fall back on yet.';
  const walk = !held.ok
    ? { ok: false, reason: checkIn }
    : role.walkAwayAnswer && role.walkAwayAnswer !== 'undecided'
      ? { ok: true, reason: 'You have decided what you will do if they cannot match your timeline.' }
      : { ok: false, reason: 'Decide first: if they cannot match your timeline, will you walk away and accept Plan B?' };
  const parts: [ReadinessKey, { ok: boolean; reason: string }, boolean][] = [
    ['offer-held', held, true],
    ['phone', { ok: target.phone !== null, reason: target.reason }, true],
    ['script', scriptItem(role, plan, now, scriptCheck), true],
    ['walk-away', walk, held.ok],
    ['plan-b-liveable', held.ok ? liveableItem(plan) : { ok: false, reason: checkIn }, held.ok],
  ];
  const items = parts.map(([key, r, applies]) => ({ key, label: READINESS_LABELS[key], ok: r.ok, applies, reason: r.reason }));
  return { roleId: role.id, ready: items.every((i) => i.ok), items };
}

/**
 * Whether a role's card still shows its call readiness. Once an offer is
 * accepted no leverage or check-in call is left to prepare for any role, and a
 * role the user withdrew from or that is closed has no call ahead either: what
 * is left (withdraw, stay in touch) is its next step, not a checklist.
 */
export function needsCallReadiness(role: Pick<DreamRole, 'stage' | 'withdrawnOn'>, plan: Pick<Plan, 'offers'>): boolean {
  if (acceptedOffer(plan)) return false;
  return role.stage !== 'closed' && !role.withdrawnOn;
}
