/**
 * A read-only plans folder or a full disk. Tests run as root, where chmod
 * cannot block a write, so the store's write path gets a file-system double
 * that fails the way the real one does (EROFS on open, ENOSPC while writing)
 * until the test "fixes the disk". Reads stay real.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NODE_FS, type DurableFs } from '../../../electron/main/store/durable-write';
import { PlanStore } from '../../../electron/main/store/plan-store';
import { useTempFolder } from '../store/temp-folder';

const tmp = useTempFolder('bih-faults-');

function errno(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: simulated`), { code });
}

/** The real file system, until `fail` is set: then writes fail with that code. */
function faultyFs() {
  const state: { fail: 'EROFS' | 'ENOSPC' | null } = { fail: null };
  const fs: DurableFs = {
    async open(path, flags) {
      // A read-only file system refuses to create the temp file at all.
      if (state.fail === 'EROFS' && flags !== 'r') throw errno('EROFS');
      const handle = await NODE_FS.open(path, flags);
      if (state.fail !== 'ENOSPC' || flags === 'r') return handle;
      // A full disk lets the file be created, then fails the write itself.
      return new Proxy(handle, {
        get(target, key) {
          if (key === 'writeFile') return async () => { throw errno('ENOSPC'); };
          const value = Reflect.get(target, key) as unknown;
          return typeof value === 'function' ? value.bind(target) : value;
        },
      });
    },
    rename: (from, to) => (state.fail ? Promise.reject(errno(state.fail)) : NODE_FS.rename(from, to)),
    rm: NODE_FS.rm,
  };
  return { fs, state };
}

async function snapshot(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const name of (await readdir(dir, { recursive: true })).sort()) {
    out[name] = await readFile(join(dir, name)).then((b) => b.toString('base64'), () => '<folder>');
  }
  return out;
}

describe('a scheduled backup that fails', () => {
  it('does not stop the save (the plan file is what matters)', async () => {
    const { fs, state } = faultyFs();
    const store = new PlanStore({ plansDir: join(tmp.path, 'plans'), trashDir: join(tmp.path, 'trash'), fs });
    await store.init();
    const plan = await store.create('sample');
    // Fail only the backup's write: the backups folder's temp file.
    const real = fs.open;
    fs.open = (path, flags) => (path.includes('backups') && flags === 'wx' ? Promise.reject(errno('EROFS')) : real(path, flags));
    state.fail = null;
    await expect(store.save({ ...plan, name: 'Saved anyway' }, plan.revision)).resolves.toMatchObject({ revision: 2 });
    expect((await store.listBackups(plan.id)).entries).toEqual([]);
  });
});

describe.each([
  ['EROFS', /the plans folder is read-only/],
  ['ENOSPC', /the disk is full/],
] as const)('saving when the disk says %s', (code, reason) => {
  it('answers io with a plain reason, changes nothing on disk, and a retry succeeds once fixed', async () => {
    const { fs, state } = faultyFs();
    const store = new PlanStore({ plansDir: join(tmp.path, 'plans'), trashDir: join(tmp.path, 'trash'), fs });
    await store.init();
    const created = await store.create('sample');
    // One good save first, so the scheduled backup is taken and not due again.
    const first = await store.save(created, created.revision);
    const plan = { ...created, ...first };
    const before = await snapshot(tmp.path);

    state.fail = code;
    const edited = { ...plan, name: 'Edited while the disk was broken' };
    const error = await store.save(edited, plan.revision).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'io' });
    expect((error as Error).message).toMatch(reason);
    expect((error as Error).message).toMatch(/Your changes are kept in the window/);
    // Not one byte changed, and no temp file was left behind.
    expect(await snapshot(tmp.path)).toEqual(before);

    // Other writes fail the same way, also without changing anything.
    await expect(store.rename(plan.id, 'Another name')).rejects.toMatchObject({ code: 'io' });
    expect(await snapshot(tmp.path)).toEqual(before);

    state.fail = null;
    const saved = await store.save(edited, plan.revision);
    expect(saved.revision).toBe(3);
    expect((await store.get(plan.id)).name).toBe('Edited while the disk was broken');
  });
});
