/**
 * Which parts of the call a script's text contains: enthusiasm for this role
 * and company, the other offer, a clear preference, the decision deadline,
 * and the direct ask whether they can move forward.
 *
 * Heuristics, not understanding. Known limits:
 * - English keywords only; another language finds nothing (every part shows
 *   as missing, which is a prompt to check, not an error).
 * - The other offer is found by the claim detector (offer-claims.ts), the
 *   same one the honesty guard uses: a denial, a question or an "if…" about
 *   an offer does not count.
 * - Negation is not understood elsewhere: "I am not excited" counts as enthusiasm.
 * - A part counts if its words appear anywhere; order and tone are not judged.
 * - The direct ask needs a question mark in the same sentence as a verb of
 *   moving forward (move, speed up, decide, offer, timeline…).
 * - `{{deadline}}` / `{{days_left}}` / `{{time_left}}` count as stating the
 *   deadline, and `{{plan_b_company}}` as mentioning the other offer.
 */
import { offerClaims } from './offer-claims';
import type { ScriptKind } from './templates';

export const CALL_PARTS = ['enthusiasm', 'other-offer', 'preference', 'deadline', 'direct-ask'] as const;
export type CallPart = (typeof CALL_PARTS)[number];

export const CALL_PART_LABELS: Record<CallPart, { label: string; hint: string }> = {
  enthusiasm: { label: 'Enthusiasm', hint: 'Say you are genuinely keen on this role and this company.' },
  'other-offer': { label: 'The other offer', hint: 'Say plainly that you have received another offer.' },
  preference: { label: 'Your preference', hint: 'Say you would rather join them (first choice, prefer).' },
  deadline: { label: 'The deadline', hint: 'Say when you must answer the other offer ({{deadline}}).' },
  'direct-ask': { label: 'The direct ask', hint: 'Ask, as a question, whether they can move forward before then.' },
};

// Each pattern runs on the lower-cased text; `[^.?!\n]` keeps matches inside one sentence.
// The other offer is not here: the claim detector decides it (partFound).
const PATTERNS: Record<Exclude<CallPart, 'other-offer'>, RegExp> = {
  enthusiasm:
    /\b(excit\w*|enthusias\w*|keen|love[ds]?|enjoy\w*|thrilled|passionate|eager|genuinely|inspir\w*|delighted|impressed)\b/,
  preference:
    /\b(first choice|top choice|prefer\w*|rather|number one|first pick|most excited|most interested|would love to join|choose you)\b/,
  deadline:
    /\bdeadline\b|\{\{\s*(deadline|days_left|time_left)\s*\}\}|\b(answer|respond|decide|decision|reply|commit)\b[^.?!\n]{0,40}\b(by|before|until|within)\b/,
  'direct-ask':
    /\b(could|can|would|will|is there|are you able|might)\b[^.?!\n]{0,100}\b(move|moving|speed|accelerat\w*|expedit\w*|decid\w*|decision|offer|timeline|forward|faster|sooner|earlier|extend\w*|extension|more time)\b[^.!\n]{0,100}\?/,
};

/** Which parts each kind of script is expected to hold (a check-in must not mention an offer). */
export const EXPECTED_PARTS: Record<ScriptKind, readonly CallPart[]> = {
  'leverage-call': CALL_PARTS,
  custom: CALL_PARTS,
  'check-in': ['enthusiasm', 'preference', 'direct-ask'],
  'follow-up-non-answer': ['enthusiasm', 'deadline', 'direct-ask'],
  'ask-plan-b-for-time': ['enthusiasm', 'deadline', 'direct-ask'],
  'accept-plan-b': ['enthusiasm'],
  'accept-offer': ['enthusiasm'],
  'decline-offer': [],
  withdraw: ['enthusiasm'],
  'started-at-plan-b': ['enthusiasm'],
};

export interface PartCheck {
  part: CallPart;
  label: string;
  hint: string;
  found: boolean;
  /** Whether this kind of script should hold it. */
  expected: boolean;
}

/** Found or missing, for every part of the call, in the call's order. */
export function checkCallParts(text: string, kind: ScriptKind): PartCheck[] {
  const lower = text.toLowerCase();
  const expected = new Set(EXPECTED_PARTS[kind]);
  return CALL_PARTS.map((part) => ({
    part,
    ...CALL_PART_LABELS[part],
    found: partFound(text, lower, part),
    expected: expected.has(part),
  }));
}

function partFound(text: string, lower: string, part: CallPart): boolean {
  return part === 'other-offer' ? offerClaims(text).length > 0 : PATTERNS[part].test(lower);
}

/** Only the detector for one part. */
export function mentionsPart(text: string, part: CallPart): boolean {
  return partFound(text, text.toLowerCase(), part);
}
