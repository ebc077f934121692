/**
 * The plans folder: one plan per `<id>.json`, written atomically and durably,
 * one write queue per file, revision-checked saves, corrupt files moved aside
 * untouched, newer files refused, older files backed up then migrated, and a
 * trash folder for deleted plans. Plain Node: no electron import, paths are
 * passed in, so the desktop app, the web harness and the tests share it.
 */
import { lstat, mkdir, readdir } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { z } from 'zod';
import type { RetentionPolicy } from '@shared/backups/retention';
import type { BackupEntry, PlanSummary, StoreProblem, TrashEntry } from '@shared/contract';
import { AppError } from '@shared/errors';
import { canonicalId, Id, newId } from '@shared/ids';
import { parsePlanImport } from '@shared/import/plan-import';
import { LIMITS } from '@shared/limits';
import { PLAN_MIGRATIONS, type Migrations } from '@shared/migrations';
import { describeZoneRepairs, type ZoneRepair } from '@shared/migrations/repair-zones';
import { mergePlans } from '@shared/merge/plan-merge';
import type { MergeConflict } from '@shared/merge/three-way';
import { blankPlan } from '@shared/new-plan';
import { CURRENT_SCHEMA_VERSION, Plan } from '@shared/plan';
import { samplePlan } from '@shared/sample-plan';
import { cleanTempFiles, NODE_FS, type DurableFs } from './durable-write';
import { fingerprintOf, readFileNoFollow } from './plan-file-adapter';
import { BackupStore } from './plan-backups';
import { errnoCode, withIoErrors, type StoreAction } from './io-errors';
import { mapLimit } from './map-limit';
import { fileExists, moveFile, parseTrashName, planFileName, planIdOfFile } from './plan-files';
import { loadPlan, writePlan, type Loaded, type PlanFormat } from './plan-loader';
import { byNewestFirst } from './plan-summary';
import { summarizePlan } from '@shared/plan-summary';
import { listTrash, moveToTrash, trashPath } from './plan-trash';
import { fileQueues } from './write-queue';

export interface PlanStoreOptions {
  plansDir: string;
  trashDir: string;
  /** The clock, injectable for tests. */
  now?: () => Date;
  /** Defaults to PLAN_MIGRATIONS. */
  migrations?: Migrations;
  /** The schema version to migrate up to and write; defaults to CURRENT_SCHEMA_VERSION. */
  schemaVersion?: number;
  /** Validates a plan at `schemaVersion`; defaults to `Plan`. Only tests of a future version change it. */
  schema?: z.ZodType<Plan>;
  /** Rolling backups go to `<backupsDir>/<planId>/`; defaults to `backups` beside the trash folder. */
  backupsDir?: string;
  /** A save takes a scheduled backup if the newest is older than this; default 10 minutes. */
  backupEveryMs?: number;
  retention?: RetentionPolicy;
  /** Where writes go; tests inject a read-only or full disk. Defaults to node:fs/promises. */
  fs?: DurableFs;
  /** The wait before a plan file that read as no JSON is read again (see plan-loader); tests inject a write finishing. */
  settle?: () => Promise<void>;
}

/**
 * The client of direct, in-process use (tests, benches): one client. The
 * handlers pass the real one (a window, a page); see Caller in ipc/dispatch.ts.
 */
export const LOCAL_CLIENT = 'local';

/**
 * What one client last read (plans:get) or wrote of one plan: the save base.
 * `jumped`: the client's last read moved it from a version it had to one
 * written by someone else, so its next save may replace that version with
 * edits made on the old one ("Keep my version"): that save backs it up first.
 */
interface Base {
  fingerprint: string;
  jumped: boolean;
  /** The plan in those bytes: the common version a merge starts from when the file moved on since. */
  plan: Plan;
}

/**
 * What a save did. `merged`: the file had moved on since this client's base
 * (another window, another computer), so the client's edits were merged with
 * it and this plan written; the fields both sides changed keep the version
 * on disk and are listed in `conflicts` with the client's value.
 */
export interface SaveOutcome {
  revision: number;
  updatedAt: string;
  merged?: Plan;
  conflicts?: MergeConflict[];
}

