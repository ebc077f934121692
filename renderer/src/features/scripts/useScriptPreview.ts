import { useDeferredValue, useMemo } from 'react';
import type { Script } from '@shared/plan';
import { honestyCheck } from '@shared/scripts/honesty';
import { fillScript, placeholderContext } from '@shared/scripts/placeholders';
import { useNow } from '../board/useNow';
import { userLocale } from '../board/user-locale';
import { useDeferredPlan } from '../plan/useDeferredPlan';
import { userTimeZone } from './user-time-zone';

/**
 * Everything the preview, rehearsal and warnings show for one script and one
 * dream role at this minute: the filled body, and the honesty verdict (the
 * same `honestyCheck` the board and the call sheet use, so a deadline passing
 * while the editor is open blocks the preview too). `roleId` null fills only
 * plan-wide values.
 *
 * Script and plan are read deferred (useDeferredPlan): a keystroke in the
 * editor paints in its own frame, and the preview follows in a render the
 * next keystroke may interrupt.
 */
export function useScriptPreview(script: Script, roleId: string | null) {
  const plan = useDeferredPlan();
  const shown = useDeferredValue(script);
  const now = useNow(60_000);
  return useMemo(() => {
    const role = plan.dreamRoles.find((r) => r.id === roleId);
    const ctx = placeholderContext(plan, role, now, { locale: userLocale(), userTimeZone: userTimeZone() });
    return { role, ctx, filled: fillScript(shown.body, ctx), verdict: honestyCheck(shown, plan, now) };
  }, [plan, shown, roleId, now]);
}
