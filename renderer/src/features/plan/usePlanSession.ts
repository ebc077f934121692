import { useContext } from 'react';
import { PlanSessionContext } from './plan-context';
import type { PlanSession } from './plan-session';

/** The open plan's session (store, edit, undo/redo, save state). Only inside a plan screen. */
export function usePlanSession(): PlanSession {
  const session = useContext(PlanSessionContext);
  if (!session) throw new Error('usePlanSession is only available inside an open plan.');
  return session;
}
