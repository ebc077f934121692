import { useEffect, useState } from 'react';
import { errorMessage, isPlannerError } from '../../api/planner';
import type { PlanSession } from './plan-session';
import { startupSectionReady } from './section-chunks';
import { acquirePlanSession, releasePlanSession } from './session-registry';

export type OpenPlan =
  | { status: 'loading' }
  | { status: 'error'; message: string; notFound: boolean }
  | { status: 'ready'; session: PlanSession };

/** Opens a plan's session for as long as the calling screen shows it. */
export function useOpenPlan(planId: string): { open: OpenPlan; retry: () => void } {
  const [attempt, setAttempt] = useState(0);
  const [open, setOpen] = useState<OpenPlan & { planId?: string }>({ status: 'loading' });

  useEffect(() => {
    let live = true;
    let acquired: PlanSession | null = null;
    // The first open also waits for the section code started at startup, so
    // the screen renders once, with its section, not a loading line first.
    Promise.all([acquirePlanSession(planId), startupSectionReady()])
      .then(([session]) => {
        if (!live) return releasePlanSession(session);
        acquired = session;
        setOpen({ status: 'ready', session, planId });
      })
      .catch((error: unknown) => {
        if (live) {
          setOpen({ status: 'error', message: errorMessage(error), notFound: isPlannerError(error, 'not-found'), planId });
        }
      });
    return () => {
      live = false;
      if (acquired) releasePlanSession(acquired);
    };
  }, [planId, attempt]);

  // A result for another plan (just navigated away from it) is not shown.
  const current: OpenPlan = open.planId === planId ? open : { status: 'loading' };
  const retry = () => {
    setOpen({ status: 'loading' });
    setAttempt((n) => n + 1);
  };
  return { open: current, retry };
}
