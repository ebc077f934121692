import { copyFile, mkdir, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PlanStore } from '../../../electron/main/store/plan-store';
import { useTempFolder } from './temp-folder';

const tmp = useTempFolder();
const FIXTURES = join(__dirname, '../../fixtures/plans');
const FIXED = new Date('2026-12-01T09:00:00.000Z');

async function storeWith(name: string): Promise<{ store: PlanStore; id: string; original: Buffer }> {
  const plansDir = join(tmp.path, 'plans');
  await mkdir(plansDir, { recursive: true });
  const original = await readFile(join(FIXTURES, name));
  const id = (JSON.parse(original.toString('utf8')) as { id: string }).id;
  await copyFile(join(FIXTURES, name), join(plansDir, `${id}.json`));
  const store = new PlanStore({ plansDir, trashDir: join(tmp.path, 'trash'), now: () => FIXED });
  await store.init();
  return { store, id, original };
}

describe('PlanStore: real files written by earlier versions', () => {
  for (const name of ['v1-sample.json', 'v1-full.json', 'v2-sample.json', 'v2-full.json']) {
    const version = name.slice(0, 2);
    it(`${name}: opens, is backed up as it was, migrated to schema 3 and written back`, async () => {
      const { store, id, original } = await storeWith(name);
      const plan = await store.get(id);
      expect(plan.schemaVersion).toBe(3);
      const plansDir = join(tmp.path, 'plans');
      const backups = (await readdir(plansDir)).filter((n) => n.includes(`.backup-${version}-`));
      expect(backups).toHaveLength(1);
      expect((await readFile(join(plansDir, backups[0]!))).equals(original)).toBe(true);
      expect((await store.listBackups(id)).entries).toEqual([expect.objectContaining({ reason: 'migration' })]);
      expect(JSON.parse(await readFile(join(plansDir, `${id}.json`), 'utf8'))).toEqual(plan);
    });

    it(`${name}: round-trips through export and import unchanged`, async () => {
      const { store, id } = await storeWith(name);
      const plan = await store.get(id);
      const { text } = await store.exportPlan(id);
      await store.importText(text, true);
      const again = await store.get(id);
      expect({ ...again, revision: 0, updatedAt: '' }).toEqual({ ...plan, revision: 0, updatedAt: '' });
    });
  }

  it('imports a version-1 file directly, migrating it on the way in', async () => {
    const { store } = await storeWith('v1-sample.json');
    const text = await readFile(join(FIXTURES, 'v1-full.json'), 'utf8');
    const summary = await store.importText(text);
    expect((await store.get(summary.id)).schemaVersion).toBe(3);
  });
});