/** What this store last read or wrote for a plan: the file's revision and exact bytes' fingerprint. */
interface Seen {
  revision: number;
  fingerprint: string;
  createdAt: string;
  /** The file's identity and times right after this store wrote it (not after a read, see onDisk). */
  stamp?: FileStamp;
}

/** What a save needs to know of the plan file on disk. */
interface OnDisk {
  revision: number;
  createdAt: string;
  fingerprint: string;
  /** The file's bytes, read only when needed (a backup is due). */
  bytes: () => Promise<Uint8Array>;
}

const CHANGED_ON_DISK =
  'The plan file was changed on disk by another program (a sync tool or an editor) since you opened it, so nothing was overwritten. ' +
  'Reload the plan to see that version; your current state is kept in a backup first if you restore it later.';

const MERGE_REFUSED =
  'The plan was changed on another computer or in another window while you edited it, and the two sets of changes cannot be combined';

const CONFLICT =
  'The plan changed in another window or on disk since you started editing, so nothing was overwritten. ' +
  'Reload the plan to see the latest version.';

const NOT_OPENED =
  'This window has not opened this version of the plan (the app may have restarted), so nothing was overwritten. ' +
  'Reload the plan to see the version on disk.';

function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  return issue ? `${issue.path.length ? `${issue.path.join('.')}: ` : ''}${issue.message}` : 'it is not a valid plan';
}

export class PlanStore {
  readonly plansDir: string;
  readonly trashDir: string;
  private readonly now: () => Date;
  private readonly format: PlanFormat;
  private readonly fs: DurableFs;
  private readonly settle: (() => Promise<void>) | undefined;
  private readonly backupEveryMs: number;
  /** The rolling backups of every plan in this folder. */
  readonly backups: BackupStore;
  /**
   * Per plan, the revision and fingerprint this store wrote or read last: a
   * shortcut for telling what is on disk, never a reason to accept a save.
   */
  private readonly seen = new Map<string, Seen>();
  /**
   * Per plan, the fingerprint of the bytes every window has been told of:
   * this store's own writes, and changes the watcher reported. Reads (open,
   * list, the calendar) do not count: a file changed elsewhere and read
   * before the watcher's turn must still be reported as a change.
   */
  private readonly announced = new Map<string, string>();
  /**
   * Per plan, per client, the bytes that client last read or wrote. A save is
   * accepted only if the file still holds exactly those bytes: a change by
   * another window, or by another program that kept the revision, is a conflict.
   */
  private readonly bases = new Map<string, Map<string, Base>>();
  /** Plans repaired on load or import in this session, told on the plans screen (`list` problems). */
  private readonly repaired = new Map<string, StoreProblem>();

  constructor(opts: PlanStoreOptions) {
    this.plansDir = resolve(opts.plansDir);
    this.trashDir = resolve(opts.trashDir);
    this.now = opts.now ?? (() => new Date());
    this.fs = opts.fs ?? NODE_FS;
    this.settle = opts.settle;
    this.backupEveryMs = opts.backupEveryMs ?? 10 * 60 * 1000;
    this.backups = new BackupStore({
      dir: resolve(opts.backupsDir ?? join(dirname(this.trashDir), 'backups')),
      now: this.now,
      fs: this.fs,
      policy: opts.retention,
    });
    this.format = {
      version: opts.schemaVersion ?? CURRENT_SCHEMA_VERSION,
      migrations: opts.migrations ?? PLAN_MIGRATIONS,
      schema: opts.schema ?? Plan,
    };
  }

  /** Creates both folders if needed and removes temp files left by a crash mid-write. */
  async init(): Promise<void> {
    await withIoErrors('list', async () => {
      await mkdir(this.plansDir, { recursive: true });
      await mkdir(this.trashDir, { recursive: true });
      await cleanTempFiles(this.plansDir);
      await cleanTempFiles(this.trashDir);
    });
  }

