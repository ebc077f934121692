/**
 * Choosing where plans live (`folder:use`), with real files: moving copies
 * every plan, trashed plan and backup, verified, never overwrites what is
 * already there and never deletes the old folder (it gets a note); the choice
 * survives a restart; a chosen folder that is gone at launch is said plainly
 * and not created.
 */
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openServices, type OpenServices } from '../../../electron/main/services';
import { MOVED_NOTE } from '../../../electron/main/store/plans-folder';
import { useTempFolder } from './temp-folder';

const tmp = useTempFolder('bih-folder-');
const opened: OpenServices[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((s) => s.close()));
});

async function open(): Promise<OpenServices> {
  const services = await openServices({ dataDir: join(tmp.path, 'app'), transport: 'web', version: 't' });
  opened.push(services);
  return services;
}

describe('choosing the plans folder', () => {
  it('moves every plan, trashed plan and backup to the new folder, verified, and leaves the old one with a note', async () => {
    const services = await open();
    const kept = await services.plans.create('sample');
    await services.plans.save({ ...kept, name: 'Kept' }, kept.revision);
    const trashed = await services.plans.create('blank', 'Trashed');
    await services.plans.delete(trashed.id);
    const synced = join(tmp.path, 'Sync', 'Bird in Hand');

    const info = await services.handlers['folder:use']({ path: synced, move: true });
    expect(info).toMatchObject({ plansFolder: synced, plansDir: join(synced, 'plans'), folderProblem: null });
    expect(await readdir(join(synced, 'plans'))).toEqual([`${kept.id}.json`]);
    expect(await readdir(join(synced, 'trash'))).toHaveLength(1);
    expect((await readdir(join(synced, 'backups', trashed.id))).length).toBeGreaterThan(0);
    const old = join(tmp.path, 'app');
    expect(await readFile(join(synced, 'plans', `${kept.id}.json`))).toEqual(await readFile(join(old, 'plans', `${kept.id}.json`)));
    expect(await readFile(join(old, MOVED_NOTE), 'utf8')).toContain(synced);

    // The handlers now serve the new folder; a restart keeps it.
    expect((await services.handlers['plans:list']({})).plans.map((p) => p.name)).toEqual(['Kept']);
    const again = await open();
    expect(again.info.plansFolder).toBe(synced);
    expect((await again.handlers['plans:list']({})).plans.map((p) => p.id)).toEqual([kept.id]);
  });

  it('never overwrites a plan already in the new folder, and uses the plans already there without moving', async () => {
    const services = await open();
    const mine = await services.plans.create('sample');
    const synced = join(tmp.path, 'Sync');
    await mkdir(join(synced, 'plans'), { recursive: true });
    const theirs = `${JSON.stringify({ ...mine, name: 'From the other computer' }, null, 2)}\n`;
    await writeFile(join(synced, 'plans', `${mine.id}.json`), theirs);

    await services.handlers['folder:use']({ path: synced, move: true });
    expect(await readFile(join(synced, 'plans', `${mine.id}.json`), 'utf8')).toBe(theirs);

    const other = join(tmp.path, 'Other');
    await mkdir(join(other, 'plans'), { recursive: true });
    await writeFile(join(other, 'plans', `${mine.id}.json`), theirs);
    await services.handlers['folder:use']({ path: other, move: false });
    expect((await services.handlers['plans:list']({})).plans.map((p) => p.name)).toEqual(['From the other computer']);
    expect(existsSync(join(join(tmp.path, 'Sync'), MOVED_NOTE))).toBe(false);
  });

  it('says plainly, at launch, that a chosen folder is gone, and does not create it', async () => {
    const services = await open();
    const synced = join(tmp.path, 'USB', 'plans-folder');
    await services.handlers['folder:use']({ path: synced, move: true });
    await rm(join(tmp.path, 'USB'), { recursive: true });

    const later = await open();
    expect(later.info.folderProblem).toMatch(/is not there/);
    expect(existsSync(synced)).toBe(false);
    await expect(later.handlers['folder:use']({ path: join(tmp.path, 'missing'), move: false })).rejects.toMatchObject({ code: 'io', message: /not there.*nothing was changed/ });
  });
});
