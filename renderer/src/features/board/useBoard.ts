import { useMemo } from 'react';
import { computeBoard, type Board } from '@shared/board';
import { usePlan } from '../plan/usePlan';
import { boardScriptCheck } from './board-script-check';
import { useNow } from './useNow';
import { userLocale } from './user-locale';

/**
 * The board of the open plan, recomputed only when the plan object changes
 * (every edit makes a new one) or the minute ticks.
 */
export function useBoard(): Board {
  const plan = usePlan((p) => p);
  const now = useNow(60_000);
  const locale = userLocale();
  return useMemo(() => computeBoard(plan, { now, locale, scriptCheck: boardScriptCheck(now) }), [plan, now, locale]);
}