  /** Every usable plan, newest `updatedAt` first, and the files that could not be used. */
  async list(): Promise<{ plans: PlanSummary[]; problems: StoreProblem[] }> {
    return withIoErrors('list', async () => {
      const ids = (await readdir(this.plansDir)).flatMap((name) => planIdOfFile(name) ?? []);
      const loaded = await mapLimit(ids, 8, (id) => this.queued(id, () => this.load(id)).catch((error: unknown) => this.skip(id, error)));
      const plans: PlanSummary[] = [];
      const problems: StoreProblem[] = [];
      for (const result of loaded) {
        if (result.kind === 'ok') plans.push(this.summarize(result.plan));
        else if (result.kind !== 'missing') problems.push(result.problem);
      }
      for (const notice of this.repaired.values()) problems.push(notice);
      return { plans: plans.sort(byNewestFirst), problems };
    });
  }

  /**
   * The plan file changed on disk (the folder watcher saw it): its revision
   * now, `null` when it is gone or cannot be used, `undefined` when the file
   * holds exactly the bytes this store last wrote or read (its own write).
   */
  async changedOnDisk(id: string): Promise<number | null | undefined> {
    id = canonicalId(id);
    return this.queued(id, async () => {
      const bytes = await readFileNoFollow(this.pathOf(id)).catch(() => null);
      const told = this.announced.get(id);
      if (bytes && told && fingerprintOf(bytes) === told) return undefined;
      const loaded = await this.load(id).catch(() => null);
      if (loaded?.kind !== 'ok') {
        this.announced.delete(id);
        return null;
      }
      // The stamp is not kept: only this store's own writes prove a file untouched by stamp.
      this.remember(id, loaded);
      this.announced.set(id, loaded.fingerprint);
      return loaded.plan.revision;
    });
  }

  /** A new plan, blank or from the sample, written at revision 1. */
  async create(from: 'blank' | 'sample', name?: string, client = LOCAL_CLIENT): Promise<Plan> {
    const now = this.now();
    const base = from === 'sample' ? samplePlan(now) : blankPlan(name ?? 'Untitled plan', now);
    const plan: Plan = { ...base, name: name ?? base.name, revision: 1 };
    return withIoErrors('create', () => this.queued(plan.id, () => this.write(plan, client)));
  }

  /**
   * Opens a plan for `client` to edit: its current bytes become that
   * client's base for the next save (that client now sees them), and no one
   * else's.
   */
  async get(id: string, client = LOCAL_CLIENT): Promise<Plan> {
    id = canonicalId(id);
    return withIoErrors('open', () =>
      this.queued(id, async () => {
        const loaded = await this.loadOk(id, 'open');
        this.remember(id, loaded);
        const bases = this.basesOf(id);
        const before = bases.get(client);
        bases.set(client, { fingerprint: loaded.fingerprint, jumped: !!before && (before.jumped || before.fingerprint !== loaded.fingerprint), plan: loaded.plan });
        return loaded.plan;
      }),
    );
  }

  /**
   * Reads a plan without handing it to anyone to edit (does it exist, what
   * is its name, print it): no client's save base moves.
   */
  async peek(id: string): Promise<Plan> {
    id = canonicalId(id);
    return withIoErrors('open', () =>
      this.queued(id, async () => {
        const loaded = await this.loadOk(id, 'open');
        this.remember(id, loaded);
        return loaded.plan;
      }),
    );
  }

