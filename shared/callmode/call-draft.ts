/**
 * A call in progress: what the user has marked and typed so far, kept apart
 * from the plan until the call ends. It is stored as a draft (per plan and
 * dream role) on every keystroke, so a reload, a crash or a closed window
 * mid-call loses nothing; ending the call turns it into one Call entry.
 */
import { z } from 'zod';
import { Id } from '../ids';
import { LIMITS } from '../limits';
import { Outcome, Signal } from '../plan';
import { IsoDate, IsoDateTime } from '../time';

export const CallDraft = z.strictObject({
  planId: Id,
  roleId: Id,
  /** When call mode was opened for this call: the timer counts from here and the Call is dated by it. */
  startedAt: IsoDateTime,
  /** Their answer so far; null until one is chosen. It may change while the call goes on. */
  outcome: Outcome.nullable(),
  notes: z.string().max(LIMITS.longText),
  spokeWith: z.string().max(LIMITS.shortText),
  interest: Signal,
  urgency: Signal,
  /** What they said about timing, in their words ("by next Friday"). */
  timingSaid: z.string().max(LIMITS.longText),
  /** The date the user confirmed from that phrase (or picked); null until confirmed. */
  expectedOn: IsoDate.nullable(),
});
export type CallDraft = z.infer<typeof CallDraft>;

export function newCallDraft(planId: string, roleId: string, now: Date): CallDraft {
  return { planId, roleId, startedAt: now.toISOString(), outcome: null, notes: '', spokeWith: '', interest: null, urgency: null, timingSaid: '', expectedOn: null };
}

/** The storage key of one role's draft: one call in progress per role. */
export function callDraftKey(planId: string, roleId: string): string {
  return `bird-in-hand:call-draft:${planId}:${roleId}`;
}

/** The key prefix of every call draft of a plan, to find unfinished calls. */
export function callDraftPrefix(planId: string): string {
  return `bird-in-hand:call-draft:${planId}:`;
}

/**
 * Reads a stored draft. Text that is not a draft (another version, a
 * hand-edited value) reads as none rather than breaking call mode; the
 * stored text is left alone.
 */
export function readCallDraft(text: string | null): CallDraft | null {
  if (!text) return null;
  try {
    const parsed = CallDraft.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Whether the user has noted anything yet: an untouched draft is not an unfinished call worth offering. */
export function hasContent(draft: CallDraft): boolean {
  return draft.outcome !== null || draft.notes.trim() !== '' || draft.timingSaid.trim() !== '' || draft.spokeWith.trim() !== '' || draft.interest !== null || draft.urgency !== null;
}
