/**
 * Atomic, durable file replacement: after `writeFileDurable` resolves, the
 * file holds exactly the new bytes and survives a power cut; if it rejects
 * (or the process dies part-way), the file still holds exactly the old bytes.
 *
 * How: write a temp file in the same folder (so the rename cannot cross
 * devices), fsync it, rename it over the target (atomic on POSIX and NTFS),
 * then fsync the folder so the rename itself is on disk.
 */
import { randomBytes } from 'node:crypto';
import * as nodeFs from 'node:fs/promises';
import { readdir, rm, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * The file-system calls a durable write makes. Defaults to node:fs/promises;
 * tests pass a double that fails like a read-only folder (EROFS) or a full
 * disk (ENOSPC), because tests run as root, where chmod cannot block writes.
 */
export interface DurableFs {
  open(path: string, flags: string): Promise<FileHandle>;
  rename(from: string, to: string): Promise<void>;
  rm(path: string, options: { force: boolean }): Promise<void>;
}

/** The real file system. */
export const NODE_FS: DurableFs = { open: (p, f) => nodeFs.open(p, f), rename: nodeFs.rename, rm: nodeFs.rm };

/** `.<basename>.<pid>.<random>.tmp`, as written by `writeFileDurable`. */
const TEMP_NAME = /^\.(.+)\.(\d+)\.[0-9a-f]{12}\.tmp$/;

function tempPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
}

function errorCode(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | undefined)?.code;
}

/**
 * Some platforms and file systems cannot fsync a folder: Windows cannot open
 * one for it at all, and some network or FUSE file systems answer EINVAL or
 * ENOTSUP. The rename has happened by then, so those answers are not failures.
 */
const FOLDER_SYNC_UNSUPPORTED = new Set(['EISDIR', 'EPERM', 'EINVAL', 'ENOTSUP', 'EBADF']);

async function syncFolder(dir: string, fs: DurableFs): Promise<void> {
  if (process.platform === 'win32') return;
  let handle: FileHandle | undefined;
  try {
    handle = await fs.open(dir, 'r');
    await handle.sync();
  } catch (error) {
    if (!FOLDER_SYNC_UNSUPPORTED.has(errorCode(error) ?? '')) throw error;
  } finally {
    await handle?.close();
  }
}

/**
 * On Windows a rename over a file that another program (an antivirus or sync
 * client) holds open fails for a moment with EPERM/EACCES/EBUSY; retry
 * briefly, as graceful-fs does. Elsewhere a rename either works or means it.
 */
async function renameOver(from: string, to: string, fs: DurableFs): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await fs.rename(from, to);
      return;
    } catch (error) {
      const transient = process.platform === 'win32' && ['EPERM', 'EACCES', 'EBUSY'].includes(errorCode(error) ?? '');
      if (!transient || attempt >= 10) throw error;
      await new Promise((resolve) => setTimeout(resolve, 20 * (attempt + 1)));
    }
  }
}

/**
 * Replaces `path` with `data` atomically and durably. The folder must exist.
 * On failure the temp file is removed and the error rethrown; the old file
 * (if any) is untouched.
 */
export async function writeFileDurable(path: string, data: string | Uint8Array, fs: DurableFs = NODE_FS): Promise<void> {
  const temp = tempPathFor(path);
  let handle: FileHandle | undefined;
  try {
    // 'wx': never follow or reuse something already at the temp name.
    handle = await fs.open(temp, 'wx');
    await handle.writeFile(data);
    await handle.sync();
    await handle.close();
    handle = undefined;
    await renameOver(temp, path, fs);
  } catch (error) {
    await handle?.close().catch(() => {});
    await fs.rm(temp, { force: true }).catch(() => {});
    throw error;
  }
  await syncFolder(dirname(path), fs);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return errorCode(error) === 'EPERM';
  }
}

/**
 * Deletes temp files that a crash in the middle of `writeFileDurable` left in
 * `dir` (they never hold the only copy of anything: the target was either
 * replaced or not). Files of a process that is still running, including this
 * one, are kept, so a second window or the web harness writing into the same
 * folder is not disturbed. Returns the names removed. A missing folder is fine.
 */
export async function cleanTempFiles(dir: string, onlyFor?: string): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return [];
    throw error;
  }
  const removed: string[] = [];
  for (const name of names) {
    const match = TEMP_NAME.exec(name);
    if (!match) continue;
    if (onlyFor !== undefined && match[1] !== onlyFor) continue;
    const pid = Number(match[2]);
    if (pid === process.pid || isAlive(pid)) continue;
    await rm(join(dir, name), { force: true });
    removed.push(name);
  }
  return removed;
}
