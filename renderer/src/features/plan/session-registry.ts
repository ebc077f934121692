/**
 * Open plan sessions, one per plan id, shared by every screen that shows the
 * plan. A session with unsaved edits outlives its screen (leaving the plan
 * must not lose them): it keeps trying to save, and opening the plan again
 * finds the same edits. A clean session is disposed when its last user leaves.
 */
import type { FieldConflict } from '@shared/contract';
import type { Plan } from '@shared/plan';
import { callOrTakeEarly, takeEarlyAnswer } from '../../api/early-calls';
import { createPlanSession, type PlanSession } from './plan-session';

interface Entry {
  session: PlanSession;
  users: number;
}

const open = new Map<string, Entry>();
/** Field conflicts from merging another version on the plans screen, for the plan's session to show. */
const queuedConflicts = new Map<string, FieldConflict[]>();
let pageHideHooked = false;

/** Save delay for new sessions; tests may shorten it. */
let saveDelayMs: number | undefined;

/** Sets the autosave delay of sessions opened from now on (undefined: the default). */
export function setSaveDelay(ms: number | undefined): void {
  saveDelayMs = ms;
}

/** The session of a plan, loading it with `plans:get` if it is not open yet. */
export async function acquirePlanSession(planId: string): Promise<PlanSession> {
  hookPageHide();
  const existing = open.get(planId);
  if (existing) {
    existing.users++;
    return existing.session;
  }
  const plan = await callOrTakeEarly('plans:get', { id: planId });
  // Another caller may have opened it while this one was loading.
  const raced = open.get(planId);
  if (raced) {
    raced.users++;
    return raced.session;
  }
  return register(planId, plan, 1);
}

/**
 * The plan's session if it can be had at once, without waiting: already open,
 * or its startup call has answered (the session is opened then). It holds no
 * user: the screen that shows it still acquires it, which finds it open.
 */
export function sessionAtHand(planId: string): PlanSession | undefined {
  const existing = open.get(planId);
  if (existing) return existing.session;
  const plan = takeEarlyAnswer('plans:get', { id: planId });
  return plan ? register(planId, plan, 0) : undefined;
}

function register(planId: string, plan: Plan, users: number): PlanSession {
  const session = createPlanSession(plan, saveDelayMs);
  open.set(planId, { session, users });
  const queued = queuedConflicts.get(planId);
  queuedConflicts.delete(planId);
  if (queued) session.addFieldConflicts(queued);
  return session;
}

/** Shows `conflicts` in the plan's session: now if it is open (it loads the merged plan by itself), else when it opens. */
export function queueFieldConflicts(planId: string, conflicts: FieldConflict[]): void {
  const entry = open.get(planId);
  if (entry) entry.session.addFieldConflicts(conflicts);
  else queuedConflicts.set(planId, [...(queuedConflicts.get(planId) ?? []), ...conflicts]);
}

export function releasePlanSession(session: PlanSession): void {
  const entry = open.get(session.planId);
  if (!entry || entry.session !== session) return;
  entry.users--;
  closeIfIdle(entry);
}

function closeIfIdle(entry: Entry): void {
  if (entry.users > 0) return;
  if (!entry.session.hasUnsavedEdits()) {
    open.delete(entry.session.planId);
    entry.session.dispose();
    return;
  }
  // One more try; if it fails the session stays open with its edits (no retry
  // loop), and opening the plan again shows them with "Not saved".
  void entry.session.saveNow().then(() => {
    if (entry.users === 0 && !entry.session.hasUnsavedEdits() && open.get(entry.session.planId) === entry) {
      open.delete(entry.session.planId);
      entry.session.dispose();
    }
  });
}

/** Closes every session without saving: only for tests that start from scratch. */
export function resetPlanSessions(): void {
  for (const { session } of open.values()) session.dispose();
  open.clear();
}

/** Closing or reloading the page saves what can still be saved. */
function hookPageHide(): void {
  if (pageHideHooked) return;
  pageHideHooked = true;
  window.addEventListener('pagehide', () => {
    for (const { session } of open.values()) {
      if (session.hasUnsavedEdits()) void session.saveNow();
    }
  });
}
