/**
 * Another program (a sync tool, an editor) rewrites the plan file behind the
 * store's back, with or without bumping `revision`. The next save based on
 * what the user had open is merged with that version, never a clobber: a
 * field both changed keeps the version on disk and is reported. Real files,
 * rewritten with writeFile.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PlanStore } from '../../../electron/main/store/plan-store';
import { useTempFolder } from '../store/temp-folder';

const tmp = useTempFolder('bih-sync-');

describe('a plan file changed on disk by another program', () => {
  it('is detected before the next save even when the revision was kept: the same field changed on both is reported, the file keeps theirs', async () => {
    const store = new PlanStore({ plansDir: join(tmp.path, 'plans'), trashDir: join(tmp.path, 'trash') });
    await store.init();
    const created = await store.create('sample');
    const open = await store.get(created.id);
    const file = join(store.plansDir, `${open.id}.json`);

    // The sync tool brings in a version edited elsewhere: same revision, new name.
    const theirs = { ...JSON.parse(await readFile(file, 'utf8')), name: 'Edited on the laptop' };
    await writeFile(file, JSON.stringify(theirs));
    const onDisk = await readFile(file);

    const mine = { ...open, name: 'Edited here', situation: { ...open.situation, notes: 'Mine' } };
    const saved = await store.save(mine, open.revision);
    expect(saved.conflicts).toEqual([{ path: ['name'], base: open.name, mine: 'Edited here', theirs: 'Edited on the laptop' }]);
    const written = JSON.parse(await readFile(file, 'utf8'));
    expect(written).toMatchObject({ name: 'Edited on the laptop', situation: { notes: 'Mine' }, revision: open.revision + 1 });
    const backups = await store.listBackups(open.id);
    const kept = backups.entries.find((e) => e.reason === 'merge');
    expect((await store.backups.read(open.id, kept!.id))?.equals(onDisk)).toBe(true);

    // The user reloads (sees "Edited on the laptop"), chooses, and saves again.
    const reloaded = await store.get(open.id);
    expect(reloaded.name).toBe('Edited on the laptop');
    await expect(store.save({ ...reloaded, name: 'Edited here after all' }, reloaded.revision)).resolves.toEqual({ revision: open.revision + 2, updatedAt: expect.any(String) });
  });

  it('is also detected when the other program bumped the revision: different fields merge with no conflict', async () => {
    const store = new PlanStore({ plansDir: join(tmp.path, 'plans'), trashDir: join(tmp.path, 'trash') });
    await store.init();
    const open = await store.create('sample');
    const file = join(store.plansDir, `${open.id}.json`);
    const theirs = { ...JSON.parse(await readFile(file, 'utf8')), revision: open.revision + 1, situation: { ...open.situation, notes: 'Theirs' } };
    await writeFile(file, JSON.stringify(theirs));
    const saved = await store.save({ ...open, name: 'Mine' }, open.revision);
    expect(saved).toMatchObject({ revision: open.revision + 2, conflicts: [] });
    expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({ name: 'Mine', situation: { notes: 'Theirs' }, revision: open.revision + 2 });
  });

  it('refuses, writing nothing, a merge that would break the plan’s rules (both made a different offer Plan B)', async () => {
    const store = new PlanStore({ plansDir: join(tmp.path, 'plans'), trashDir: join(tmp.path, 'trash') });
    await store.init();
    const created = await store.create('sample');
    const open = await store.get(created.id);
    const second = { ...open.offers[0]!, id: crypto.randomUUID(), isPlanB: false };
    const both = (await store.save({ ...open, offers: [{ ...open.offers[0]!, isPlanB: false }, second] }, open.revision)).revision;
    const base = { ...open, offers: [{ ...open.offers[0]!, isPlanB: false }, second], revision: both };
    const file = join(store.plansDir, `${open.id}.json`);
    await writeFile(file, JSON.stringify({ ...JSON.parse(await readFile(file, 'utf8')), offers: [{ ...base.offers[0]!, isPlanB: true }, second] }));
    const onDisk = await readFile(file);
    await expect(store.save({ ...base, offers: [base.offers[0]!, { ...second, isPlanB: true }] }, both)).rejects.toMatchObject({ code: 'conflict', message: /cannot be combined/ });
    expect(await readFile(file)).toEqual(onDisk);
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

    const merged = await store.save({ ...mine, name: 'Name C' }, mine.revision);
    expect(merged.conflicts).toEqual([{ path: ['name'], base: 'Name A', mine: 'Name C', theirs: 'Name B' }]);
    expect(JSON.parse(await readFile(file, 'utf8')).name).toBe('Name B');
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
