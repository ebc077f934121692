import { useMemo, useState } from 'react';
import { computeBoard, type Board } from '@shared/board';
import { sharesUnchanged } from '@shared/keep-unchanged';
import { useDeferredPlan } from '../plan/useDeferredPlan';
import { boardScriptCheck } from './board-script-check';
import { shareBoard } from './share-board';
import { useNow } from './useNow';
import { userLocale } from './user-locale';

/**
 * The board of the open plan, recomputed only when the plan object changes
 * (every edit makes a new one) or the minute ticks. Each new board keeps the
 * objects of the last one where the memoized parts read them and nothing
 * changed (see shareBoard), so a keystroke in Plan B's salary re-renders the
 * figures, not the contacts, timelines and checklists.
 *
 * The plan is read deferred (useDeferredPlan): a keystroke in an editor beside
 * the board (the Plan B drawer) paints in its own frame, and the board follows
 * at once after, in a render React may interrupt for the next keystroke.
 */
export function useBoard(): Board {
  const plan = useDeferredPlan();
  const now = useNow(60_000);
  const locale = userLocale();
  const [share] = useState(() => sharesUnchanged<Board>(shareBoard));
  return useMemo(() => share(computeBoard(plan, { now, locale, scriptCheck: boardScriptCheck(now) })), [share, plan, now, locale]);
}
