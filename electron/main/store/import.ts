/**
 * Importing a plan from a file on disk (a path chosen in a native dialog,
 * never one named by a page). Refused before reading: anything that is not
 * a regular file (folders, devices, FIFOs, sockets), symlinks, and files over
 * LIMITS.planBytes. Then the bytes are decoded (UTF-8, or UTF-16 with a BOM)
 * and checked by the pure rules in shared/import/plan-import.ts.
 */
import { constants } from 'node:fs';
import { lstat, open } from 'node:fs/promises';
import { AppError } from '@shared/errors';
import { decodePlanBytes } from '@shared/import/plan-import';
import { LIMITS } from '@shared/limits';
import type { PlanSummary } from '@shared/contract';
import { errnoCode } from './io-errors';
import type { PlanStore } from './plan-store';

function refuse(why: string): never {
  throw new AppError('validation', `This file cannot be imported: ${why}. Nothing was changed.`);
}

function kindOf(info: { isDirectory(): boolean; isSymbolicLink(): boolean; isFIFO(): boolean; isSocket(): boolean; isBlockDevice(): boolean; isCharacterDevice(): boolean }): string {
  if (info.isSymbolicLink()) return 'a link to another file (open the file itself)';
  if (info.isDirectory()) return 'a folder';
  if (info.isFIFO()) return 'a pipe';
  if (info.isSocket()) return 'a socket';
  if (info.isBlockDevice() || info.isCharacterDevice()) return 'a device';
  return 'not a regular file';
}

/** The text of a plan file at `path`, after the checks above. */
export async function readImportFile(path: string): Promise<string> {
  let info;
  try {
    info = await lstat(path);
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') throw new AppError('not-found', 'That file does not exist any more. Nothing was changed.');
    throw error;
  }
  if (!info.isFile()) refuse(`it is ${kindOf(info)}`);
  if (info.size > LIMITS.planBytes) refuse('it is larger than a plan can be');
  // O_NOFOLLOW and O_NONBLOCK: if the name was swapped for a link or a FIFO
  // after the lstat, opening fails or returns at once instead of blocking.
  const flags = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);
  let handle;
  try {
    handle = await open(path, flags);
  } catch (error) {
    if (errnoCode(error) === 'ELOOP') refuse('it is a link to another file (open the file itself)');
    throw error;
  }
  try {
    const again = await handle.stat();
    if (!again.isFile()) refuse(`it is ${kindOf(again)}`);
    if (again.size > LIMITS.planBytes) refuse('it is larger than a plan can be');
    const bytes = await handle.readFile();
    if (bytes.length > LIMITS.planBytes) refuse('it is larger than a plan can be');
    return decodePlanBytes(bytes);
  } finally {
    await handle.close();
  }
}

/** Imports the plan file at `path` into `store` (see PlanStore.importText for `replace`). */
export async function importPlanFile(store: PlanStore, path: string, replace = false): Promise<PlanSummary> {
  return store.importText(await readImportFile(path), replace);
}