  /**
   * Writes `plan` as revision `baseRevision + 1` if the file on disk is still
   * what this client last read or wrote at `baseRevision`. If the file has
   * moved on since (another window, a sync tool), the client's edits are
   * merged with it (see saveMerged). Anything else (a base revision this
   * client did not have, a client that never read the plan, a merge that
   * breaks the plan's rules) is a `conflict` and nothing is written.
   * `validated`: the caller has just parsed `plan` with the Plan schema (the
   * contract handler has), so it is not parsed a second time.
   */
  async save(
    plan: Plan,
    baseRevision: number,
    opts: { validated?: boolean; client?: string } = {},
  ): Promise<SaveOutcome> {
    const checked = opts.validated && this.format.schema === Plan ? plan : this.check(plan);
    const client = opts.client ?? LOCAL_CLIENT;
    return withIoErrors('save', () =>
      this.queued(checked.id, async () => {
        const current = await this.onDisk(checked.id);
        const base = this.bases.get(checked.id)?.get(client);
        if (!base && current.revision !== baseRevision) throw new AppError('conflict', CONFLICT);
        if (!base) throw new AppError('conflict', NOT_OPENED);
        if (base.fingerprint !== current.fingerprint && base.plan.revision === baseRevision) return this.saveMerged(checked, base, client);
        if (current.revision !== baseRevision) throw new AppError('conflict', CONFLICT);
        if (base.fingerprint !== current.fingerprint) throw new AppError('conflict', CHANGED_ON_DISK);
        if (base.jumped) {
          // "Keep my version": the version on disk is someone else's, and this
          // save replaces it. It is kept first, or the save does not happen.
          await this.backups.take(checked.id, 'conflict', await current.bytes(), current.revision);
        } else {
          // A scheduled backup is a convenience: if it fails (a backups folder
          // on a broken disk), the save itself still goes ahead.
          await this.backups.takeIfDue(checked.id, current.bytes, current.revision, this.backupEveryMs).catch((error: unknown) => {
            console.warn(`The scheduled backup of plan ${checked.id} failed; the save goes ahead:`, error);
          });
        }
        const next = { ...checked, createdAt: current.createdAt, revision: baseRevision + 1, updatedAt: this.now().toISOString() };
        const saved = await this.write(next, client, true);
        return { revision: saved.revision, updatedAt: saved.updatedAt };
      }),
    );
  }

  /**
   * The file moved on since this client's base: a three-way merge of the
   * client's plan and the file over that base (shared/merge). Written as a
   * normal save, the version on disk backed up first (`merge`); a field both
   * changed keeps the version on disk and is reported. Holds the queue.
   */
  private async saveMerged(mine: Plan, base: Base, client: string): Promise<SaveOutcome> {
    const theirs = await this.loadOk(mine.id, 'save');
    const merge = mergePlans(base.plan, mine, theirs.plan, this.format.schema);
    if (!merge.ok) throw new AppError('conflict', `${MERGE_REFUSED} (${merge.reason}). Nothing was overwritten; choose which version to keep.`);
    await this.backups.take(mine.id, 'merge', theirs.bytes, theirs.plan.revision);
    const next = { ...merge.plan, createdAt: theirs.plan.createdAt, revision: theirs.plan.revision + 1, updatedAt: this.now().toISOString() };
    const saved = await this.write(next, client, true);
    return { revision: saved.revision, updatedAt: saved.updatedAt, merged: saved, conflicts: merge.conflicts };
  }

  async rename(id: string, name: string, client = LOCAL_CLIENT): Promise<PlanSummary> {
    id = canonicalId(id);
    return withIoErrors('rename', () =>
      this.queued(id, async () => {
        const current = await this.loadUsable(id, 'rename');
        return this.summarize(await this.write({ ...current, name, revision: current.revision + 1, updatedAt: this.now().toISOString() }, client));
      }),
    );
  }

  /** A copy under a new plan id; parts keep their ids because ids are plan-scoped. */
  async duplicate(id: string, name?: string, client = LOCAL_CLIENT): Promise<PlanSummary> {
    id = canonicalId(id);
    return withIoErrors('duplicate', async () => {
      const source = await this.queued(id, () => this.loadUsable(id, 'duplicate'));
      const at = this.now().toISOString();
      const copyName = name ?? `${source.name.slice(0, LIMITS.shortText - ' (copy)'.length)} (copy)`;
      const copy: Plan = { ...source, id: newId(), name: copyName, createdAt: at, updatedAt: at, revision: 1 };
      return this.summarize(await this.queued(copy.id, () => this.write(copy, client)));
    });
  }

  /** Moves the plan file, untouched, into the trash folder. */
  async delete(id: string): Promise<TrashEntry> {
    id = canonicalId(id);
    return withIoErrors('delete', () =>
      this.queued(id, async () => {
        const { plan, bytes } = await this.loadOk(id, 'delete');
        await this.backups.take(id, 'delete', bytes, plan.revision);
        this.seen.delete(id);
        this.announced.delete(id);
        this.bases.delete(id);
        this.repaired.delete(id);
        return moveToTrash(this.pathOf(id), this.trashDir, id, plan.name, this.now());
      }),
    );
  }

