/**
 * Crash states explored: the file operations of a sequence of saves are
 * recorded (a recording layer around the store's durable writes), and for
 * every point a power cut could strike, every disk state it allows is built:
 * directory changes (create, rename, unlink) not yet made durable by a
 * folder fsync may each be lost; file data not yet fsynced may be dropped,
 * complete, torn in half or zeros. The store is opened on each state and
 * must find the last confirmed plan or the newer one being saved (never an
 * older one: that would be a save reported done whose data was lost), and
 * never a corrupt, missing or mixed plan.
 */
import { createHash } from 'node:crypto';
import type { FileHandle } from 'node:fs/promises';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NODE_FS, type DurableFs } from '../../../electron/main/store/durable-write';
import { PlanStore } from '../../../electron/main/store/plan-store';
import { tickingClock, useTempFolder } from './temp-folder';

const tmp = useTempFolder('bih-crash-');

type Op =
  | { kind: 'create'; path: string }
  | { kind: 'write'; path: string; data: Uint8Array }
  | { kind: 'fsync'; path: string }
  | { kind: 'rename'; from: string; to: string }
  | { kind: 'unlink'; path: string }
  | { kind: 'fsync-dir'; path: string }
  | { kind: 'confirm' };

/** The real file system, recording what the durable writes do, in order. */
function recordingFs(ops: Op[]): DurableFs {
  return {
    async open(path, flags) {
      const handle = await NODE_FS.open(path, flags);
      if (flags === 'wx') ops.push({ kind: 'create', path });
      return new Proxy(handle, {
        get(target, key) {
          if (key === 'writeFile') {
            return async (data: string | Uint8Array) => {
              await target.writeFile(data);
              ops.push({ kind: 'write', path, data: typeof data === 'string' ? new TextEncoder().encode(data) : new Uint8Array(data) });
            };
          }
          if (key === 'sync') {
            return async () => {
              await target.sync();
              ops.push(flags === 'r' ? { kind: 'fsync-dir', path } : { kind: 'fsync', path });
            };
          }
          const value = Reflect.get(target, key) as unknown;
          return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
        },
      }) as FileHandle;
    },
    async rename(from, to) {
      await NODE_FS.rename(from, to);
      ops.push({ kind: 'rename', from, to });
    },
    async rm(path, options) {
      await NODE_FS.rm(path, options);
      ops.push({ kind: 'unlink', path });
    },
  };
}

interface Inode {
  durable: Uint8Array;
  current: Uint8Array;
}
type DirOp = Extract<Op, { kind: 'create' | 'rename' | 'unlink' }> & { ino?: number };

/** The disk as the kernel knows it (current) and as a power cut would leave it for sure (durable). */
class DiskModel {
  inodes: Inode[] = [];
  current = new Map<string, number>();
  durable = new Map<string, number>();
  pending: DirOp[] = [];

  constructor(files: Map<string, Uint8Array>) {
    for (const [path, bytes] of files) {
      this.inodes.push({ durable: bytes, current: bytes });
      this.current.set(path, this.inodes.length - 1);
      this.durable.set(path, this.inodes.length - 1);
    }
  }

  apply(op: Op): void {
    switch (op.kind) {
      case 'create': {
        this.inodes.push({ durable: new Uint8Array(), current: new Uint8Array() });
        const ino = this.inodes.length - 1;
        this.current.set(op.path, ino);
        this.pending.push({ ...op, ino });
        break;
      }
      case 'write':
        this.inodes[this.current.get(op.path)!]!.current = op.data;
        break;
      case 'fsync': {
        const inode = this.inodes[this.current.get(op.path)!]!;
        inode.durable = inode.current;
        break;
      }
      case 'rename': {
        const ino = this.current.get(op.from)!;
        this.current.delete(op.from);
        this.current.set(op.to, ino);
        this.pending.push(op);
        break;
      }
      case 'unlink':
        if (this.current.delete(op.path)) this.pending.push(op);
        break;
      case 'fsync-dir': {
        const inDir = (d: DirOp) => dirname(d.kind === 'rename' ? d.to : d.path) === op.path;
        for (const d of this.pending.filter(inDir)) applyDirOp(this.durable, d, this.current);
        this.pending = this.pending.filter((d) => !inDir(d));
        break;
      }
      case 'confirm':
        break;
    }
  }

  /** Every disk a power cut now may leave: name → bytes. */
  crashStates(): Map<string, Uint8Array>[] {
    const states: Map<string, Uint8Array>[] = [];
    const k = this.pending.length;
    if (k > 10) throw new Error(`too many unsynced directory changes (${k}) to explore`);
    for (let mask = 0; mask < 1 << k; mask++) {
      const names = new Map(this.durable);
      this.pending.forEach((d, i) => {
        if (mask & (1 << i)) applyDirOp(names, d, this.current);
      });
      // Each file whose data was never fsynced may hold any of these.
      const unsynced = [...new Set(names.values())].filter((ino) => !same(this.inodes[ino]!.durable, this.inodes[ino]!.current));
      const choices = unsynced.map((ino) => {
        const { durable, current } = this.inodes[ino]!;
        return [durable, current, current.slice(0, Math.floor(current.length / 2)), new Uint8Array(current.length)];
      });
      for (const pick of product(choices)) {
        const state = new Map<string, Uint8Array>();
        for (const [name, ino] of names) {
          const at = unsynced.indexOf(ino);
          state.set(name, at < 0 ? this.inodes[ino]!.durable : pick[at]!);
        }
        states.push(state);
      }
    }
    return states;
  }
}

