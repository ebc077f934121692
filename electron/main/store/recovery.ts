/**
 * Recovery: what the user needs to get a plan back, on top of PlanStore.
 *
 * - A plan file set aside as `<id>.corrupt-<stamp>[-n].json` stays a problem
 *   on the plans screen (not only in the one listing that moved it) while
 *   no `<id>.json` exists, offering that plan's newest backup.
 * - Restoring the newest usable backup brings the plan back and renames its
 *   set-aside files to `….replaced.json` (bytes untouched, still in the plans
 *   folder), which is what clears the problem.
 * - The trash can be purged one plan at a time or emptied; a plan deleted
 *   forever takes its rolling backups with it, unless another copy of that
 *   plan (in the plans folder, the trash or set aside) still needs them.
 */
import { readdir, rm, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import type { BackupEntry, PlanSummary, StoreProblem, TrashEntry } from '@shared/contract';
import { AppError } from '@shared/errors';
import { Id } from '@shared/ids';
import { setAsideMessage } from './set-aside-message';
import { errnoCode, withIoErrors } from './io-errors';
import { fileExists, freeName, moveFile, parseTrashName, planFileName } from './plan-files';
import type { PlanStore } from './plan-store';
import { listTrash, trashPath } from './plan-trash';
import { planFileAdapter } from './plan-file-adapter';
import { fileQueues } from './write-queue';

/** `<id>.corrupt-<stamp>[-n].json`, as plan-loader names a set-aside file; `.replaced.json` ones are settled. */
const SET_ASIDE_FILE = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.corrupt-\d{8}T\d{6}Z(?:-\d+)?\.json$/;

/** The plan id of a set-aside file name, if it is one still waiting for recovery. */
export function planIdOfSetAside(name: string): string | undefined {
  const id = SET_ASIDE_FILE.exec(name)?.[1];
  return id !== undefined && Id.safeParse(id).success ? id : undefined;
}

export class PlanRecovery {
  constructor(private readonly plans: PlanStore) {}

  /** The plans list, with every set-aside plan still waiting for recovery among the problems. */
  async list(): Promise<{ plans: PlanSummary[]; problems: StoreProblem[] }> {
    const listed = await this.plans.list();
    const reported = new Set(listed.problems.map((p) => p.movedTo));
    const waiting = (await this.setAside()).filter((p) => !reported.has(p.movedTo));
    return { plans: listed.plans, problems: [...listed.problems, ...waiting] };
  }

  /** One problem per set-aside file whose plan is not back in the plans folder. */
  async setAside(): Promise<StoreProblem[]> {
    return withIoErrors('list', async () => {
      const names = (await readdir(this.plans.plansDir)).sort();
      const problems: StoreProblem[] = [];
      for (const name of names) {
        const id = planIdOfSetAside(name);
        if (!id || names.includes(planFileName(id))) continue;
        const newestBackup = await this.plans.backups.newest(id).catch(() => undefined);
        const planName = newestBackup ? await this.nameInBackup(newestBackup) : undefined;
        const message = setAsideMessage({ file: planFileName(id), planName, movedTo: name, newestBackup });
        problems.push({ kind: 'set-aside', file: planFileName(id), movedTo: name, message, ...(newestBackup ? { newestBackup } : {}) });
      }
      return problems;
    });
  }

  /**
   * Brings a set-aside plan back from its newest backup that can be used
   * (an unusable one is skipped for the next older), then settles its
   * set-aside files. Refused when the plan is not set aside.
   */
  async restoreNewestBackup(planId: string): Promise<{ plan: PlanSummary; backup: BackupEntry }> {
    const waiting = (await this.setAside()).filter((p) => p.file === planFileName(planId));
    if (waiting.length === 0) {
      throw new AppError('not-found', 'This plan is not set aside any more; it may have been restored already. Look for it in your plans.');
    }
    const backups = await withIoErrors('backups', () => this.plans.backups.list(planId));
    if (backups.length === 0) {
      throw new AppError('not-found', 'There is no backup of this plan to restore. The set-aside file is still in the plans folder.');
    }
    let lastError: unknown;
    for (const backup of backups) {
      try {
        const plan = await this.plans.restoreBackup(planId, backup.id);
        await this.settle(planId);
        return { plan, backup };
      } catch (error) {
        if (!(error instanceof AppError && error.code === 'corrupt')) throw error;
        lastError = error;
      }
    }
    throw new AppError('corrupt', `None of the backups of this plan can be used, so nothing was changed. ${(lastError as AppError).message}`);
  }

  /** Deletes one trashed plan for good (and its backups when nothing else needs them). */
  async purge(trashId: string): Promise<TrashEntry> {
    const item = parseTrashName(`${trashId}.json`);
    if (!item) throw new AppError('not-found', 'That plan is not in the trash.');
    return withIoErrors('purge', () =>
      this.queued(item.planId, async () => {
        const entry = (await listTrash(this.plans.trashDir)).find((e) => e.trashId === item.trashId);
        if (!entry) throw new AppError('not-found', 'That plan is no longer in the trash; it may have been restored or deleted already.');
        await unlink(trashPath(this.plans.trashDir, item.trashId));
        await this.dropBackupsIfUnneeded(item.planId);
        return entry;
      }),
    );
  }

  /** Deletes everything in the trash for good; answers how many plans went. */
  async emptyTrash(): Promise<{ purged: number }> {
    const entries = await withIoErrors('trash', () => listTrash(this.plans.trashDir));
    let purged = 0;
    for (const entry of entries) {
      try {
        await this.purge(entry.trashId);
        purged++;
      } catch (error) {
        // Restored or purged by another window meanwhile: not this call's to report.
        if (!(error instanceof AppError && error.code === 'not-found')) throw error;
      }
    }
    return { purged };
  }

  private queued<T>(planId: string, task: () => Promise<T>): Promise<T> {
    // PlanStore's own queue for that plan, so a purge never races a restore of it.
    return fileQueues.run(this.plans.queueKey(planId), task);
  }

  /** Renames the plan's set-aside files so they stop being offered; their bytes stay as they were. */
  private async settle(planId: string): Promise<void> {
    await withIoErrors('backup-restore', () =>
      this.queued(planId, async () => {
        for (const name of await readdir(this.plans.plansDir)) {
          if (planIdOfSetAside(name) !== planId) continue;
          const settled = await freeName(this.plans.plansDir, `${name.replace(/\.json$/, '')}.replaced`);
          await moveFile(join(this.plans.plansDir, name), join(this.plans.plansDir, settled));
        }
      }),
    );
  }

  private async dropBackupsIfUnneeded(planId: string): Promise<void> {
    if (await fileExists(join(this.plans.plansDir, planFileName(planId)))) return;
    if ((await listTrash(this.plans.trashDir)).some((e) => e.planId === planId)) return;
    if ((await readdir(this.plans.plansDir)).some((n) => planIdOfSetAside(n) === planId)) return;
    await rm(join(this.plans.backups.dir, planId), { recursive: true, force: true }).catch((error: unknown) => {
      if (errnoCode(error) !== 'ENOENT') throw error;
    });
  }

  private async nameInBackup(backup: BackupEntry): Promise<string | undefined> {
    try {
      const data = await planFileAdapter(join(this.plans.backups.dir, backup.planId, `${backup.id}.json`)).read();
      return typeof data?.name === 'string' && data.name.trim() ? data.name.trim().slice(0, 80) : undefined;
    } catch {
      return undefined;
    }
  }
}
