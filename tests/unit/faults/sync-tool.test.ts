/**
 * Another program (a sync tool, an editor) rewrites the plan file behind the
 * store's back, without bumping `revision`. The next save based on what the
 * user had open must be a conflict, never a clobber; after the user reloads
 * (plans:get), saving works again. Real files, rewritten with writeFile.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PlanStore } from '../../../electron/main/store/plan-store';
import { useTempFolder } from '../store/temp-folder';

const tmp = useTempFolder('bih-sync-');

describe('a plan file changed on disk by another program', () => {
  it('is detected before the next save even when the revision was kept', async () => {
    const store = new PlanStore({ plansDir: join(tmp.path, 'plans'), trashDir: join(tmp.path, 'trash') });
    await store.init();
    const created = await store.create('sample');
    const open = await store.get(created.id);
    const file = join(store.plansDir, `${open.id}.json`);

    // The sync tool brings in a version edited elsewhere: same revision, new name.
    const theirs = { ...JSON.parse(await readFile(file, 'utf8')), name: 'Edited on the laptop' };
    await writeFile(file, JSON.stringify(theirs));
    const onDisk = await readFile(file);

    const mine = { ...open, name: 'Edited here' };
    await expect(store.save(mine, open.revision)).rejects.toMatchObject({ code: 'conflict', message: /changed on disk by another program/ });
    expect(await readFile(file)).toEqual(onDisk);

    // The user reloads (sees "Edited on the laptop"), chooses, and saves again.
    const reloaded = await store.get(open.id);
    expect(reloaded.name).toBe('Edited on the laptop');
    await expect(store.save({ ...reloaded, name: 'Edited here after all' }, reloaded.revision)).resolves.toMatchObject({ revision: open.revision + 1 });
  });

  it('is also detected when the other program bumped the revision', async () => {
    const store = new PlanStore({ plansDir: join(tmp.path, 'plans'), trashDir: join(tmp.path, 'trash') });
    await store.init();
    const open = await store.create('sample');
    const file = join(store.plansDir, `${open.id}.json`);
    await writeFile(file, JSON.stringify({ ...JSON.parse(await readFile(file, 'utf8')), revision: open.revision + 1 }));
    await expect(store.save({ ...open, name: 'Mine' }, open.revision)).rejects.toMatchObject({ code: 'conflict' });
  });

  it('is detected after the store’s own save too, even rewritten in place at the same size', async () => {
    const store = new PlanStore({ plansDir: join(tmp.path, 'plans'), trashDir: join(tmp.path, 'trash') });
    await store.init();
    const created = await store.create('sample');
    const saved = await store.save({ ...created, name: 'Name A' }, created.revision);
    const mine = { ...created, name: 'Name A', revision: saved.revision };
    const file = join(store.plansDir, `${mine.id}.json`);

    // Same file, same length, one letter changed: only the times tell.
    const text = await readFile(file, 'utf8');
    const theirs = text.replace('"Name A"', '"Name B"');
    expect(theirs.length).toBe(text.length);
    await writeFile(file, theirs);

    await expect(store.save({ ...mine, name: 'Name C' }, mine.revision)).rejects.toMatchObject({ code: 'conflict', message: /changed on disk by another program/ });
    expect(await readFile(file, 'utf8')).toBe(theirs);
  });

  it('does not flag the store’s own writes: many saves in a row pass', async () => {
    const store = new PlanStore({ plansDir: join(tmp.path, 'plans'), trashDir: join(tmp.path, 'trash') });
    await store.init();
    let plan = await store.create('sample');
    for (let i = 0; i < 5; i++) {
      const { revision } = await store.save({ ...plan, name: `Name ${i}` }, plan.revision);
      plan = { ...plan, name: `Name ${i}`, revision };
    }
    expect((await store.get(plan.id)).revision).toBe(6);
  });
});
