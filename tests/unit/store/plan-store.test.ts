import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '@shared/errors';
import { Plan, planB } from '@shared/plan';
import { PlanStore } from '../../../electron/main/store/plan-store';
import { tickingClock, useTempFolder } from './temp-folder';

const tmp = useTempFolder();

async function openStore(): Promise<PlanStore> {
  const store = new PlanStore({ plansDir: join(tmp.path, 'plans'), trashDir: join(tmp.path, 'trash'), now: tickingClock() });
  await store.init();
  return store;
}

const fileOf = (store: PlanStore, id: string) => join(store.plansDir, `${id}.json`);

describe('PlanStore: create, get, list', () => {
  it('creates a blank plan at revision 1 and reads back equal data from disk', async () => {
    const store = await openStore();
    const created = await store.create('blank');
    expect(created).toMatchObject({ name: 'Untitled plan', revision: 1, offers: [], dreamRoles: [] });
    expect(Plan.safeParse(created).success).toBe(true);
    expect(await store.get(created.id)).toEqual(created);
    const text = await readFile(fileOf(store, created.id), 'utf8');
    expect(text).toBe(JSON.stringify(created, null, 2) + '\n');
  });

  it('creates the sample plan, with or without a new name', async () => {
    const store = await openStore();
    const sample = await store.create('sample');
    expect(sample.name).toMatch(/^Sample/);
    expect(planB(sample)).toBeDefined();
    expect(await store.get(sample.id)).toEqual(sample);
    const named = await store.create('sample', 'My search');
    expect(named.name).toBe('My search');
    expect((await store.create('blank', 'Spring 2026')).name).toBe('Spring 2026');
  });

  it('lists summaries newest first, with the Plan B offer and dream role count', async () => {
    const store = await openStore();
    const first = await store.create('blank', 'First');
    const sample = await store.create('sample', 'Second');
    const third = await store.create('blank', 'Third');
    await store.save({ ...first, name: 'First, edited' }, 1);
    const { plans, problems } = await store.list();
    expect(problems).toEqual([]);
    expect(plans.map((p) => p.name)).toEqual(['First, edited', 'Third', 'Second']);
    const offer = planB(sample);
    expect(plans[2]).toEqual({
      id: sample.id,
      name: 'Second',
      createdAt: sample.createdAt,
      updatedAt: sample.updatedAt,
      revision: 1,
      planBCompany: offer?.company,
      planBDeadline: offer?.deadline,
      dreamRoleCount: sample.dreamRoles.length,
      followUpsDue: [],
    });
    expect(plans[1]).toMatchObject({ id: third.id, planBCompany: null, planBDeadline: null, dreamRoleCount: 0 });
  });

  it('lists only <id>.json files, ignoring set-aside files, backups, temp files and strangers', async () => {
    const store = await openStore();
    const plan = await store.create('blank');
    const bytes = await readFile(fileOf(store, plan.id));
    const others = [`${plan.id}.corrupt-20260101T000000Z.json`, `${plan.id}.backup-v1-20260101T000000Z.json`, `.${plan.id}.json.1.0123456789ab.tmp`, 'notes.txt', 'NOT-A-UUID.json'];
    for (const name of others) await writeFile(join(store.plansDir, name), bytes);
    expect(await store.list()).toEqual({ plans: [expect.objectContaining({ id: plan.id })], problems: [] });
    expect((await readdir(store.plansDir)).length).toBe(others.length + 1);
  });

  it('answers not-found for a plan that does not exist, and refuses ids that are not plan ids', async () => {
    const store = await openStore();
    await expect(store.get(crypto.randomUUID())).rejects.toMatchObject({ code: 'not-found' });
    await expect(store.get('../settings')).rejects.toMatchObject({ code: 'validation' });
  });
});

describe('PlanStore: save', () => {
  it('bumps the revision, stamps updatedAt and keeps createdAt', async () => {
    const store = await openStore();
    const plan = await store.create('sample');
    const edited = { ...plan, createdAt: '2000-01-01T00:00:00.000Z', situation: { ...plan.situation, userName: 'Sam' } };
    const result = await store.save(edited, 1);
    expect(result.revision).toBe(2);
    expect(Date.parse(result.updatedAt)).toBeGreaterThan(Date.parse(plan.updatedAt));
    expect(await store.get(plan.id)).toEqual({ ...edited, createdAt: plan.createdAt, revision: 2, updatedAt: result.updatedAt });
    expect((await store.save({ ...edited, revision: 2 }, 2)).revision).toBe(3);
  });

  it('refuses a stale base revision as a conflict and leaves the file byte for byte', async () => {
    const store = await openStore();
    const plan = await store.create('blank');
    await store.save({ ...plan, name: 'From window A' }, 1);
    const before = await readFile(fileOf(store, plan.id));
    const stale = store.save({ ...plan, name: 'From window B' }, 1);
    await expect(stale).rejects.toBeInstanceOf(AppError);
    await expect(stale).rejects.toMatchObject({ code: 'conflict', message: expect.stringMatching(/another window or on disk.*nothing was overwritten/i) });
    expect((await readFile(fileOf(store, plan.id))).equals(before)).toBe(true);
  });

  it('refuses a plan that is not in the folder and creates no file', async () => {
    const store = await openStore();
    const plan = await store.create('blank');
    const other = { ...plan, id: crypto.randomUUID() };
    await expect(store.save(other, 1)).rejects.toMatchObject({ code: 'not-found' });
    expect(await readdir(store.plansDir)).toEqual([`${plan.id}.json`]);
  });

  it('refuses an invalid plan and writes nothing', async () => {
    const store = await openStore();
    const plan = await store.create('blank');
    const before = await readFile(fileOf(store, plan.id));
    await expect(store.save({ ...plan, name: '' }, 1)).rejects.toMatchObject({ code: 'validation', message: expect.stringContaining('name') });
    expect((await readFile(fileOf(store, plan.id))).equals(before)).toBe(true);
  });

  it('turns file-system failures into io errors in plain words', async () => {
    // A file where the plans folder should be: a real ENOTDIR/EEXIST from the OS.
    await writeFile(join(tmp.path, 'blocked'), 'a file, not a folder');
    const store = new PlanStore({ plansDir: join(tmp.path, 'blocked', 'plans'), trashDir: join(tmp.path, 'trash') });
    await expect(store.init()).rejects.toMatchObject({ code: 'io', message: expect.stringMatching(/^Could not read the plans folder: .+\. Try again after fixing the folder\.$/) });
  });
});
