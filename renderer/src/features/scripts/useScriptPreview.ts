import { useMemo } from 'react';
import type { Script } from '@shared/plan';
import { deadlineMismatches, honestyCheck } from '@shared/scripts/honesty';
import { fillScript, placeholderContext } from '@shared/scripts/placeholders';
import { usePlan } from '../plan/usePlan';

/**
 * Everything the preview, rehearsal and warnings show for one script and one
 * dream role: the filled body, the honesty verdict and any deadline the text
 * states that differs from Plan B's. `roleId` null fills only plan-wide values.
 */
export function useScriptPreview(script: Script, roleId: string | null) {
  const plan = usePlan((p) => p);
  return useMemo(() => {
    const role = plan.dreamRoles.find((r) => r.id === roleId);
    const ctx = placeholderContext(plan, role, new Date());
    return {
      role,
      ctx,
      filled: fillScript(script.body, ctx),
      verdict: honestyCheck(script, plan),
      mismatches: deadlineMismatches(script.body, plan),
    };
  }, [plan, script, roleId]);
}
