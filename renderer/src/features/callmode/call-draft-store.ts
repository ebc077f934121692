/**
 * Where calls in progress are kept: the page's localStorage, one entry per
 * plan and dream role. Why there and not in the plan: a draft is written on
 * every keystroke, must survive a reload or a closed window mid-call, and is
 * not part of the plan until the call ends (no autosave churn, no undo steps,
 * no conflicts with the board's window). localStorage writes synchronously,
 * so nothing typed is lost, and every window of the app (and the web
 * harness) shares it, so the board can offer to finish an unfinished call.
 */
import { callDraftKey, callDraftPrefix, hasContent, readCallDraft, type CallDraft } from '@shared/callmode/call-draft';
import { pageStorage } from '../plan/page-storage';


/** Fired in this window when a draft is written or removed (`storage` events only reach the other windows). */
export const DRAFTS_CHANGED = 'bird-in-hand:call-drafts-changed';

export function loadCallDraft(planId: string, roleId: string): CallDraft | null {
  return readCallDraft(pageStorage()?.getItem(callDraftKey(planId, roleId)) ?? null);
}

/** Writes the draft now; false when the browser refuses (storage full or disabled), so the screen can say so. */
export function saveCallDraft(draft: CallDraft): boolean {
  try {
    pageStorage()?.setItem(callDraftKey(draft.planId, draft.roleId), JSON.stringify(draft));
    window.dispatchEvent(new Event(DRAFTS_CHANGED));
    return pageStorage() !== null;
  } catch {
    return false;
  }
}

export function removeCallDraft(planId: string, roleId: string): void {
  pageStorage()?.removeItem(callDraftKey(planId, roleId));
  window.dispatchEvent(new Event(DRAFTS_CHANGED));
}

/** The role ids of this plan with an unfinished call (something noted, not yet logged). */
export function unfinishedCalls(planId: string): string[] {
  const store = pageStorage();
  if (!store) return [];
  const prefix = callDraftPrefix(planId);
  const ids: string[] = [];
  for (let i = 0; i < store.length; i++) {
    const key = store.key(i);
    if (!key?.startsWith(prefix)) continue;
    const draft = readCallDraft(store.getItem(key));
    if (draft && hasContent(draft)) ids.push(draft.roleId);
  }
  return ids;
}
