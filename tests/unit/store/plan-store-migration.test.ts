import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { Migrations } from '@shared/migrations';
import { Plan } from '@shared/plan';
import { PlanStore } from '../../../electron/main/store/plan-store';
import { useTempFolder } from './temp-folder';

const tmp = useTempFolder();
const FIXED = new Date('2026-03-01T09:00:00.000Z');

/**
 * A pretend next schema (3), so the migration path is tested on its own (the
 * real v1 → v2 step is tested with real v1 files in v1-fixtures.test.ts):
 * the same plan with `schemaVersion: 3`, reached by a step that also marks
 * the name so the test can see it ran.
 */
const PlanV2 = Plan.safeExtend({ schemaVersion: z.literal(3) as unknown as z.ZodLiteral<2> }) as unknown as z.ZodType<Plan>;
const toV2: Migrations = { 2: (doc) => ({ ...doc, schemaVersion: 3, name: `${String(doc.name)} (v2)` }) };

function stores() {
  const dirs = { plansDir: join(tmp.path, 'plans'), trashDir: join(tmp.path, 'trash'), now: () => FIXED };
  return {
    v1: new PlanStore(dirs),
    v2: new PlanStore({ ...dirs, schemaVersion: 3, migrations: toV2, schema: PlanV2 }),
  };
}

const backups = async (dir: string) => (await readdir(dir)).filter((n) => n.includes('.backup-'));

describe('PlanStore: migrating an older plan file', () => {
  it('backs up the original bytes first, then migrates, validates and writes back', async () => {
    const { v1, v2 } = stores();
    await v1.init();
    const plan = await v1.create('blank', 'Old plan');
    const path = join(v1.plansDir, `${plan.id}.json`);
    const original = await readFile(path);

    const migrated = await v2.get(plan.id);
    expect(migrated).toMatchObject({ schemaVersion: 3, name: 'Old plan (v2)', revision: 1 });
    expect(await backups(v1.plansDir)).toEqual([`${plan.id}.backup-v2-20260301T090000Z.json`]);
    expect((await readFile(join(v1.plansDir, `${plan.id}.backup-v2-20260301T090000Z.json`))).equals(original)).toBe(true);
    expect(JSON.parse(await readFile(path, 'utf8'))).toEqual(migrated);
  });

  it('is idempotent: a second read neither migrates again nor backs up again', async () => {
    const { v1, v2 } = stores();
    await v1.init();
    const plan = await v1.create('blank', 'Old plan');
    const first = await v2.get(plan.id);
    const afterFirst = await readFile(join(v1.plansDir, `${plan.id}.json`));
    expect(await v2.get(plan.id)).toEqual(first);
    expect((await v2.list()).plans.map((p) => p.name)).toEqual(['Old plan (v2)']);
    expect((await readFile(join(v1.plansDir, `${plan.id}.json`))).equals(afterFirst)).toBe(true);
    expect(await backups(v1.plansDir)).toHaveLength(1);
  });

  it('migrates during list too, and the old app then refuses the new file', async () => {
    const { v1, v2 } = stores();
    await v1.init();
    const plan = await v1.create('blank', 'Old plan');
    expect((await v2.list()).plans).toEqual([expect.objectContaining({ id: plan.id, name: 'Old plan (v2)' })]);
    await expect(v1.get(plan.id)).rejects.toMatchObject({ code: 'newer-version' });
  });

  it('sets the file aside, untouched, when the migration fails, keeping the backup', async () => {
    const { v1 } = stores();
    await v1.init();
    const plan = await v1.create('blank', 'Old plan');
    const original = await readFile(join(v1.plansDir, `${plan.id}.json`));
    const broken = new PlanStore({
      plansDir: v1.plansDir,
      trashDir: v1.trashDir,
      now: () => FIXED,
      schemaVersion: 3,
      schema: PlanV2,
      migrations: { 2: () => ({ schemaVersion: 4 }) },
    });
    await expect(broken.get(plan.id)).rejects.toMatchObject({ code: 'corrupt', message: expect.stringContaining('could not be upgraded from schema 2') });
    const moved = join(v1.plansDir, `${plan.id}.corrupt-20260301T090000Z.json`);
    expect((await readFile(moved)).equals(original)).toBe(true);
    expect(await backups(v1.plansDir)).toHaveLength(1);
  });
});