  /** Moves a trashed plan back; refused if a plan with its id exists now. */
  async restore(trashId: string, client = LOCAL_CLIENT): Promise<PlanSummary> {
    const item = parseTrashName(`${canonicalId(trashId)}.json`);
    if (!item) throw new AppError('not-found', 'That plan is not in the trash.');
    return withIoErrors('restore', () =>
      this.queued(item.planId, async () => {
        const from = trashPath(this.trashDir, item.trashId);
        if (!(await fileExists(from))) throw new AppError('not-found', 'That plan is no longer in the trash; it may have been restored already.');
        if (await fileExists(this.pathOf(item.planId))) {
          throw new AppError('conflict', 'A plan with the same id is already in the plans folder, so nothing was overwritten. The trashed copy is still in the trash.');
        }
        await moveFile(from, this.pathOf(item.planId));
        const loaded = await this.loadOk(item.planId, 'restore');
        this.remember(item.planId, loaded);
        this.bases.set(item.planId, new Map([[client, { fingerprint: loaded.fingerprint, jumped: false, plan: loaded.plan }]]));
        return this.summarize(loaded.plan);
      }),
    );
  }

  /** Everything in the trash, most recently deleted first. */
  async trash(): Promise<{ entries: TrashEntry[] }> {
    return withIoErrors('trash', async () => ({ entries: await listTrash(this.trashDir) }));
  }

  /**
   * Imports a plan from a file's text (checked by parsePlanImport; any
   * problem rejects all of it). If a plan with its id exists, it is imported
   * as a copy with a new id, unless `replace`: then the existing plan is
   * backed up and replaced (a newer-version file is never replaced).
   */
  async importText(text: string, replace = false, client = LOCAL_CLIENT): Promise<PlanSummary> {
    let repairs: ZoneRepair[] = [];
    const imported = parsePlanImport(text, this.format, (found) => (repairs = found));
    return withIoErrors('import', async () => {
      const summary = await this.importChecked(imported, replace, client);
      // The imported file itself is the user's and untouched; only the copy here was repaired.
      if (repairs.length) this.noteRepairs(summary.id, imported.name, repairs);
      return summary;
    });
  }

  /** Writes an imported plan that has passed every check (see importText). */
  private async importChecked(imported: Plan, replace: boolean, client: string): Promise<PlanSummary> {
    const at = this.now().toISOString();
    const existing = await this.queued(imported.id, () => this.load(imported.id));
    if (existing.kind === 'newer-version') throw new AppError('newer-version', existing.problem.message);
    if (existing.kind !== 'ok' || !replace) {
      const id = existing.kind === 'ok' ? newId() : imported.id;
      const copy: Plan = { ...imported, id, createdAt: existing.kind === 'ok' ? at : imported.createdAt, updatedAt: at, revision: 1 };
      return this.summarize(await this.queued(id, () => this.write(copy, client)));
    }
    return this.queued(imported.id, async () => {
      const current = await this.loadOk(imported.id, 'import');
      await this.backups.take(imported.id, 'import', current.bytes, current.plan.revision);
      return this.summarize(await this.write({ ...imported, updatedAt: at, revision: current.plan.revision + 1 }, client));
    });
  }

  /** Reads another version of a plan (a sync tool's copy) with the checks of an import; it is not written. */
  parseOtherVersion(text: string): Plan {
    return parsePlanImport(text, this.format);
  }

  /** The plan file's text and a file name for a download. */
  async exportPlan(id: string): Promise<{ fileName: string; text: string }> {
    id = canonicalId(id);
    return withIoErrors('export', () =>
      this.queued(id, async () => {
        const plan = await this.loadUsable(id, 'export');
        const safeName = plan.name.replace(/[^\p{L}\p{N} _-]+/gu, '').trim().slice(0, 60) || 'plan';
        return { fileName: `${safeName}.bird-in-hand.json`, text: JSON.stringify(plan, null, 2) + '\n' };
      }),
    );
  }

