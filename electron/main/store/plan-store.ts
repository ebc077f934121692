/**
 * The plans folder: one plan per `<id>.json`, written atomically and durably,
 * one write queue per file, revision-checked saves, corrupt files moved aside
 * untouched, newer files refused, older files backed up then migrated, and a
 * trash folder for deleted plans. Plain Node: no electron import, paths are
 * passed in, so the desktop app, the web harness and the tests share it.
 */
import { mkdir, readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { z } from 'zod';
import type { PlanSummary, StoreProblem, TrashEntry } from '@shared/contract';
import { AppError } from '@shared/errors';
import { Id, newId } from '@shared/ids';
import { LIMITS } from '@shared/limits';
import { PLAN_MIGRATIONS, type Migrations } from '@shared/migrations';
import { blankPlan } from '@shared/new-plan';
import { CURRENT_SCHEMA_VERSION, Plan } from '@shared/plan';
import { samplePlan } from '@shared/sample-plan';
import { cleanTempFiles } from './durable-write';
import { errnoCode, withIoErrors, type StoreAction } from './io-errors';
import { mapLimit } from './map-limit';
import { fileExists, moveFile, parseTrashName, planFileName, planIdOfFile } from './plan-files';
import { loadPlan, writePlan, type Loaded, type PlanFormat } from './plan-loader';
import { byNewestFirst, summarize } from './plan-summary';
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
}

const CONFLICT =
  'The plan changed in another window or on disk since you started editing, so nothing was overwritten. ' +
  'Reload the plan to see the latest version.';

function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  return issue ? `${issue.path.length ? `${issue.path.join('.')}: ` : ''}${issue.message}` : 'it is not a valid plan';
}

export class PlanStore {
  readonly plansDir: string;
  readonly trashDir: string;
  private readonly now: () => Date;
  private readonly format: PlanFormat;

  constructor(opts: PlanStoreOptions) {
    this.plansDir = resolve(opts.plansDir);
    this.trashDir = resolve(opts.trashDir);
    this.now = opts.now ?? (() => new Date());
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
        if (result.kind === 'ok') plans.push(summarize(result.plan));
        else if (result.kind !== 'missing') problems.push(result.problem);
      }
      return { plans: plans.sort(byNewestFirst), problems };
    });
  }

  /** A new plan, blank or from the sample, written at revision 1. */
  async create(from: 'blank' | 'sample', name?: string): Promise<Plan> {
    const now = this.now();
    const base = from === 'sample' ? samplePlan(now) : blankPlan(name ?? 'Untitled plan', now);
    const plan: Plan = { ...base, name: name ?? base.name, revision: 1 };
    return withIoErrors('create', () => this.queued(plan.id, () => this.write(plan)));
  }

  async get(id: string): Promise<Plan> {
    return withIoErrors('open', () => this.queued(id, () => this.loadUsable(id, 'open')));
  }

  /**
   * Writes `plan` as revision `baseRevision + 1` if the file on disk is still
   * at `baseRevision`; otherwise a `conflict` and nothing is written.
   */
  async save(plan: Plan, baseRevision: number): Promise<{ revision: number; updatedAt: string }> {
    const checked = this.check(plan);
    return withIoErrors('save', () =>
      this.queued(checked.id, async () => {
        const current = await this.loadUsable(checked.id, 'save');
        if (current.revision !== baseRevision) throw new AppError('conflict', CONFLICT);
        const saved = await this.write({ ...checked, createdAt: current.createdAt, revision: baseRevision + 1, updatedAt: this.now().toISOString() });
        return { revision: saved.revision, updatedAt: saved.updatedAt };
      }),
    );
  }

  async rename(id: string, name: string): Promise<PlanSummary> {
    return withIoErrors('rename', () =>
      this.queued(id, async () => {
        const current = await this.loadUsable(id, 'rename');
        return summarize(await this.write({ ...current, name, revision: current.revision + 1, updatedAt: this.now().toISOString() }));
      }),
    );
  }

  /** A copy under a new plan id; parts keep their ids because ids are plan-scoped. */
  async duplicate(id: string, name?: string): Promise<PlanSummary> {
    return withIoErrors('duplicate', async () => {
      const source = await this.queued(id, () => this.loadUsable(id, 'duplicate'));
      const at = this.now().toISOString();
      const copyName = name ?? `${source.name.slice(0, LIMITS.shortText - ' (copy)'.length)} (copy)`;
      const copy: Plan = { ...source, id: newId(), name: copyName, createdAt: at, updatedAt: at, revision: 1 };
      return summarize(await this.queued(copy.id, () => this.write(copy)));
    });
  }

  /** Moves the plan file, untouched, into the trash folder. */
  async delete(id: string): Promise<TrashEntry> {
    return withIoErrors('delete', () =>
      this.queued(id, async () => {
        const plan = await this.loadUsable(id, 'delete');
        return moveToTrash(this.pathOf(id), this.trashDir, id, plan.name, this.now());
      }),
    );
  }

  /** Moves a trashed plan back; refused if a plan with its id exists now. */
  async restore(trashId: string): Promise<PlanSummary> {
    const item = parseTrashName(`${trashId}.json`);
    if (!item) throw new AppError('not-found', 'That plan is not in the trash.');
    return withIoErrors('restore', () =>
      this.queued(item.planId, async () => {
        const from = trashPath(this.trashDir, item.trashId);
        if (!(await fileExists(from))) throw new AppError('not-found', 'That plan is no longer in the trash; it may have been restored already.');
        if (await fileExists(this.pathOf(item.planId))) {
          throw new AppError('conflict', 'A plan with the same id is already in the plans folder, so nothing was overwritten. The trashed copy is still in the trash.');
        }
        await moveFile(from, this.pathOf(item.planId));
        return summarize(await this.loadUsable(item.planId, 'restore'));
      }),
    );
  }

  /** Everything in the trash, most recently deleted first. */
  async trash(): Promise<{ entries: TrashEntry[] }> {
    return withIoErrors('trash', async () => ({ entries: await listTrash(this.trashDir) }));
  }

  private pathOf(id: string): string {
    // The id becomes a file name: only a UUID may, so no path can escape the folder.
    if (!Id.safeParse(id).success) throw new AppError('validation', 'That is not a plan id.');
    return join(this.plansDir, planFileName(id));
  }

  /** Runs `task` in the write queue of plan `id`'s file. */
  private queued<T>(id: string, task: () => Promise<T>): Promise<T> {
    return fileQueues.run(this.pathOf(id), task);
  }

  private load(id: string): Promise<Loaded> {
    return loadPlan({ plansDir: this.plansDir, format: this.format, now: this.now }, id);
  }

  private async loadUsable(id: string, action: StoreAction): Promise<Plan> {
    const loaded = await this.load(id);
    switch (loaded.kind) {
      case 'ok':
        return loaded.plan;
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

  /** Validates a plan at this store's version; an invalid one is never written. */
  private check(plan: Plan): Plan {
    const checked = this.format.schema.safeParse(plan);
    if (!checked.success) {
      throw new AppError('validation', `The plan was not saved because part of it is not valid (${firstIssue(checked.error)}). Nothing was written.`);
    }
    return checked.data;
  }

  private async write(plan: Plan): Promise<Plan> {
    const checked = this.check(plan);
    await writePlan(this.plansDir, checked);
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
