/**
 * Rolling backups of each plan, in `<backupsDir>/<planId>/`, one file per
 * backup holding the plan file's exact bytes, named
 * `<stamp with ms>-<reason>-r<revision>[-n].json` so a listing needs no reads.
 * Written durably; after each backup the pure retention rule
 * (shared/backups/retention.ts) decides which to keep.
 *
 * Callers hold the plan's write queue, so backups of one plan never race.
 */
import { mkdir, readdir, readFile, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { applyRetention, DEFAULT_RETENTION, type RetentionPolicy } from '@shared/backups/retention';
import type { BackupEntry, BackupReason } from '@shared/contract';
import { canonicalId, Id } from '@shared/ids';
import { NODE_FS, writeFileDurable, type DurableFs } from './durable-write';
import { errnoCode } from './io-errors';
import { freeName } from './plan-files';

const BACKUP_FILE = /^(\d{8}T\d{9}Z)-(scheduled|migration|restore|import|delete|conflict|repair|merge)-r(\d{1,9})(?:-\d+)?\.json$/;

/** `20260301T090000123Z`: sortable, with milliseconds, safe in file names. */
function stampOf(at: Date): string {
  return at.toISOString().replace(/[-:.]/g, '');
}

function timeOfStamp(stamp: string): string {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z$/.exec(stamp);
  if (!m) return new Date(0).toISOString();
  return `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}.${m[7]}Z`;
}

export interface BackupStoreOptions {
  dir: string;
  now: () => Date;
  fs?: DurableFs;
  policy?: RetentionPolicy;
}

export class BackupStore {
  readonly dir: string;
  private readonly now: () => Date;
  private readonly fs: DurableFs;
  private readonly policy: RetentionPolicy;
  /** When each plan's newest backup was taken, once known: autosave asks on every save. */
  private readonly newestAt = new Map<string, number>();

  constructor(opts: BackupStoreOptions) {
    this.dir = opts.dir;
    this.now = opts.now;
    this.fs = opts.fs ?? NODE_FS;
    this.policy = opts.policy ?? DEFAULT_RETENTION;
  }

  private folderOf(planId: string): string {
    // Only a UUID becomes a folder name, so no path can escape `dir`; lower
    // case, so a disk that ignores case has one folder per plan.
    const id = canonicalId(planId);
    if (!Id.safeParse(id).success) throw new Error('Not a plan id');
    return join(this.dir, id);
  }

  /** Backs up `bytes` (the plan file as it is) and then applies the retention rule. */
  async take(planId: string, reason: BackupReason, bytes: Uint8Array, revision: number): Promise<BackupEntry> {
    const folder = this.folderOf(planId);
    await mkdir(folder, { recursive: true });
    const name = await freeName(folder, `${stampOf(this.now())}-${reason}-r${Math.max(0, Math.trunc(revision))}`);
    await writeFileDurable(join(folder, name), bytes, this.fs);
    this.newestAt.set(planId, this.now().getTime());
    await this.prune(planId);
    const entry = (await this.list(planId)).find((e) => e.id === name.replace(/\.json$/, ''));
    return entry ?? { id: name.replace(/\.json$/, ''), planId, takenAt: this.now().toISOString(), reason, revision, bytes: bytes.length };
  }

  /**
   * A scheduled backup, only if the newest backup is older than `everyMs` (or
   * there is none). The folder is listed once per plan; after that the time
   * of the newest is remembered, and the plan's bytes are read only when due.
   */
  async takeIfDue(planId: string, bytes: () => Promise<Uint8Array>, revision: number, everyMs: number): Promise<BackupEntry | null> {
    let newest = this.newestAt.get(planId);
    if (newest === undefined) {
      const entry = (await this.list(planId))[0];
      newest = entry ? Date.parse(entry.takenAt) : Number.NEGATIVE_INFINITY;
      this.newestAt.set(planId, newest);
    }
    if (this.now().getTime() - newest < everyMs) return null;
    return this.take(planId, 'scheduled', await bytes(), revision);
  }

  /** The backups of one plan, newest first. A plan never backed up has none. */
  async list(planId: string): Promise<BackupEntry[]> {
    const folder = this.folderOf(planId);
    let names: string[];
    try {
      names = await readdir(folder);
    } catch (error) {
      if (errnoCode(error) === 'ENOENT') return [];
      throw error;
    }
    const entries: BackupEntry[] = [];
    for (const name of names) {
      const m = BACKUP_FILE.exec(name);
      if (!m) continue;
      const info = await stat(join(folder, name)).catch(() => null);
      if (!info?.isFile()) continue;
      entries.push({
        id: name.replace(/\.json$/, ''),
        planId,
        takenAt: timeOfStamp(m[1]!),
        reason: m[2] as BackupReason,
        revision: Number(m[3]),
        bytes: info.size,
      });
    }
    return entries.sort((a, b) => b.takenAt.localeCompare(a.takenAt) || b.id.localeCompare(a.id));
  }

  /** The newest backup of a plan, if any. */
  async newest(planId: string): Promise<BackupEntry | undefined> {
    return (await this.list(planId))[0];
  }

  /** The exact bytes of one backup, or undefined if there is no such backup. */
  async read(planId: string, backupId: string): Promise<Buffer | undefined> {
    if (!BACKUP_FILE.test(`${backupId}.json`)) return undefined;
    try {
      return await readFile(join(this.folderOf(planId), `${backupId}.json`));
    } catch (error) {
      if (errnoCode(error) === 'ENOENT') return undefined;
      throw error;
    }
  }

  private async prune(planId: string): Promise<void> {
    const { drop } = applyRetention(await this.list(planId), this.now(), this.policy);
    for (const entry of drop) await unlink(join(this.folderOf(planId), `${entry.id}.json`)).catch(() => {});
  }
}
