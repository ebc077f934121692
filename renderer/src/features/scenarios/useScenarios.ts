import { useMemo } from 'react';
import { computeScenarios, roleName, type ScenarioAnalysis } from '@shared/board';
import { usePlan } from '../plan/usePlan';
import { useNow } from '../board/useNow';

export interface ScenariosView {
  analysis: ScenarioAnalysis;
  /** Dream role names by id, for headings and sentences. */
  names: Map<string, string>;
}

/** The scenarios of the open plan, recomputed when the plan changes or the minute ticks. */
export function useScenarios(): ScenariosView {
  const plan = usePlan((p) => p);
  const now = useNow(60_000);
  return useMemo(
    () => ({
      analysis: computeScenarios(plan, { now }),
      names: new Map((plan.dreamRoles ?? []).map((r) => [r.id, roleName(r)])),
    }),
    [plan, now],
  );
}
