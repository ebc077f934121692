/**
 * Reading one plan file: parse, migrate (after a backup), validate. A file
 * that cannot be used is moved aside with its bytes untouched; a file from a
 * newer Bird in Hand is left exactly where and as it is. Callers hold the
 * file's write queue.
 */
import { join } from 'node:path';
import { Low } from 'lowdb';
import type { z } from 'zod';
import type { StoreProblem } from '@shared/contract';
import { migrate, NewerVersionError, schemaVersionOf, type Migrations } from '@shared/migrations';
import { repairZones, type ZoneRepair } from '@shared/migrations/repair-zones';
import type { Plan } from '@shared/plan';
import { writeFileDurable, type DurableFs } from './durable-write';
import type { BackupStore } from './plan-backups';
import { planFileAdapter, readFileNoFollow, SETTLE_TRIES, stillHolds, UnreadableFileError, type PlanFileData } from './plan-file-adapter';
import { fileStamp, freeName, moveFile, planFileName } from './plan-files';
import { setAsideMessage } from './set-aside-message';

/** The plan format a store reads and writes. Tests inject a fake next version. */
export interface PlanFormat {
  /** The schema version written; older files migrate up to it, newer are refused. */
  version: number;
  migrations: Migrations;
  /** Validates a document at `version`. */
  schema: z.ZodType<Plan>;
}

export type Loaded =
  | { kind: 'missing' }
  /** `fingerprint` and `bytes`: the file exactly as it is on disk now. */
  /** `repairs`: unknown time zones cleared on this load (after a backup), to tell the user. */
  | { kind: 'ok'; plan: Plan; fingerprint: string; bytes: Buffer; repairs?: ZoneRepair[] }
  | { kind: 'set-aside'; problem: StoreProblem }
  | { kind: 'newer-version'; problem: StoreProblem };

export interface LoadContext {
  plansDir: string;
  format: PlanFormat;
  now: () => Date;
  /** Where writes go (the real file system unless a test injects faults). */
  fs?: DurableFs;
  /** Rolling backups: taken before a migration, offered when a file is set aside. */
  backups?: BackupStore;
  /** The wait before an unreadable file is read again (default `waitToSettle`); tests write the rest of the file in it. */
  settle?: () => Promise<void>;
}

/**
 * `Low.read` keeps its default when the adapter answers null (no file); this
 * frozen object is that default, so "no file" is told apart by identity.
 */
const NO_FILE: PlanFileData = Object.freeze({});

function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'its content does not match the plan format';
  const where = issue.path.length ? ` at “${issue.path.join('.')}”` : '';
  return `its content does not match the plan format${where}: ${issue.message}`;
}

function nameOf(raw: PlanFileData | undefined): string | undefined {
  const name = raw?.name;
  return typeof name === 'string' && name.trim() ? name.trim().slice(0, 80) : undefined;
}

async function setAside(ctx: LoadContext, id: string, why: string, raw?: PlanFileData): Promise<Loaded> {
  const file = planFileName(id);
  const movedTo = await freeName(ctx.plansDir, `${id}.corrupt-${fileStamp(ctx.now())}`);
  await moveFile(join(ctx.plansDir, file), join(ctx.plansDir, movedTo));
  const newestBackup = await ctx.backups?.newest(id).catch(() => undefined);
  const message = setAsideMessage({ file, planName: nameOf(raw), why, movedTo, newestBackup });
  const problem: StoreProblem = { kind: 'set-aside', file, movedTo, message };
  if (newestBackup) problem.newestBackup = newestBackup;
  return { kind: 'set-aside', problem };
}

/** Copies the file's exact bytes to `<id>.backup-v<N>-<stamp>.json` before it is migrated. */
async function backUp(ctx: LoadContext, id: string, version: number, revision: unknown): Promise<void> {
  const bytes = await readFileNoFollow(join(ctx.plansDir, planFileName(id)));
  if (!bytes) throw Object.assign(new Error('The plan file went away while it was being upgraded'), { code: 'ENOENT' });
  const name = await freeName(ctx.plansDir, `${id}.backup-v${version}-${fileStamp(ctx.now())}`);
  await writeFileDurable(join(ctx.plansDir, name), bytes, ctx.fs);
  // Also a rolling backup, so the backups view lists and restores it.
  await ctx.backups?.take(id, 'migration', bytes, typeof revision === 'number' ? revision : 0);
}

