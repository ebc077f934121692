/**
 * Names and moves of files in the plans and trash folders.
 *
 *   <id>.json                         a plan
 *   <id>.corrupt-<stamp>[-n].json     a plan file set aside, bytes untouched
 *   <id>.backup-v<N>-<stamp>[-n].json the original of a migrated plan
 *   <trash>/<id>--<13-digit ms>.json  a deleted plan, recoverable
 *
 * Only `<id>.json` counts as a plan, so set-aside files, backups and temp
 * files are never listed or loaded.
 */
import { access, readFile, rename, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { Id } from '@shared/ids';
import { writeFileDurable } from './durable-write';
import { errnoCode } from './io-errors';

const PLAN_FILE = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.json$/;
const TRASH_FILE = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})--(\d{13})\.json$/;

/** The plan id a file name stands for, or undefined if it is not a plan file. */
export function planIdOfFile(name: string): string | undefined {
  const id = PLAN_FILE.exec(name)?.[1];
  return id !== undefined && Id.safeParse(id).success ? id : undefined;
}

export function planFileName(id: string): string {
  return `${id}.json`;
}

/** `20260102T030405Z`: sortable, and safe in file names on every platform. */
export function fileStamp(at: Date): string {
  return at.toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/[-:]/g, '');
}

export function trashIdFor(planId: string, deletedAtMs: number): string {
  return `${planId}--${String(deletedAtMs).padStart(13, '0')}`;
}

/** The parts of a trash file name (`<trashId>.json`), if it is one. */
export function parseTrashName(name: string): { trashId: string; planId: string; deletedAtMs: number } | undefined {
  const match = TRASH_FILE.exec(name);
  if (!match?.[1] || !match[2] || !Id.safeParse(match[1]).success) return undefined;
  return { trashId: `${match[1]}--${match[2]}`, planId: match[1], deletedAtMs: Number(match[2]) };
}

/** Whether something exists at `path` (other errors are thrown). */
export async function fileExists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') return false;
    throw error;
  }
}

/**
 * The first of `<stem>.json`, `<stem>-2.json`, … not taken in `dir`. Callers
 * hold the plan's write queue, and the stem includes the plan id, so nothing
 * else in this process can take the name between the check and the use.
 */
export async function freeName(dir: string, stem: string): Promise<string> {
  for (let n = 1; ; n++) {
    const name = n === 1 ? `${stem}.json` : `${stem}-${n}.json`;
    if (!(await fileExists(join(dir, name)))) return name;
  }
}

/**
 * Moves a file, bytes untouched. Within one device this is a rename; across
 * devices (a plans folder chosen on another disk than the trash) the bytes
 * are copied durably and only then the original removed.
 */
export async function moveFile(from: string, to: string): Promise<void> {
  try {
    await rename(from, to);
  } catch (error) {
    if (errnoCode(error) !== 'EXDEV') throw error;
    await writeFileDurable(to, await readFile(from));
    await unlink(from);
  }
}
