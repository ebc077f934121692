import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Plan } from '@shared/plan';
import { PlanStore } from '../../../electron/main/store/plan-store';
import { fileQueues } from '../../../electron/main/store/write-queue';
import { useTempFolder } from './temp-folder';

const tmp = useTempFolder();

async function openStore(): Promise<PlanStore> {
  const store = new PlanStore({ plansDir: join(tmp.path, 'plans'), trashDir: join(tmp.path, 'trash') });
  await store.init();
  return store;
}

describe('PlanStore under a burst of saves', () => {
  it('settles 1,000 saves fired without waiting, in order, and the file holds the last one', async () => {
    const store = await openStore();
    const plan = await store.create('sample');
    const versions: Plan[] = Array.from({ length: 1000 }, (_, i) => ({
      ...plan,
      situation: { ...plan.situation, notes: `edit ${i + 1} `.repeat(1 + (i % 50)) },
    }));
    // Base revisions 1..1000: each save is based on the one queued before it.
    const results = await Promise.allSettled(versions.map((v, i) => store.save(v, i + 1)));
    const failed = results.filter((r) => r.status === 'rejected');
    expect(failed).toEqual([]);
    expect(results.map((r) => (r.status === 'fulfilled' ? r.value.revision : -1))).toEqual(versions.map((_, i) => i + 2));

    const last = results[999];
    const onDisk = JSON.parse(await readFile(join(store.plansDir, `${plan.id}.json`), 'utf8'));
    expect(onDisk).toEqual({ ...versions[999], revision: 1001, updatedAt: last?.status === 'fulfilled' ? last.value.updatedAt : '' });
    expect(fileQueues.activeKeys).toBe(0);
  }, 120_000);

  it('lets exactly one of many saves from the same base win; the rest are conflicts', async () => {
    const store = await openStore();
    const plan = await store.create('blank');
    const results = await Promise.allSettled(Array.from({ length: 20 }, (_, i) => store.save({ ...plan, name: `Window ${i}` }, 1)));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const reasons = results.flatMap((r) => (r.status === 'rejected' ? [r.reason as { code: string }] : []));
    expect(reasons.map((r) => r.code)).toEqual(Array(19).fill('conflict'));
    expect((await store.get(plan.id)).name).toBe('Window 0');
  });
});
