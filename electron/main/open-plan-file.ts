/**
 * Opening a plan file handed to the app by the OS: a double-click, the
 * command line, a second launch (single-instance hand-off), macOS
 * `open-file`, or an entry of the OS recent documents. A file of the app's
 * own plans folder is simply opened; any other file is imported (checked,
 * all-or-nothing) and never replaces an existing plan without asking.
 */
import { basename, dirname, resolve } from 'node:path';
import { AppError } from '@shared/errors';
import { Id } from '@shared/ids';
import { importPlanFile, readImportFile } from './store/import';
import type { PlanStore } from './store/plan-store';

/** What to do with a file whose plan is already in the app. */
export type ClashChoice = 'open-existing' | 'import-copy' | 'replace' | 'cancel';

export interface OpenPlanFileDeps {
  plans: PlanStore;
  plansDir: string;
  /** Asked only when the file's plan is already in the app. */
  askOnClash(planName: string): Promise<ClashChoice>;
}

export type OpenPlanFileResult =
  | { kind: 'opened'; planId: string; imported: boolean; revision?: number }
  | { kind: 'cancelled' }
  | { kind: 'failed'; message: string };

/** The plan id of a file inside the plans folder (`<uuid>.json`), or null. */
export function ownPlanId(path: string, plansDir: string): string | null {
  if (resolve(dirname(path)) !== resolve(plansDir)) return null;
  const stem = basename(path).replace(/\.json$/i, '');
  return Id.safeParse(stem).success ? stem : null;
}

/** The `id` field of a plan file's text, if it has one; the import itself checks everything. */
function declaredId(text: string): string | null {
  try {
    const id = (JSON.parse(text) as { id?: unknown } | null)?.id;
    return typeof id === 'string' && Id.safeParse(id).success ? id : null;
  } catch {
    return null;
  }
}

function failure(path: string, error: unknown): OpenPlanFileResult {
  const why = error instanceof AppError ? error.message : 'It could not be read. Check that the file exists and that you may open it.';
  return { kind: 'failed', message: `${basename(path)}: ${why}` };
}

/** Opens or imports the plan file at `path`. Never throws; a failure says what happened and touched nothing. */
export async function openPlanFile(path: string, deps: OpenPlanFileDeps): Promise<OpenPlanFileResult> {
  try {
    const own = ownPlanId(path, deps.plansDir);
    if (own) {
      await deps.plans.peek(own);
      return { kind: 'opened', planId: own, imported: false };
    }
    const text = await readImportFile(path);
    const id = declaredId(text);
    const existing = id ? await deps.plans.peek(id).catch(() => null) : null;
    let replace = false;
    if (existing) {
      const choice = await deps.askOnClash(existing.name);
      if (choice === 'cancel') return { kind: 'cancelled' };
      if (choice === 'open-existing') return { kind: 'opened', planId: existing.id, imported: false };
      replace = choice === 'replace';
    }
    const summary = await importPlanFile(deps.plans, path, replace);
    return { kind: 'opened', planId: summary.id, imported: true, revision: summary.revision };
  } catch (error) {
    if (error instanceof AppError && error.code === 'not-found') {
      return { kind: 'failed', message: `${basename(path)}: this plan is not in Bird in Hand any more (it was deleted or moved). Nothing was changed.` };
    }
    return failure(path, error);
  }
}
