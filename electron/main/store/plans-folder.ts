/**
 * Where plans live: the app's data folder or one the user chose (a folder a
 * sync tool keeps on every computer). A chosen folder holds plans/, trash/
 * and backups/ as the data folder does; settings stay with the app.
 *
 * Moving copies, never moves: every file is written durably, read back and
 * compared; a file already in the new folder is never overwritten (it may be
 * another computer's), and the old folder keeps everything, with a note.
 */
import { constants } from 'node:fs';
import { access, mkdir, readdir, readFile, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { AppError } from '@shared/errors';
import { writeFileDurable } from './durable-write';
import { errnoCode } from './io-errors';
import { isTempName } from './folder-watch';

export const FOLDER_PARTS = ['plans', 'trash', 'backups'] as const;
export const MOVED_NOTE = 'BIRD-IN-HAND-PLANS-MOVED.txt';

/** Why `folder` cannot hold plans now, in plain words; null when it can. */
export async function folderProblem(folder: string): Promise<string | null> {
  try {
    if (!(await stat(folder)).isDirectory()) return `${folder} is a file, not a folder.`;
    await access(folder, constants.R_OK | constants.W_OK);
    return null;
  } catch (error) {
    const code = errnoCode(error);
    if (code === 'ENOENT') return `The plans folder ${folder} is not there (a disconnected drive, or a sync tool that has not made it yet).`;
    if (code === 'EACCES' || code === 'EPERM') return `The plans folder ${folder} cannot be read or written with your permissions.`;
    return `The plans folder ${folder} cannot be used (${code ?? 'unknown error'}).`;
  }
}

async function filesUnder(root: string, dir = root): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') return [];
    throw error;
  }
  const out: string[] = [];
  for (const entry of entries) {
    if (isTempName(entry.name)) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await filesUnder(root, path)));
    else if (entry.isFile()) out.push(relative(root, path));
  }
  return out;
}

/** Copies plans, trash and backups from `from` to `to`, verified; leaves a note in `from`. */
export async function copyPlansFolder(from: string, to: string, at: Date): Promise<{ copied: number; alreadyThere: number }> {
  let copied = 0;
  let alreadyThere = 0;
  for (const part of FOLDER_PARTS) {
    for (const file of await filesUnder(join(from, part))) {
      const source = join(from, part, file);
      const target = join(to, part, file);
      const bytes = await readFile(source);
      const existing = await readFile(target).catch((error: unknown) => (errnoCode(error) === 'ENOENT' ? null : Promise.reject(error)));
      if (existing) {
        alreadyThere++;
        continue;
      }
      await mkdir(join(target, '..'), { recursive: true });
      await writeFileDurable(target, bytes);
      if (!(await readFile(target)).equals(bytes)) {
        throw new AppError('io', `${target} did not read back as written, so Bird in Hand keeps using ${from}. Check the new folder's disk and try again.`);
      }
      copied++;
    }
  }
  const note =
    `Bird in Hand keeps its plans in ${to} since ${at.toISOString()}.\n` +
    `Everything here was copied there and checked, and left here untouched. Once you have seen your plans in the app, you may delete this folder's plans, trash and backups.\n`;
  await writeFileDurable(join(from, MOVED_NOTE), note);
  return { copied, alreadyThere };
}
