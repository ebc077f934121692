import { useEffect, useState } from 'react';
import { errorMessage, isPlannerError } from '../../api/planner';
import type { PlanSession } from './plan-session';
import { startupSectionLoaded, startupSectionReady } from './section-chunks';
import { acquirePlanSession, releasePlanSession, sessionAtHand } from './session-registry';

export type OpenPlan =
  | { status: 'loading' }
  | { status: 'error'; message: string; notFound: boolean }
  | { status: 'ready'; session: PlanSession };

/** Opens a plan's session for as long as the calling screen shows it. */
export function useOpenPlan(planId: string): { open: OpenPlan; retry: () => void } {
  const [attempt, setAttempt] = useState(0);
  // When the plan and its section's code came in while the app was starting,
  // the first render already shows them: one pass, not an empty frame first.
  const [open, setOpen] = useState<OpenPlan & { planId?: string }>(() => {
    const session = startupSectionLoaded() ? sessionAtHand(planId) : undefined;
    return session ? { status: 'ready', session, planId } : { status: 'loading' };
  });

  useEffect(() => {
    let live = true;
    let acquired: PlanSession | null = null;
    // The first open also waits for the section code started at startup, so
    // the screen renders once, with its section, not a loading line first.
    Promise.all([acquirePlanSession(planId), startupSectionReady()])
      .then(([session]) => {
        if (!live) return releasePlanSession(session);
        acquired = session;
        // Already showing this session (it was at hand): nothing to re-render.
        setOpen((shown) => (shown.status === 'ready' && shown.session === session ? shown : { status: 'ready', session, planId }));
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
