/**
 * A disk that fails fsync or close (EIO: a failing drive, a network share
 * that lost its server). The durable write's promise rests on those calls,
 * so a failure there is a failed save, reported as one, never a success; the
 * plan file keeps its last confirmed bytes when the failure comes before the
 * rename. The double wraps the real file system; only the named call fails.
 */
import type { FileHandle } from 'node:fs/promises';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NODE_FS, type DurableFs } from '../../../electron/main/store/durable-write';
import { PlanStore } from '../../../electron/main/store/plan-store';
import { useTempFolder } from '../store/temp-folder';

const tmp = useTempFolder('bih-sync-faults-');

type Fault = 'file-sync' | 'file-close' | 'folder-sync' | null;

function errno(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: simulated`), { code });
}

/** The real file system, with sync() or close() of the temp file (flags 'wx') or the folder (flags 'r') failing on demand. */
function failingSyncFs() {
  const state: { fault: Fault } = { fault: null };
  const fs: DurableFs = {
    async open(path, flags) {
      const handle = await NODE_FS.open(path, flags);
      const fail = (method: 'sync' | 'close') =>
        (state.fault === 'file-sync' && method === 'sync' && flags === 'wx') ||
        (state.fault === 'file-close' && method === 'close' && flags === 'wx') ||
        (state.fault === 'folder-sync' && method === 'sync' && flags === 'r');
      return new Proxy(handle, {
        get(target, key) {
          if ((key === 'sync' || key === 'close') && fail(key)) {
            return async () => {
              // A close that fails still releases the descriptor (POSIX), so the real close runs.
              if (key === 'close') await target.close();
              throw errno('EIO');
            };
          }
          const value = Reflect.get(target, key) as unknown;
          return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
        },
      }) as FileHandle;
    },
    rename: NODE_FS.rename,
    rm: NODE_FS.rm,
  };
  return { fs, state };
}

describe('a disk whose fsync or close fails', () => {
  it.each(['file-sync', 'file-close'] as const)('%s: the save is reported failed and the file keeps its confirmed bytes', async (fault) => {
    const { fs, state } = failingSyncFs();
    const store = new PlanStore({ plansDir: join(tmp.path, 'plans'), trashDir: join(tmp.path, 'trash'), fs });
    await store.init();
    const plan = await store.create('sample');
    const file = join(store.plansDir, `${plan.id}.json`);
    const confirmed = await readFile(file);

    state.fault = fault;
    await expect(store.save({ ...plan, name: 'Not on disk' }, plan.revision)).rejects.toMatchObject({
      code: 'io',
      message: /Could not save: the disk reported a read or write error\. Your changes are kept in the window/,
    });
    expect(await readFile(file)).toEqual(confirmed);
    expect((await readdir(store.plansDir)).filter((n) => n.endsWith('.tmp'))).toEqual([]);

    // The disk recovers: the same save, from the same base, now goes through.
    state.fault = null;
    await expect(store.save({ ...plan, name: 'On disk' }, plan.revision)).resolves.toMatchObject({ revision: plan.revision + 1 });
    expect(JSON.parse(await readFile(file, 'utf8')).name).toBe('On disk');
  });

  it('folder-sync: the rename is not confirmed, so the save is not reported as done', async () => {
    const { fs, state } = failingSyncFs();
    const store = new PlanStore({ plansDir: join(tmp.path, 'plans'), trashDir: join(tmp.path, 'trash'), fs });
    await store.init();
    const plan = await store.create('sample');
    state.fault = 'folder-sync';
    await expect(store.save({ ...plan, name: 'Maybe on disk' }, plan.revision)).rejects.toMatchObject({ code: 'io' });
    await expect(store.create('blank', 'Another')).rejects.toMatchObject({ code: 'io', message: /Could not create the plan/ });
  });
});