  /** The rolling backups of a plan (it may have been deleted), newest first. */
  async listBackups(planId: string): Promise<{ entries: BackupEntry[] }> {
    planId = canonicalId(planId);
    this.pathOf(planId);
    return withIoErrors('backups', async () => ({ entries: await this.backups.list(planId) }));
  }

  /**
   * Puts a backup back as the plan's next revision, after backing up the
   * current state (if the plan file is usable). A plan file that was set
   * aside or deleted is simply recreated; a newer-version file is refused.
   */
  async restoreBackup(planId: string, backupId: string, client = LOCAL_CLIENT): Promise<PlanSummary> {
    planId = canonicalId(planId);
    this.pathOf(planId);
    return withIoErrors('backup-restore', () =>
      this.queued(planId, async () => {
        const bytes = await this.backups.read(planId, backupId);
        if (!bytes) throw new AppError('not-found', 'That backup is no longer there; it may have been removed by the backup rotation. Nothing was changed.');
        let restored: Plan;
        let repairs: ZoneRepair[] = [];
        try {
          restored = parsePlanImport(bytes.toString('utf8'), this.format, (found) => (repairs = found));
        } catch (error) {
          if (error instanceof AppError) throw new AppError('corrupt', `That backup cannot be used (${error.message}) Try an older one.`);
          throw error;
        }
        if (restored.id !== planId) throw new AppError('corrupt', 'That backup belongs to another plan. Nothing was changed.');
        const current = await this.load(planId);
        if (current.kind === 'newer-version') throw new AppError('newer-version', current.problem.message);
        let revision = restored.revision + 1;
        if (current.kind === 'ok') {
          await this.backups.take(planId, 'restore', current.bytes, current.plan.revision);
          revision = Math.max(revision, current.plan.revision + 1);
        }
        const written = await this.write({ ...restored, revision, updatedAt: this.now().toISOString() }, client);
        if (repairs.length) this.noteRepairs(planId, restored.name, repairs);
        return this.summarize(written);
      }),
    );
  }

  private pathOf(id: string): string {
    // The id becomes a file name: only a lower-case UUID may, so no path can
    // escape the folder and, on a disk that ignores case, one plan is one
    // name (and one write queue: the queue is keyed by this path).
    if (!Id.safeParse(id).success) throw new AppError('validation', 'That is not a plan id.');
    return join(this.plansDir, planFileName(id));
  }

  /** Runs `task` in the write queue of plan `id`'s file. */
  private queued<T>(id: string, task: () => Promise<T>): Promise<T> {
    return fileQueues.run(this.queueKey(id), task);
  }

  /** The key of plan `id`'s write queue, for work elsewhere (recovery) that must not race this store on that plan. */
  queueKey(id: string): string {
    return this.pathOf(id);
  }

  private async load(id: string): Promise<Loaded> {
    const loaded = await loadPlan({ plansDir: this.plansDir, format: this.format, now: this.now, fs: this.fs, backups: this.backups, settle: this.settle }, id);
    if (loaded.kind === 'ok' && loaded.repairs) this.noteRepairs(id, loaded.plan.name, loaded.repairs);
    return loaded;
  }

  private noteRepairs(id: string, name: string, repairs: ZoneRepair[]): void {
    this.repaired.set(id, { kind: 'repaired', file: planFileName(id), movedTo: null, message: describeZoneRepairs(name, repairs) });
  }

  private async loadUsable(id: string, action: StoreAction): Promise<Plan> {
    return (await this.loadOk(id, action)).plan;
  }

  private async loadOk(id: string, action: StoreAction): Promise<Extract<Loaded, { kind: 'ok' }>> {
    const loaded = await this.load(id);
    switch (loaded.kind) {
      case 'ok':
        return loaded;
      case 'missing': {
        const kept = action === 'save' ? ' Your changes are kept in the window.' : '';
        throw new AppError('not-found', `This plan is not in the plans folder any more; it may have been deleted or moved.${kept}`);
      }
      case 'set-aside':
        throw new AppError('corrupt', loaded.problem.message);
      case 'newer-version':
        throw new AppError('newer-version', loaded.problem.message);
    }
  }