function applyDirOp(names: Map<string, number>, d: DirOp, current: Map<string, number>): void {
  if (d.kind === 'create') names.set(d.path, d.ino!);
  else if (d.kind === 'unlink') names.delete(d.path);
  else {
    // A rename whose source never became durable renames nothing.
    const ino = names.get(d.from);
    if (ino === undefined) return;
    names.delete(d.from);
    names.set(d.to, ino ?? current.get(d.to)!);
  }
}

function same(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}

function* product<T>(lists: T[][]): Generator<T[]> {
  if (lists.length === 0) return yield [];
  const [first, ...rest] = lists;
  for (const item of first!) for (const tail of product(rest)) yield [item, ...tail];
}

async function snapshot(root: string): Promise<Map<string, Uint8Array>> {
  const files = new Map<string, Uint8Array>();
  for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) files.set(join(entry.parentPath, entry.name), new Uint8Array(await readFile(join(entry.parentPath, entry.name))));
  }
  return files;
}

function keyOf(state: Map<string, Uint8Array>): string {
  return [...state].sort(([a], [b]) => a.localeCompare(b)).map(([n, b]) => `${n}:${createHash('sha1').update(b).digest('hex')}`).join('|');
}

describe('power cuts during a sequence of saves', () => {
  it('every crash state opens on the last confirmed plan or the one being saved', async () => {
    const live = join(tmp.path, 'live');
    const ops: Op[] = [];
    const folders = { plansDir: join(live, 'plans'), trashDir: join(live, 'trash'), backupsDir: join(live, 'backups') };
    const first = new PlanStore({ ...folders, now: tickingClock() });
    await first.init();
    let plan = await first.create('sample');
    await mkdir(join(folders.backupsDir, plan.id), { recursive: true });
    const planFile = join(folders.plansDir, `${plan.id}.json`);

    // Recording starts from a disk that is all durable; every save takes a backup too.
    const baseline = await snapshot(live);
    const confirmed: string[] = [await readFile(planFile, 'utf8')];
    const store = new PlanStore({ ...folders, now: tickingClock('2026-03-02T09:00:00.000Z'), fs: recordingFs(ops), backupEveryMs: 0 });
    plan = await store.get(plan.id);
    for (let i = 1; i <= 4; i++) {
      const next = { ...plan, name: `Save ${i}`, situation: { ...plan.situation, notes: `notes ${i} `.repeat(40 * i) } };
      const { revision, updatedAt } = await store.save(next, plan.revision);
      plan = { ...next, revision, updatedAt };
      ops.push({ kind: 'confirm' });
      confirmed.push(await readFile(planFile, 'utf8'));
    }

    const model = new DiskModel(baseline);
    const seen = new Set<string>();
    let points = 0;
    let generated = 0;
    let explored = 0;
    const root = join(tmp.path, 'crash');
    for (let p = 0; p <= ops.length; p++) {
      if (p > 0) model.apply(ops[p - 1]!);
      points++;
      const k = ops.slice(0, p).filter((o) => o.kind === 'confirm').length;
      const allowed = new Set([confirmed[k], confirmed[k + 1]].filter((t) => t !== undefined));
      for (const state of model.crashStates()) {
        generated++;
        const key = keyOf(state);
        if (seen.has(key)) continue;
        seen.add(key);
        explored++;
        await rm(root, { recursive: true, force: true });
        for (const [path, bytes] of state) {
          const to = join(root, relative(live, path));
          await mkdir(dirname(to), { recursive: true });
          await writeFile(to, bytes);
        }
        const opened = new PlanStore({ plansDir: join(root, 'plans'), trashDir: join(root, 'trash'), backupsDir: join(root, 'backups') });
        await opened.init();
        const { plans, problems } = await opened.list();
        const where = `crash point ${p} of ${ops.length} (after ${k} confirmed saves)`;
        expect(problems, where).toEqual([]);
        expect(plans.map((s) => s.id), where).toEqual([plan.id]);
        const onDisk = await readFile(join(root, 'plans', `${plan.id}.json`), 'utf8');
        expect(allowed.has(onDisk), `${where}: the plan on disk is neither the last confirmed nor the one being saved`).toBe(true);
        expect((await opened.get(plan.id)).revision, where).toBe(JSON.parse(onDisk).revision);
      }
    }
    console.log(`crash explorer: ${ops.length} file operations recorded over 4 saves, ${points} crash points, ${generated} crash states built, ${explored} distinct states opened and checked`);
    expect(explored).toBeGreaterThan(20);
  }, 20_000);
});
