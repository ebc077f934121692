/**
 * The trash folder: deleted plans are moved there whole, bytes untouched, as
 * `<planId>--<13-digit ms>.json`, and can be moved back. Nothing here ever
 * overwrites a file.
 */
import { mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { TrashEntry } from '@shared/contract';
import { errnoCode } from './io-errors';
import { mapLimit } from './map-limit';
import { planFileAdapter } from './plan-file-adapter';
import { fileExists, moveFile, parseTrashName, trashIdFor } from './plan-files';

/** Shown for a trashed file whose name cannot be read (it is still restorable). */
const UNREADABLE_NAME = 'Plan with an unreadable name';

export function trashPath(trashDir: string, trashId: string): string {
  return join(trashDir, `${trashId}.json`);
}

/**
 * Moves a plan file into the trash. The trash id is the deletion time in
 * milliseconds; if that name is taken (two deletions of one plan within a
 * millisecond, e.g. under a fixed test clock) the next free millisecond is used.
 */
export async function moveToTrash(planPath: string, trashDir: string, planId: string, name: string, at: Date): Promise<TrashEntry> {
  await mkdir(trashDir, { recursive: true });
  let ms = at.getTime();
  while (await fileExists(trashPath(trashDir, trashIdFor(planId, ms)))) ms++;
  const trashId = trashIdFor(planId, ms);
  await moveFile(planPath, trashPath(trashDir, trashId));
  return { trashId, planId, name, deletedAt: new Date(ms).toISOString() };
}

async function nameIn(path: string): Promise<string> {
  try {
    const data = await planFileAdapter(path).read();
    return typeof data?.name === 'string' && data.name.trim() ? data.name : UNREADABLE_NAME;
  } catch {
    return UNREADABLE_NAME;
  }
}

/** Everything in the trash, most recently deleted first. A missing folder is an empty trash. */
export async function listTrash(trashDir: string): Promise<TrashEntry[]> {
  let names: string[];
  try {
    names = await readdir(trashDir);
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') return [];
    throw error;
  }
  const items = names.flatMap((n) => parseTrashName(n) ?? []);
  const entries = await mapLimit(items, 8, async (item) => ({
    trashId: item.trashId,
    planId: item.planId,
    name: await nameIn(trashPath(trashDir, item.trashId)),
    deletedAt: new Date(item.deletedAtMs).toISOString(),
  }));
  return entries.sort((a, b) => b.deletedAt.localeCompare(a.deletedAt) || a.trashId.localeCompare(b.trashId));
}
