/**
 * One open plan: its undoable store plus autosave. Invariants:
 * - Edits are never dropped: a failed or conflicting save leaves them in the
 *   store, and the save state says so until they are saved.
 * - Every save names the revision it was based on (`baseRevision`); the
 *   store answers `conflict` rather than overwrite a newer file.
 * - At most one save is in flight; edits made meanwhile are saved after it.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { Plan } from '@shared/plan';
import { call, errorMessage, isPlannerError, onEvent } from '../../api/planner';
import { createPlanStore, type PlanStore } from './plan-store';

export type SaveState =
  | { kind: 'saved' }
  | { kind: 'saving' }
  | { kind: 'failed'; reason: string }
  | { kind: 'conflict' };

export interface SessionState {
  save: SaveState;
  /** The revision on disk that the in-memory plan is based on. */
  revision: number;
}

export interface PlanSession extends PlanStore {
  readonly planId: string;
  readonly status: StoreApi<SessionState>;
  /** Saves now (the Retry button); resolves when this save attempt ends. */
  saveNow(): Promise<void>;
  hasUnsavedEdits(): boolean;
  /** Conflict: learn the revision on disk, then save my version over it. */
  keepMine(): Promise<void>;
  /** Conflict: load the version on disk (undo brings mine back). */
  takeTheirs(): Promise<void>;
  /** Conflict: save my version as a new plan, then load theirs here. Resolves with the new plan's id. */
  saveMineAsNew(): Promise<string>;
  /** Stops listening and autosaving; pending edits are not saved (call saveNow first). */
  dispose(): void;
}

export const SAVE_DELAY_MS = 700;

export function createPlanSession(initial: Plan, saveDelayMs = SAVE_DELAY_MS): PlanSession {
  const plans = createPlanStore(initial);
  const status = createStore<SessionState>()(() => ({ save: { kind: 'saved' }, revision: initial.revision }));
  let lastSaved: Plan = initial;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let inFlight: Promise<void> | null = null;
  let again = false;
  let remoteRevision = 0;
  let disposed = false;

  const current = () => plans.store.getState().plan;
  const revision = () => status.getState().revision;
  const setSave = (save: SaveState) => {
    // Each keystroke says "saving" again; the same state is not news, so
    // nothing showing it renders again.
    const was = status.getState().save;
    if (save.kind === was.kind && save.kind !== 'failed') return;
    status.setState({ save });
  };
  const isConflict = () => status.getState().save.kind === 'conflict';
  const dirty = () => current() !== lastSaved;

  const schedule = () => {
    clearTimeout(timer);
    if (disposed) return;
    timer = setTimeout(() => void saveNow(), saveDelayMs);
  };

  async function attempt(): Promise<void> {
    const plan = current();
    if (plan === lastSaved) return setSave({ kind: 'saved' });
    const checked = Plan.safeParse({ ...plan, revision: revision() });
    if (!checked.success) {
      return setSave({ kind: 'failed', reason: checked.error.issues[0]?.message ?? 'The plan is not valid.' });
    }
    setSave({ kind: 'saving' });
    try {
      const base = revision();
      const result = await call('plans:save', { plan: { ...plan, revision: base }, baseRevision: base });
      lastSaved = plan;
      status.setState({ revision: result.revision });
      setSave(dirty() ? { kind: 'saving' } : { kind: 'saved' });
      if (dirty()) schedule();
    } catch (error) {
      setSave(isPlannerError(error, 'conflict') ? { kind: 'conflict' } : { kind: 'failed', reason: errorMessage(error) });
    }
  }

  async function saveNow(): Promise<void> {
    clearTimeout(timer);
    if (inFlight) {
      again = true;
      return inFlight;
    }
    if (isConflict()) return;
    inFlight = attempt().finally(() => {
      inFlight = null;
      if (again) {
        again = false;
        void saveNow();
      } else if (remoteRevision > revision()) {
        void remoteChanged(remoteRevision);
      }
    });
    return inFlight;
  }

  /** Another window or a sync tool wrote a newer revision of this plan. */
  async function remoteChanged(newRevision: number): Promise<void> {
    remoteRevision = Math.max(remoteRevision, newRevision);
    if (inFlight || newRevision <= revision()) return;
    if (dirty() || isConflict()) return setSave({ kind: 'conflict' });
    try {
      const theirs = await call('plans:get', { id: initial.id });
      // Edits made while it loaded win: they become a conflict, not a loss.
      if (dirty()) return setSave({ kind: 'conflict' });
      lastSaved = theirs;
      plans.replace(theirs, false);
      status.setState({ revision: theirs.revision, save: { kind: 'saved' } });
    } catch (error) {
      setSave({ kind: 'failed', reason: errorMessage(error) });
    }
  }

  const unsubscribeStore = plans.store.subscribe((state, previous) => {
    if (state.plan === previous.plan || isConflict()) return;
    if (state.plan === lastSaved && !inFlight) {
      // Undone back to what is on disk: nothing left to save.
      clearTimeout(timer);
      return setSave({ kind: 'saved' });
    }
    setSave({ kind: 'saving' });
    schedule();
  });
  const unsubscribeEvents = onEvent('plans:changed', ({ id, revision: changed }) => {
    if (id !== initial.id) return;
    if (changed === null) {
      setSave({ kind: 'failed', reason: 'This plan was moved to the trash in another window. Restore it to keep saving here.' });
    } else {
      void remoteChanged(changed);
    }
  });

  async function loadTheirs(keepHistory: boolean): Promise<void> {
    const theirs = await call('plans:get', { id: initial.id });
    lastSaved = theirs;
    plans.replace(theirs, keepHistory);
    status.setState({ revision: theirs.revision, save: { kind: 'saved' } });
  }

  return {
    ...plans,
    planId: initial.id,
    status,
    saveNow,
    hasUnsavedEdits: dirty,
    async keepMine() {
      const onDisk = await call('plans:get', { id: initial.id });
      // Mine differs from what is on disk now, even if I undid back to my last save.
      lastSaved = onDisk;
      status.setState({ revision: onDisk.revision, save: { kind: 'saving' } });
      await saveNow();
    },
    takeTheirs: () => loadTheirs(true),
    async saveMineAsNew() {
      const mine = current();
      const name = `${mine.name} (my version)`.slice(0, 200);
      const created = await call('plans:create', { from: 'blank', name });
      const copy: Plan = { ...mine, id: created.id, name, createdAt: created.createdAt, revision: created.revision };
      await call('plans:save', { plan: copy, baseRevision: created.revision });
      try {
        await loadTheirs(false);
      } catch {
        // Theirs is gone or unreadable; my edits are safe in the copy, which
        // the user opens next, so this session has nothing left to save.
        lastSaved = mine;
        setSave({ kind: 'saved' });
      }
      return created.id;
    },
    dispose() {
      disposed = true;
      unsubscribeStore();
      unsubscribeEvents();
      clearTimeout(timer);
    },
  };
}