/** A file whose bytes are not a JSON object on one read: why, and the exact bytes judged (null if refused unread). */
interface Unreadable {
  kind: 'unreadable';
  why: string;
  bytes: Buffer | null;
}

/**
 * Loads plan `id` from the plans folder. File-system errors are thrown as
 * they are. A file whose bytes are no JSON object is set aside only once it
 * has settled (see `stillHolds`): one being written in place is read again.
 */
export async function loadPlan(ctx: LoadContext, id: string): Promise<Loaded> {
  const path = join(ctx.plansDir, planFileName(id));
  for (let tries = 1; ; tries++) {
    const loaded = await loadOnce(ctx, id);
    if (loaded.kind !== 'unreadable') return loaded;
    const settled = tries >= SETTLE_TRIES || (await stillHolds(() => readFileNoFollow(path), loaded.bytes, ctx.settle));
    if (settled) return setAside(ctx, id, loaded.why);
  }
}

async function loadOnce(ctx: LoadContext, id: string): Promise<Loaded | Unreadable> {
  const adapter = planFileAdapter(join(ctx.plansDir, planFileName(id)), ctx.fs);
  const db = new Low<PlanFileData>(adapter, NO_FILE);
  try {
    await db.read();
  } catch (error) {
    if (error instanceof UnreadableFileError) return { kind: 'unreadable', why: error.message, bytes: adapter.lastBytes };
    throw error;
  }
  if (db.data === NO_FILE) return { kind: 'missing' };
  const raw = db.data;

  const version = schemaVersionOf(raw);
  if (version !== undefined && version > ctx.format.version) {
    const message = `${new NewerVersionError(version, ctx.format.version).message} The file was left as it is.`;
    return { kind: 'newer-version', problem: { kind: 'newer-version', file: planFileName(id), movedTo: null, message } };
  }
  const migrating = version !== undefined && version < ctx.format.version;
  let doc: unknown = raw;
  if (migrating) {
    await backUp(ctx, id, version, raw.revision);
    try {
      doc = migrate(raw, ctx.format.migrations, ctx.format.version);
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      return setAside(ctx, id, `it could not be upgraded from schema ${version} (${detail})`, raw);
    }
  }

  const { doc: repairedDoc, repairs } = repairZones(doc as Record<string, unknown>);
  const parsed = ctx.format.schema.safeParse(repairedDoc);
  // Whole JSON is no write in progress (a file cut short never parses): set aside at once.
  if (!parsed.success) return setAside(ctx, id, describeIssue(parsed.error), raw);
  if (parsed.data.id !== id) return setAside(ctx, id, 'the plan id inside it does not match its file name', raw);
  if (repairs.length && !migrating) {
    // The file as it was, before the repair is written over it.
    await ctx.backups?.take(id, 'repair', adapter.lastBytes ?? Buffer.alloc(0), parsed.data.revision);
  }
  if (migrating || repairs.length) {
    db.data = parsed.data;
    await db.write();
  }
  const loaded: Loaded = { kind: 'ok', plan: parsed.data, fingerprint: adapter.fingerprint ?? '', bytes: adapter.lastBytes ?? Buffer.alloc(0) };
  if (repairs.length) loaded.repairs = repairs;
  return loaded;
}

/** Writes a plan durably to `<id>.json` through the plan file adapter; returns the written bytes' fingerprint. */
export async function writePlan(plansDir: string, plan: Plan, fs?: DurableFs): Promise<string> {
  const adapter = planFileAdapter(join(plansDir, planFileName(plan.id)), fs);
  await new Low<PlanFileData>(adapter, plan).write();
  return adapter.fingerprint ?? '';
}
