/**
 * One plan, one name: ids are lower case everywhere, so a lookup by an
 * upper-case id on a disk that ignores case (simulated with a hard link, which
 * is what such a disk does: two spellings, one file) finds the plan instead
 * of setting it aside; and plan files are never read through a symbolic link.
 */
import { link, mkdir, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Id } from '@shared/ids';
import { Plan } from '@shared/plan';
import { PlanStore } from '../../../electron/main/store/plan-store';
import { useTempFolder } from './temp-folder';

const tmp = useTempFolder('bih-ids-');

async function openStore(): Promise<PlanStore> {
  const store = new PlanStore({ plansDir: join(tmp.path, 'plans'), trashDir: join(tmp.path, 'trash') });
  await store.init();
  return store;
}

describe('plan ids on a disk that ignores case', () => {
  it('the schema refuses an upper-case id, so a file never stores one', () => {
    const upper = '8F5E1D7A-1C2B-4D3E-8F9A-0B1C2D3E4F5A';
    expect(Id.safeParse(upper).success).toBe(false);
    expect(Id.safeParse(upper.toLowerCase()).success).toBe(true);
  });

  it('opening by an upper-case id finds the plan and sets nothing aside', async () => {
    const store = await openStore();
    const plan = await store.create('sample');
    const upper = plan.id.toUpperCase();
    // A case-insensitive disk answers the upper-case name with the same file.
    await link(join(store.plansDir, `${plan.id}.json`), join(store.plansDir, `${upper}.json`));

    await expect(store.get(upper)).resolves.toMatchObject({ id: plan.id, name: plan.name });
    const names = await readdir(store.plansDir);
    expect(names.filter((n) => n.includes('corrupt'))).toEqual([]);
    expect(Plan.parse(JSON.parse(await readFile(join(store.plansDir, `${plan.id}.json`), 'utf8'))).id).toBe(plan.id);
  });

  it('two spellings of one id share one write queue: concurrent renames both count', async () => {
    const store = await openStore();
    const plan = await store.create('blank', 'Plan');
    await link(join(store.plansDir, `${plan.id}.json`), join(store.plansDir, `${plan.id.toUpperCase()}.json`));
    const [a, b] = await Promise.all([store.rename(plan.id.toUpperCase(), 'Upper'), store.rename(plan.id, 'Lower')]);
    expect([a.revision, b.revision].sort()).toEqual([2, 3]);
    expect((await store.get(plan.id)).revision).toBe(3);
  });
});

describe('a plan file that is a symbolic link', () => {
  it('is not followed: not listed, set aside with a plain problem, its target never copied into backups', async () => {
    const store = await openStore();
    const elsewhere = join(tmp.path, 'elsewhere');
    await mkdir(elsewhere);
    const source = await store.create('sample');
    // A valid plan outside the data folder, linked into the plans folder.
    const outside = join(elsewhere, 'secret.json');
    const text = await readFile(join(store.plansDir, `${source.id}.json`), 'utf8');
    const id = '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
    await writeFile(outside, text.replaceAll(source.id, id));
    await symlink(outside, join(store.plansDir, `${id}.json`));

    const { plans, problems } = await store.list();
    expect(plans.map((p) => p.id)).not.toContain(id);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ kind: 'set-aside', file: `${id}.json` });
    expect(problems[0]!.message).toMatch(/link to a file elsewhere.*does not follow links/);
    await expect(store.get(id)).rejects.toMatchObject({ code: 'not-found' });
    // The outside file is untouched, and nothing of it reached the backups.
    expect(await readFile(outside, 'utf8')).toBe(text.replaceAll(source.id, id));
    expect((await store.listBackups(id)).entries).toEqual([]);
  });

  it('opening it directly is refused too', async () => {
    const store = await openStore();
    const source = await store.create('sample');
    const id = '1a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
    const outside = join(tmp.path, 'outside.json');
    await writeFile(outside, (await readFile(join(store.plansDir, `${source.id}.json`), 'utf8')).replaceAll(source.id, id));
    await symlink(outside, join(store.plansDir, `${id}.json`));
    await expect(store.get(id)).rejects.toMatchObject({ code: 'corrupt', message: /does not follow links/ });
  });
});