  private basesOf(id: string): Map<string, Base> {
    let bases = this.bases.get(id);
    if (!bases) this.bases.set(id, (bases = new Map()));
    return bases;
  }

  /** Notes the bytes just read, so the next save need not parse them again. */
  private remember(id: string, loaded: Extract<Loaded, { kind: 'ok' }>): void {
    this.seen.set(id, { revision: loaded.plan.revision, fingerprint: loaded.fingerprint, createdAt: loaded.plan.createdAt });
  }

  private summarize(plan: Plan): PlanSummary {
    return summarizePlan(plan, this.now());
  }

  /** Validates a plan at this store's version; an invalid one is never written. */
  private check(plan: Plan): Plan {
    const checked = this.format.schema.safeParse(plan);
    if (!checked.success) {
      throw new AppError('validation', `The plan was not saved because part of it is not valid (${firstIssue(checked.error)}). Nothing was written.`);
    }
    return checked.data;
  }

  /**
   * The plan file as a save needs it, cheapest proof first:
   * - after this store's own write, an unchanged stamp (inode, size,
   *   modification and change times in nanoseconds) proves the file
   *   untouched without reading it, so autosave reads and hashes nothing;
   * - bytes exactly the ones this store last wrote or opened were validated
   *   then, so they are only read and fingerprinted, not parsed again;
   * - any other bytes go through the full load.
   */
  private async onDisk(id: string): Promise<OnDisk> {
    const path = this.pathOf(id);
    const known = this.seen.get(id);
    if (known?.stamp && sameStamp(known.stamp, await stampOf(path))) {
      return { ...known, bytes: async () => (await readFileNoFollow(path)) ?? Buffer.alloc(0) };
    }
    if (known) {
      const bytes = await readFileNoFollow(path).catch(() => null);
      if (bytes && fingerprintOf(bytes) === known.fingerprint) return { ...known, bytes: async () => bytes };
    }
    const loaded = await this.loadOk(id, 'save');
    return { revision: loaded.plan.revision, createdAt: loaded.plan.createdAt, fingerprint: loaded.fingerprint, bytes: async () => loaded.bytes };
  }

  /**
   * Writes a plan for `client`, whose base it becomes; every other client's
   * base stays where it was (their next save is a conflict). `validated`
   * skips the schema check for a plan that just passed it with only
   * store-set fields changed.
   */
  private async write(plan: Plan, client: string, validated = false): Promise<Plan> {
    const checked = validated ? plan : this.check(plan);
    const fingerprint = await writePlan(this.plansDir, checked, this.fs);
    const stamp = await stampOf(this.pathOf(checked.id));
    this.seen.set(checked.id, { revision: checked.revision, fingerprint, createdAt: checked.createdAt, stamp });
    this.announced.set(checked.id, fingerprint);
    this.basesOf(checked.id).set(client, { fingerprint, jumped: false, plan: checked });
    return checked;
  }

  /**
   * One plan file that cannot even be read (permissions, an I/O error) must
   * not hide every other plan. The contract has no problem kind for it yet,
   * so it is logged and left out of the list; opening it reports the error.
   */
  private skip(id: string, error: unknown): Loaded {
    if (errnoCode(error) === undefined) throw error;
    console.warn(`Plan file ${planFileName(id)} could not be read and is not listed:`, error);
    return { kind: 'missing' };
  }
}

/** A file's identity and times; `undefined` when it cannot be read. */
interface FileStamp {
  ino: bigint;
  size: bigint;
  mtimeNs: bigint;
  ctimeNs: bigint;
}

async function stampOf(path: string): Promise<FileStamp | undefined> {
  // lstat: a plan file swapped for a link is never "the file this store wrote".
  const info = await lstat(path, { bigint: true }).catch(() => null);
  return info && !info.isSymbolicLink() ? { ino: info.ino, size: info.size, mtimeNs: info.mtimeNs, ctimeNs: info.ctimeNs } : undefined;
}

function sameStamp(a: FileStamp, b: FileStamp | undefined): boolean {
  return !!b && a.ino === b.ino && a.size === b.size && a.mtimeNs === b.mtimeNs && a.ctimeNs === b.ctimeNs;
}
