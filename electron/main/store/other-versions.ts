/**
 * Sync tools' conflict copies of plans (names in shared/sync/conflict-copies.ts):
 * listed as another version of their plan, never as a plan, and merged into
 * it on request through the store's ordinary get and save (so a merge is a
 * normal save for the store's rules), then moved to the trash.
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { FieldConflict, PlanSummary, StoreProblem } from '@shared/contract';
import { AppError } from '@shared/errors';
import { canonicalId } from '@shared/ids';
import { mergePlans } from '@shared/merge/plan-merge';
import type { Plan } from '@shared/plan';
import { summarizePlan } from '@shared/plan-summary';
import { describeConflictCopy, parseConflictCopy } from '@shared/sync/conflict-copies';
import { withIoErrors } from './io-errors';
import { readFileNoFollow } from './plan-file-adapter';
import { planFileName } from './plan-files';
import type { PlanStore } from './plan-store';
import { moveToTrash } from './plan-trash';

/** The client of a merge made from the plans screen: its own base, apart from every window's. */
const MERGING_CLIENT = 'merge-other-version';

export class OtherVersions {
  constructor(
    private readonly plans: PlanStore,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** One `other-version` problem per conflict copy whose plan is in the folder. */
  async list(plans: PlanSummary[]): Promise<StoreProblem[]> {
    return withIoErrors('list', async () => {
      const byId = new Map(plans.map((p) => [p.id, p]));
      const problems: StoreProblem[] = [];
      for (const name of (await readdir(this.plans.plansDir)).sort()) {
        const copy = parseConflictCopy(name);
        const plan = copy && byId.get(copy.planId);
        if (!copy || !plan) continue;
        const message = `“${plan.name}” has ${describeConflictCopy(copy)}: both computers changed the plan before ${copy.tool} could sync it. Merge it into the plan to keep the changes from both.`;
        problems.push({ kind: 'other-version', file: planFileName(plan.id), movedTo: name, message });
      }
      return problems;
    });
  }

  async merge(planId: string, file: string): Promise<{ plan: PlanSummary; conflicts: FieldConflict[] }> {
    planId = canonicalId(planId);
    const copy = parseConflictCopy(file);
    if (!copy || copy.planId !== planId) throw new AppError('validation', 'That file is not another version of this plan.');
    const path = join(this.plans.plansDir, file);
    const bytes = await withIoErrors('import', () => readFileNoFollow(path));
    if (!bytes) throw new AppError('not-found', 'That other version is not in the plans folder any more; it may have been merged on another computer.');
    let other: Plan;
    try {
      other = this.plans.parseOtherVersion(bytes.toString('utf8'));
    } catch (error) {
      if (error instanceof AppError) throw new AppError('corrupt', `That other version cannot be read (${error.message}) It was left in the plans folder.`);
      throw error;
    }
    if (other.id !== planId) throw new AppError('validation', 'That file holds another plan, so it was not merged. It was left in the plans folder.');
    const plan = await this.plans.get(planId, MERGING_CLIENT);
    const base = await this.commonVersion(plan, other);
    const current = await withIoErrors('save', () => readFileNoFollow(join(this.plans.plansDir, planFileName(planId))));
    if (current) await withIoErrors('save', () => this.plans.backups.take(planId, 'merge', current, plan.revision));
    const merge = mergePlans(base, other, plan);
    if (!merge.ok) {
      throw new AppError('conflict', `The two versions cannot be combined (${merge.reason}). Both are kept: open the plan and make the change by hand.`);
    }
    const saved = await this.plans.save(merge.plan, plan.revision, { client: MERGING_CLIENT });
    const written = saved.merged ?? { ...merge.plan, revision: saved.revision, updatedAt: saved.updatedAt };
    await withIoErrors('delete', () => moveToTrash(path, this.plans.trashDir, planId, `${plan.name} (${describeConflictCopy(copy)})`, this.now()));
    const source = describeConflictCopy(copy).replace(/^another version /, '');
    return { plan: summarizePlan(written, this.now()), conflicts: [...merge.conflicts, ...(saved.conflicts ?? [])].map((c) => ({ ...c, source })) };
  }

  /**
   * The version both started from: the newest backup older than both (a sync
   * tool's copy and the plan were each saved from it). None: every difference
   * between the two is asked about.
   */
  private async commonVersion(plan: Plan, other: Plan): Promise<Plan | null> {
    const before = Math.min(plan.revision, other.revision);
    const entries = await this.plans.backups.list(plan.id).catch(() => []);
    for (const entry of entries) {
      if (entry.revision >= before) continue;
      const bytes = await this.plans.backups.read(plan.id, entry.id).catch(() => null);
      if (!bytes) continue;
      try {
        return this.plans.parseOtherVersion(bytes.toString('utf8'));
      } catch {
        continue;
      }
    }
    return null;
  }
}
