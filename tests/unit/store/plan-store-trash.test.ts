import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TrashEntry } from '@shared/contract';
import { PlanStore } from '../../../electron/main/store/plan-store';
import { tickingClock, useTempFolder } from './temp-folder';

const tmp = useTempFolder();

async function openStore(now = tickingClock()): Promise<PlanStore> {
  const store = new PlanStore({ plansDir: join(tmp.path, 'plans'), trashDir: join(tmp.path, 'trash'), now });
  await store.init();
  return store;
}

describe('PlanStore: rename and duplicate', () => {
  it('renames, bumping the revision, and answers the new summary', async () => {
    const store = await openStore();
    const plan = await store.create('sample');
    const summary = await store.rename(plan.id, '  Autumn search  ');
    expect(summary).toMatchObject({ id: plan.id, name: 'Autumn search', revision: 2 });
    expect(await store.get(plan.id)).toEqual({ ...plan, name: 'Autumn search', revision: 2, updatedAt: summary.updatedAt });
    await expect(store.rename(plan.id, '   ')).rejects.toMatchObject({ code: 'validation' });
    await expect(store.rename(crypto.randomUUID(), 'x')).rejects.toMatchObject({ code: 'not-found' });
  });

  it('duplicates under a new plan id, parts keeping their ids, and leaves the original alone', async () => {
    const store = await openStore();
    const plan = await store.create('sample', 'Original');
    await store.save(plan, 1);
    const originalBytes = await readFile(join(store.plansDir, `${plan.id}.json`));
    const summary = await store.duplicate(plan.id);
    expect(summary).toMatchObject({ name: 'Original (copy)', revision: 1, dreamRoleCount: plan.dreamRoles.length });
    expect(summary.id).not.toBe(plan.id);
    const copy = await store.get(summary.id);
    expect(copy.offers.map((o) => o.id)).toEqual(plan.offers.map((o) => o.id));
    expect(copy.dreamRoles).toEqual(plan.dreamRoles);
    expect(copy.createdAt).toBe(copy.updatedAt);
    expect(Date.parse(copy.createdAt)).toBeGreaterThan(Date.parse(plan.createdAt));
    expect((await readFile(join(store.plansDir, `${plan.id}.json`))).equals(originalBytes)).toBe(true);
    expect((await store.duplicate(plan.id, 'Named copy')).name).toBe('Named copy');
  });

  it('keeps a copy name within the name limit', async () => {
    const store = await openStore();
    const plan = await store.create('blank', 'n'.repeat(200));
    expect((await store.duplicate(plan.id)).name).toBe(`${'n'.repeat(193)} (copy)`);
  });
});

describe('PlanStore: delete, trash, restore', () => {
  it('moves a deleted plan into the trash untouched and restores it byte for byte', async () => {
    const store = await openStore();
    const plan = await store.create('sample', 'To delete');
    const keep = await store.create('blank', 'Kept');
    const bytes = await readFile(join(store.plansDir, `${plan.id}.json`));

    const entry = await store.delete(plan.id);
    expect(TrashEntry.parse(entry)).toEqual(entry);
    expect(entry).toMatchObject({ planId: plan.id, name: 'To delete' });
    expect(entry.trashId).toMatch(new RegExp(`^${plan.id}--\\d{13}$`));
    expect((await store.list()).plans.map((p) => p.id)).toEqual([keep.id]);
    expect(await store.trash()).toEqual({ entries: [entry] });
    expect((await readFile(join(store.trashDir, `${entry.trashId}.json`))).equals(bytes)).toBe(true);
    await expect(store.get(plan.id)).rejects.toMatchObject({ code: 'not-found' });

    const restored = await store.restore(entry.trashId);
    expect(restored).toMatchObject({ id: plan.id, name: 'To delete', revision: 1 });
    expect((await readFile(join(store.plansDir, `${plan.id}.json`))).equals(bytes)).toBe(true);
    expect(await store.trash()).toEqual({ entries: [] });
    expect(await readdir(store.trashDir)).toEqual([]);
  });

  it('lists the trash most recently deleted first', async () => {
    const store = await openStore();
    const a = await store.create('blank', 'A');
    const b = await store.create('blank', 'B');
    await store.delete(a.id);
    await store.delete(b.id);
    expect((await store.trash()).entries.map((e) => e.name)).toEqual(['B', 'A']);
  });

  it('refuses to restore onto a plan with the same id and overwrites nothing', async () => {
    const store = await openStore();
    const plan = await store.create('blank', 'Trashed');
    const trashedBytes = await readFile(join(store.plansDir, `${plan.id}.json`));
    const entry = await store.delete(plan.id);
    // The same plan came back another way (a sync tool, a copy by hand).
    const current = JSON.stringify({ ...plan, name: 'Came back' }, null, 2);
    await writeFile(join(store.plansDir, `${plan.id}.json`), current);
    await expect(store.restore(entry.trashId)).rejects.toMatchObject({ code: 'conflict', message: expect.stringContaining('nothing was overwritten') });
    expect(await readFile(join(store.plansDir, `${plan.id}.json`), 'utf8')).toBe(current);
    expect((await readFile(join(store.trashDir, `${entry.trashId}.json`))).equals(trashedBytes)).toBe(true);
  });

  it('answers not-found for a trash id that is not there, or a plan that is not there', async () => {
    const store = await openStore();
    await expect(store.restore(`${crypto.randomUUID()}--1772355600000`)).rejects.toMatchObject({ code: 'not-found' });
    await expect(store.restore('not-a-trash-id')).rejects.toMatchObject({ code: 'not-found' });
    await expect(store.delete(crypto.randomUUID())).rejects.toMatchObject({ code: 'not-found' });
  });

  it('never reuses a trash name, even under a clock that stands still', async () => {
    const store = await openStore(() => new Date('2026-03-01T09:00:00.000Z'));
    const plan = await store.create('blank', 'Twice');
    const first = await store.delete(plan.id);
    // The same id reappears and is deleted again within the same millisecond.
    await writeFile(join(store.plansDir, `${plan.id}.json`), await readFile(join(store.trashDir, `${first.trashId}.json`)));
    const second = await store.delete(plan.id);
    expect(second.trashId).not.toBe(first.trashId);
    expect((await readdir(store.trashDir)).sort()).toEqual([`${first.trashId}.json`, `${second.trashId}.json`].sort());
  });
});
