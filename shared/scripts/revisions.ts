/**
 * Script revisions: earlier versions of a script's body and branches, newest
 * first, at most LIMITS.revisionsPerScript (the oldest are dropped).
 *
 * When is a revision kept? Editing is continuous (every keystroke is an edit),
 * so keeping every state would flood the list. Rule, applied on each edit:
 * - the version *before* the edit is kept as a revision when the newest
 *   revision is at least REVISION_INTERVAL_MS old (or there is none), and
 * - only if it differs meaningfully from that newest revision: whitespace-only
 *   changes (trailing spaces, extra blank lines) do not count.
 * So a long editing session leaves at most one revision per 10 minutes.
 * `savedAt` is when that version was replaced.
 */
import { LIMITS } from '../limits';
import type { Script } from '../plan';
import type { Branches } from './templates';

export const REVISION_INTERVAL_MS = 10 * 60_000;

export type ScriptContent = { body: string; branches: Branches };

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Equal for a reader: same words and punctuation, whitespace aside. */
export function sameContent(a: ScriptContent, b: ScriptContent): boolean {
  if (squash(a.body) !== squash(b.body)) return false;
  return (['immediateOffer', 'nonAnswer', 'greenLight'] as const).every(
    (k) => squash(a.branches[k].say) === squash(b.branches[k].say) && squash(a.branches[k].nextSteps) === squash(b.branches[k].nextSteps),
  );
}

/** Applies an edit of body and/or branches, keeping a revision when the rule above says so. */
export function editScriptContent(script: Script, change: Partial<ScriptContent>, now: Date): Script {
  const next: ScriptContent = { body: change.body ?? script.body, branches: change.branches ?? script.branches };
  if (next.body === script.body && next.branches === script.branches) return script;
  const newest = script.revisions[0];
  const due = !newest || now.getTime() - Date.parse(newest.savedAt) >= REVISION_INTERVAL_MS;
  const keep = due && !sameContent(script, next) && (!newest || !sameContent(newest, script));
  const revisions = keep
    ? [{ savedAt: now.toISOString(), body: script.body, branches: script.branches }, ...script.revisions].slice(0, LIMITS.revisionsPerScript)
    : script.revisions;
  return { ...script, ...next, revisions, updatedAt: now.toISOString() };
}

/**
 * Restores revision `index`: the current version becomes the newest revision
 * (so restoring can itself be undone by restoring again), the chosen one
 * becomes current and leaves the list. Out of range: the script unchanged.
 */
export function restoreRevision(script: Script, index: number, now: Date): Script {
  const chosen = script.revisions[index];
  if (!chosen) return script;
  const rest = script.revisions.filter((_, i) => i !== index);
  const current = { savedAt: now.toISOString(), body: script.body, branches: script.branches };
  return {
    ...script,
    body: chosen.body,
    branches: chosen.branches,
    revisions: [current, ...rest].slice(0, LIMITS.revisionsPerScript),
    updatedAt: now.toISOString(),
  };
}
