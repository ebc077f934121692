/**
 * One open plan: its undoable store plus autosave. Invariants:
 * - Edits are never dropped: a failed or conflicting save leaves them in the
 *   store, and the save state says so until they are saved.
 * - Every save names the revision it was based on (`baseRevision`); the
 *   store answers `conflict` rather than overwrite a newer file.
 * - At most one save is in flight; edits made meanwhile are saved after it.
 * - A change made elsewhere (another window, another computer through a
 *   synced folder) is shown at once when there are no unsaved edits, and
 *   merged with them when there are (the store merges on save; see
 *   shared/merge/README.md); only fields both changed are asked about.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { FieldConflict } from '@shared/contract';
import { choosePlanValue, mergePlans } from '@shared/merge/plan-merge';
import { Plan } from '@shared/plan';
import { call, errorMessage, isPlannerError, onEvent } from '../../api/planner';
import { createPlanStore, type PlanStore } from './plan-store';

export type SaveState =
  | { kind: 'saved' }
  | { kind: 'saving' }
  | { kind: 'failed'; reason: string }
  | { kind: 'conflict' };

/** A change from elsewhere put into this window: loaded (no unsaved edits here) or merged with them. */
export interface RemoteUpdate {
  kind: 'loaded' | 'merged';
  /** `folder`: the file changed on disk (another computer, a sync tool); `window`: another window of this app. */
  from: 'folder' | 'window';
  at: number;
}

export interface SessionState {
  save: SaveState;
  /** The revision on disk that the in-memory plan is based on. */
  revision: number;
  /** Fields both this window and the other version changed; the plan holds the other version's value. */
  fieldConflicts: FieldConflict[];
  remote: RemoteUpdate | null;
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
  /** A field conflict answered: `mine` puts this window's value back (an edit, saved as usual); `theirs` keeps the plan as it is. */
  resolveField(conflict: FieldConflict, choice: 'mine' | 'theirs'): void;
  /** Field conflicts found outside this session (merging another version on the plans screen). */
  addFieldConflicts(conflicts: FieldConflict[]): void;
  /** Hides the "updated from elsewhere" notice. */
  dismissRemote(): void;
  /** Stops listening and autosaving; pending edits are not saved (call saveNow first). */
  dispose(): void;
}

export const SAVE_DELAY_MS = 700;

export function createPlanSession(initial: Plan, saveDelayMs = SAVE_DELAY_MS): PlanSession {
  const plans = createPlanStore(initial);
  const status = createStore<SessionState>()(() => ({ save: { kind: 'saved' }, revision: initial.revision, fieldConflicts: [], remote: null }));
  let lastSaved: Plan = initial;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let inFlight: Promise<void> | null = null;
  let again = false;
  let remoteRevision = 0;
  let remoteFrom: RemoteUpdate['from'] = 'window';
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
      lastSaved = result.merged ?? plan;
      if (result.merged) takeMerged(plan, result.merged, result.conflicts ?? []);
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

  /**
   * The store merged `sent` with a newer version: show the merge, keeping
   * edits made here while the save was on its way (merged again over it).
   * The merge is one undo step, so undo brings back what was here before.
   */
  function takeMerged(sent: Plan, merged: Plan, conflicts: FieldConflict[]): void {
    const now = current();
    const again = now === sent ? null : mergePlans(sent, now, merged);
    const shown = again?.ok ? again.plan : merged;
    plans.replace(shown, true);
    const fieldConflicts = [...status.getState().fieldConflicts, ...conflicts, ...(again?.ok ? again.conflicts : [])];
    status.setState({ fieldConflicts, remote: { kind: 'merged', from: remoteFrom, at: Date.now() } });
  }

  /** Another window or a sync tool wrote a newer revision of this plan. */
  async function remoteChanged(newRevision: number): Promise<void> {
    remoteRevision = Math.max(remoteRevision, newRevision);
    if (inFlight || newRevision <= revision() || isConflict()) return;
    // Unsaved edits here: saving them merges them with the newer version.
    if (dirty()) return saveNow();
    try {
      const theirs = await call('plans:get', { id: initial.id });
      if (dirty()) return saveNow();
      if (theirs.revision <= revision()) return;
      lastSaved = theirs;
      plans.replace(theirs, true);
      status.setState({ revision: theirs.revision, save: { kind: 'saved' }, remote: { kind: 'loaded', from: remoteFrom, at: Date.now() } });
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
  const unsubscribeEvents = onEvent('plans:changed', ({ id, revision: changed, from }) => {
    if (id !== initial.id) return;
    remoteFrom = from ?? 'window';
    if (changed === null) {
      const where = remoteFrom === 'folder' ? 'is not in the plans folder any more (removed on another computer or by another program)' : 'was moved to the trash in another window';
      setSave({ kind: 'failed', reason: `This plan ${where}. Restore it to keep saving here.` });
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
    resolveField(conflict, choice) {
      status.setState({ fieldConflicts: status.getState().fieldConflicts.filter((c) => c !== conflict) });
      if (choice === 'mine') plans.edit((plan) => choosePlanValue(plan, conflict.path, conflict.mine) ?? plan);
    },
    addFieldConflicts(conflicts) {
      status.setState({ fieldConflicts: [...status.getState().fieldConflicts, ...conflicts] });
    },
    dismissRemote() {
      status.setState({ remote: null });
    },
    dispose() {
      disposed = true;
      unsubscribeStore();
      unsubscribeEvents();
      clearTimeout(timer);
    },
  };
}
