import { useCallback, useEffect, useRef, useState } from 'react';
import { newCallDraft, type CallDraft } from '@shared/callmode/call-draft';
import { loadCallDraft, removeCallDraft, saveCallDraft } from './call-draft-store';

export interface CallDraftState {
  draft: CallDraft;
  /** Changes the draft and stores it at once (every keystroke). */
  change(patch: Partial<CallDraft>): void;
  /** Forgets the draft once the call is logged. */
  discard(): void;
  /** False when the browser refused to store the draft: the screen warns that a reload would lose it. */
  stored: boolean;
}

/** The call in progress on one role: the stored draft if there is one, else a new call starting now. */
export function useCallDraft(planId: string, roleId: string): CallDraftState {
  const [draft, setDraft] = useState<CallDraft>(() => loadCallDraft(planId, roleId) ?? newCallDraft(planId, roleId, new Date()));
  const [stored, setStored] = useState(true);
  const latest = useRef(draft);
  // Stored from the start, so the timer keeps counting from the same moment after a reload.
  useEffect(() => setStored(saveCallDraft(latest.current)), []);
  const change = useCallback((patch: Partial<CallDraft>) => {
    const next = { ...latest.current, ...patch };
    latest.current = next;
    setStored(saveCallDraft(next));
    setDraft(next);
  }, []);
  const discard = useCallback(() => removeCallDraft(planId, roleId), [planId, roleId]);
  return { draft, change, discard, stored };
}
