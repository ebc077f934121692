/**
 * The plans folder watched with real files: a plan rewritten by another
 * program, a sync tool's rename over it, a delete and a conflict copy each
 * reach onPlanChanged (`from: 'folder'`); the store's own writes and temp
 * files do not.
 */
import { readFile, rename, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { isTempName } from '../../../electron/main/store/folder-watch';
import { openServices, type OpenServices } from '../../../electron/main/services';
import { useTempFolder } from './temp-folder';

const tmp = useTempFolder('bih-watch-');
let open: OpenServices | undefined;
afterEach(async () => {
  await open?.close();
  open = undefined;
});

async function watched() {
  const told: { id: string; revision: number | null; from?: string }[] = [];
  open = await openServices({ dataDir: tmp.path, transport: 'web', version: 't', watch: true, onPlanChanged: (id, revision, from) => told.push({ id, revision, from }) });
  await open.watching;
  return { services: open, told, fromFolder: () => told.filter((t) => t.from === 'folder') };
}

describe('watching the plans folder', () => {
  it('tells an external rewrite, a rename over the file, a conflict copy and a delete; never its own writes', async () => {
    const { services, fromFolder } = await watched();
    const plan = await services.plans.create('sample');
    await services.plans.save({ ...plan, name: 'Saved here' }, plan.revision);
    const file = join(services.plans.plansDir, `${plan.id}.json`);

    const onDisk = JSON.parse(await readFile(file, 'utf8'));
    await writeFile(file, JSON.stringify({ ...onDisk, name: 'Rewritten', revision: 3 }));
    await expect.poll(fromFolder, { timeout: 5_000 }).toEqual([{ id: plan.id, revision: 3, from: 'folder' }]);

    // A sync tool writes a hidden temp file, then renames it over the plan.
    const temp = join(services.plans.plansDir, `.syncthing.${plan.id}.json.tmp`);
    await writeFile(temp, JSON.stringify({ ...onDisk, name: 'Synced in', revision: 4 }));
    await rename(temp, file);
    await expect.poll(() => fromFolder().at(-1), { timeout: 5_000 }).toEqual({ id: plan.id, revision: 4, from: 'folder' });

    await writeFile(join(services.plans.plansDir, `${plan.id}.sync-conflict-20260302-140512-ABCDEF7.json`), JSON.stringify({ ...onDisk, revision: 4 }));
    await expect.poll(() => fromFolder().length, { timeout: 5_000 }).toBe(3);
    const listed = await services.handlers['plans:list']({});
    expect(listed.plans.map((p) => p.id)).toEqual([plan.id]);
    expect(listed.problems).toEqual([expect.objectContaining({ kind: 'other-version', movedTo: `${plan.id}.sync-conflict-20260302-140512-ABCDEF7.json` })]);

    await unlink(file);
    await expect.poll(() => fromFolder().at(-1), { timeout: 5_000 }).toEqual({ id: plan.id, revision: null, from: 'folder' });
    expect(fromFolder().some((t) => t.revision === 2)).toBe(false);
  });

  it('tells a change even when the plan was read before the watcher had its turn (the calendar reading every plan)', async () => {
    const { services, fromFolder } = await watched();
    const plan = await services.plans.create('sample');
    const file = join(services.plans.plansDir, `${plan.id}.json`);
    const onDisk = JSON.parse(await readFile(file, 'utf8'));
    await writeFile(file, JSON.stringify({ ...onDisk, name: 'Rewritten on the laptop', revision: 2 }));
    // Read at once, as a window's list or agenda would, well inside the watcher's settle and debounce time.
    expect((await services.plans.peek(plan.id)).name).toBe('Rewritten on the laptop');
    await expect.poll(fromFolder, { timeout: 5_000 }).toEqual([{ id: plan.id, revision: 2, from: 'folder' }]);
  });

  it('knows temp files from plan files', () => {
    expect(isTempName('.0f8fad5b-d9cb-469f-a165-70867728950e.json.123.0123456789ab.tmp')).toBe(true);
    expect(isTempName('.syncthing.0f8fad5b-d9cb-469f-a165-70867728950e.json.tmp')).toBe(true);
    expect(isTempName('0f8fad5b-d9cb-469f-a165-70867728950e.json')).toBe(false);
    expect(isTempName('0f8fad5b-d9cb-469f-a165-70867728950e.sync-conflict-20260302-140512-ABCDEF7.json')).toBe(false);
  });
});

describe('merging a sync tool’s conflict copy', () => {
  it('merges the copy from the backup both started from, reports the field both changed, and moves the copy to the trash', async () => {
    const { services } = await watched();
    const created = await services.plans.create('sample');
    const base = await services.plans.get(created.id);
    // A save takes the scheduled backup of revision 1: the version both computers started from.
    await services.plans.save({ ...base, name: 'Here' }, base.revision);
    const copyName = `${base.id} (Work Laptop's conflicted copy 2026-03-02).json`;
    const copy = { ...base, name: 'There', situation: { ...base.situation, notes: 'Notes from the laptop' }, revision: 2 };
    await writeFile(join(services.plans.plansDir, copyName), JSON.stringify(copy));

    const result = await services.handlers['plans:mergeOtherVersion']({ planId: base.id, file: copyName });
    expect(result.conflicts).toEqual([{ path: ['name'], base: base.name, mine: 'There', theirs: 'Here', source: 'from Work Laptop (Dropbox), 2026-03-02' }]);
    const merged = await services.plans.peek(base.id);
    expect(merged).toMatchObject({ name: 'Here', situation: { notes: 'Notes from the laptop' }, revision: 3 });
    const listed = await services.handlers['plans:list']({});
    expect(listed.problems).toEqual([]);
    expect((await services.plans.trash()).entries).toHaveLength(1);
    expect((await services.plans.listBackups(base.id)).entries.some((e) => e.reason === 'merge')).toBe(true);
  });
});
