/**
 * Rolling backups through the real PlanStore over a temp folder: on a
 * schedule while saving, before delete, import-over and restore; listed and
 * restored through the contract; offered when a plan file is set aside.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { Plan } from '@shared/plan';
import { openServices } from '../../../electron/main/services';
import { PlanStore } from '../../../electron/main/store/plan-store';
import { useTempFolder } from '../store/temp-folder';

const tmp = useTempFolder('bih-backups-');
const MIN = 60_000;

/** A clock the test moves by hand. */
function handClock(start = '2026-03-01T09:00:00.000Z') {
  let at = Date.parse(start);
  return { now: () => new Date(at), advance: (ms: number) => void (at += ms) };
}

function storeIn(dir: string, clock: { now: () => Date }) {
  return new PlanStore({ plansDir: join(dir, 'plans'), trashDir: join(dir, 'trash'), backupsDir: join(dir, 'backups'), now: clock.now, backupEveryMs: 10 * MIN });
}

async function saveNotes(store: PlanStore, plan: Plan, notes: string): Promise<Plan> {
  const { revision, updatedAt } = await store.save({ ...plan, situation: { ...plan.situation, notes } }, plan.revision);
  return { ...plan, situation: { ...plan.situation, notes }, revision, updatedAt };
}

describe('rolling backups', () => {
  it('backs up on save at most once per ten minutes, holding the last confirmed state', async () => {
    const clock = handClock();
    const store = storeIn(tmp.path, clock);
    await store.init();
    let plan = await store.create('sample');
    plan = await saveNotes(store, plan, 'first');
    clock.advance(MIN);
    plan = await saveNotes(store, plan, 'second');
    let { entries } = await store.listBackups(plan.id);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ reason: 'scheduled', revision: 1, planId: plan.id });

    clock.advance(10 * MIN);
    plan = await saveNotes(store, plan, 'third');
    ({ entries } = await store.listBackups(plan.id));
    expect(entries.map((e) => e.revision)).toEqual([3, 1]);
    // The newest backup holds exactly the file as it was before the save (revision 3, notes "second").
    const bytes = await readFile(join(tmp.path, 'backups', plan.id, `${entries[0]!.id}.json`), 'utf8');
    expect(JSON.parse(bytes).situation.notes).toBe('second');
    expect(entries[0]!.bytes).toBe(Buffer.byteLength(bytes));
  });

  it('applies the retention rule after each backup (a bounded total)', async () => {
    const clock = handClock();
    const store = new PlanStore({
      plansDir: join(tmp.path, 'plans'),
      trashDir: join(tmp.path, 'trash'),
      now: clock.now,
      backupEveryMs: 0,
      retention: { recentMs: 60 * MIN, recent: 3, days: 7, max: 30 },
    });
    await store.init();
    let plan = await store.create('blank', 'Retention');
    for (let i = 0; i < 8; i++) {
      clock.advance(MIN);
      plan = await saveNotes(store, plan, `n${i}`);
    }
    const { entries } = await store.listBackups(plan.id);
    // Three recent ones, and the oldest of the day: the plan before this burst of saves.
    expect(entries.map((e) => e.revision)).toEqual([8, 7, 6, 1]);
    expect(await readdir(join(tmp.path, 'backups', plan.id))).toHaveLength(4);
  });

  it('backs up before delete, and restoring a backup first backs up the current state', async () => {
    const clock = handClock();
    const { handlers, plans } = await openServices({ dataDir: tmp.path, transport: 'web', version: 't', now: clock.now });
    let plan = await plans.create('sample');
    plan = await saveNotes(plans, plan, 'worth keeping');
    clock.advance(MIN);
    const before = (await handlers['backups:list']({ planId: plan.id })).entries;
    await handlers['plans:delete']({ id: plan.id });
    const afterDelete = (await handlers['backups:list']({ planId: plan.id })).entries;
    expect(afterDelete).toHaveLength(before.length + 1);
    expect(afterDelete[0]).toMatchObject({ reason: 'delete', revision: 2 });

    // The plan is gone from the folder; its delete backup brings it back.
    const restored = await handlers['backups:restore']({ planId: plan.id, backupId: afterDelete[0]!.id });
    expect(restored).toMatchObject({ id: plan.id, revision: 3 });
    expect((await plans.get(plan.id)).situation.notes).toBe('worth keeping');

    // Restoring the oldest backup over a live plan: the live state is backed up first.
    clock.advance(MIN);
    const oldest = (await handlers['backups:list']({ planId: plan.id })).entries.at(-1)!;
    await handlers['backups:restore']({ planId: plan.id, backupId: oldest.id });
    const list = (await handlers['backups:list']({ planId: plan.id })).entries;
    expect(list[0]).toMatchObject({ reason: 'restore', revision: 3 });
    expect((await plans.get(plan.id)).revision).toBe(4);
  });

  it('refuses an unknown backup id with not-found and changes nothing', async () => {
    const { plans } = await openServices({ dataDir: tmp.path, transport: 'web', version: 't' });
    const plan = await plans.create('sample');
    await expect(plans.restoreBackup(plan.id, '20260101T000000000Z-scheduled-r1')).rejects.toMatchObject({ code: 'not-found' });
    expect((await plans.get(plan.id)).revision).toBe(1);
  });

  it('offers the newest backup when a plan file is set aside as corrupt', async () => {
    const clock = handClock();
    const store = storeIn(tmp.path, clock);
    await store.init();
    let plan = await store.create('sample');
    plan = await saveNotes(store, plan, 'before the crash');
    const file = join(store.plansDir, `${plan.id}.json`);
    await writeFile(file, Buffer.alloc(4096));
    const fresh = storeIn(tmp.path, clock);
    const { problems } = await fresh.list();
    expect(problems).toHaveLength(1);
    const problem = problems[0]!;
    expect(problem.message).toMatch(/newest backup, from 2026-03-01 09:00 UTC \(revision 1\), can be restored/);
    expect(problem.newestBackup).toMatchObject({ planId: plan.id, revision: 1 });
    // Nothing was overwritten: the NUL file sits aside byte for byte.
    expect(await readFile(join(store.plansDir, problem.movedTo!))).toEqual(Buffer.alloc(4096));
    const back = await fresh.restoreBackup(plan.id, problem.newestBackup!.id);
    expect(back.revision).toBe(2);
  });

  it('takes a rolling backup before migrating an older plan file', async () => {
    const clock = handClock();
    const v1 = storeIn(tmp.path, clock);
    await v1.init();
    const plan = await v1.create('sample');
    const original = await readFile(join(v1.plansDir, `${plan.id}.json`));
    // A pretend schema 3 (as in plan-store-migration.test.ts).
    const PlanV2 = Plan.safeExtend({ schemaVersion: z.literal(3) as unknown as z.ZodLiteral<2> }) as unknown as z.ZodType<Plan>;
    const v2 = new PlanStore({
      plansDir: v1.plansDir,
      trashDir: v1.trashDir,
      backupsDir: join(tmp.path, 'backups'),
      now: clock.now,
      schemaVersion: 3,
      migrations: { 2: (doc) => ({ ...doc, schemaVersion: 3 }) },
      schema: PlanV2,
    });
    expect((await v2.get(plan.id)).schemaVersion).toBe(3);
    const { entries } = await v2.listBackups(plan.id);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ reason: 'migration', revision: 1 });
    expect(await readFile(join(tmp.path, 'backups', plan.id, `${entries[0]!.id}.json`))).toEqual(original);
  });
});
