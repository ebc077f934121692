/**
 * Recovery through the real contract handlers over a temp data folder: a
 * set-aside plan stays offered until its newest backup is restored; trashed
 * plans can be deleted for good, one by one or all at once.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ChannelInput, ChannelOutput, Channel } from '@shared/contract';
import { dispatch } from '../../../electron/main/ipc/dispatch';
import { openServices } from '../../../electron/main/services';
import { tickingClock, useTempFolder } from './temp-folder';

const tmp = useTempFolder('bih-recovery-');

async function open(dataDir = tmp.path) {
  const changed: string[] = [];
  const services = await openServices({ dataDir, transport: 'web', version: 'test', now: tickingClock(), onPlanChanged: (id) => changed.push(id) });
  async function call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
    const result = await dispatch(services.handlers, channel, input, () => {});
    if (!result.ok) throw Object.assign(new Error(result.error.message), { code: result.error.code });
    return result.data as ChannelOutput<C>;
  }
  const plansDir = services.info.plansDir;
  return { ...services, call, plansDir, changed };
}

type Opened = Awaited<ReturnType<typeof open>>;

/** A plan saved once (so it has a backup), then its file broken on disk. */
async function brokenPlan(app: Opened, name = 'Offer from Northwind') {
  const plan = await app.call('plans:create', { from: 'sample', name });
  await app.call('plans:save', { plan: { ...plan, situation: { ...plan.situation, notes: 'kept' } }, baseRevision: 1 });
  await writeFile(join(app.plansDir, `${plan.id}.json`), '{ "name": "cut off');
  return plan;
}

describe('set-aside plans stay offered until recovered', () => {
  it('lists a set-aside plan on every listing, not only the one that moved it, with its newest backup', async () => {
    const app = await open();
    const plan = await brokenPlan(app);
    const first = await app.call('plans:list', {});
    expect(first.problems).toHaveLength(1);
    expect(first.problems[0]!.message).toMatch(/not valid JSON/);

    const again = await app.call('plans:list', {});
    expect(again.plans).toEqual([]);
    expect(again.problems).toEqual([
      {
        kind: 'set-aside',
        file: `${plan.id}.json`,
        movedTo: first.problems[0]!.movedTo,
        message: expect.stringContaining(`(“${plan.name}”) could not be used.`),
        newestBackup: expect.objectContaining({ planId: plan.id, revision: 1, reason: 'scheduled' }),
      },
    ]);
    expect(again.problems[0]!.message).toContain('Its newest backup, from 2026-03-01 09:00 UTC (revision 1), can be restored.');
    // A second store over the same folder (the app restarted) still offers it.
    expect((await (await open()).call('plans:list', {})).problems).toEqual(again.problems);
  });

  it('restores the newest backup as the plan, settles the set-aside file untouched, and clears the problem', async () => {
    const app = await open();
    const plan = await brokenPlan(app);
    const { problems } = await app.call('plans:list', {});
    const movedTo = problems[0]!.movedTo!;
    const brokenBytes = await readFile(join(app.plansDir, movedTo));

    const restored = await app.call('problems:restoreNewestBackup', { planId: plan.id });
    expect(restored.backup).toEqual(problems[0]!.newestBackup);
    expect(restored.plan).toMatchObject({ id: plan.id, name: plan.name, revision: 2 });
    expect(app.changed).toContain(plan.id);

    const after = await app.call('plans:list', {});
    expect(after.problems).toEqual([]);
    expect(after.plans.map((p) => p.id)).toEqual([plan.id]);
    const reopened = await app.call('plans:get', { id: plan.id });
    expect(reopened.situation.notes).toBe(plan.situation.notes); // the backup holds revision 1, before "kept"
    const settled = movedTo.replace(/\.json$/, '.replaced.json');
    expect((await readdir(app.plansDir)).sort()).toEqual([`${plan.id}.json`, settled].sort());
    expect((await readFile(join(app.plansDir, settled))).equals(brokenBytes)).toBe(true);

    await expect(app.call('problems:restoreNewestBackup', { planId: plan.id })).rejects.toMatchObject({ code: 'not-found' });
  });

  it('skips an unusable newest backup for the next older one', async () => {
    const app = await open();
    const plan = await brokenPlan(app);
    await app.call('plans:list', {});
    const [older] = (await app.call('backups:list', { planId: plan.id })).entries;
    const newer = '20990101T000000000Z-scheduled-r7';
    await writeFile(join(tmp.path, 'backups', plan.id, `${newer}.json`), 'not a plan');
    expect((await app.call('plans:list', {})).problems[0]!.newestBackup?.id).toBe(newer);

    const restored = await app.call('problems:restoreNewestBackup', { planId: plan.id });
    expect(restored.backup.id).toBe(older!.id);
    expect((await app.call('plans:list', {})).problems).toEqual([]);
  });

  it('refuses, changing nothing, when there is no backup or the plan is not set aside', async () => {
    const app = await open();
    const plan = await app.call('plans:create', { from: 'blank', name: 'Never saved' });
    await expect(app.call('problems:restoreNewestBackup', { planId: plan.id })).rejects.toMatchObject({ code: 'not-found' });
    await writeFile(join(app.plansDir, `${plan.id}.json`), '[]');
    const { problems } = await app.call('plans:list', {});
    expect(problems[0]!.message).toContain('There is no backup of it yet.');
    const before = (await readdir(app.plansDir)).sort();
    await expect(app.call('problems:restoreNewestBackup', { planId: plan.id })).rejects.toMatchObject({
      code: 'not-found',
      message: expect.stringMatching(/no backup of this plan/),
    });
    expect((await readdir(app.plansDir)).sort()).toEqual(before);
    expect((await app.call('plans:list', {})).problems).toHaveLength(1);
  });

  it('does not offer a set-aside file once the plan is back by another way (a restore from its Backups)', async () => {
    const app = await open();
    const plan = await brokenPlan(app);
    await app.call('plans:list', {});
    const backup = (await app.call('backups:list', { planId: plan.id })).entries[0]!;
    await app.call('backups:restore', { planId: plan.id, backupId: backup.id });
    expect((await app.call('plans:list', {})).problems).toEqual([]);
  });
});

describe('trash: delete for good', () => {
  it('purges one trashed plan and its backups; the rest of the trash stays', async () => {
    const app = await open();
    const gone = await app.call('plans:create', { from: 'sample', name: 'Gone' });
    const kept = await app.call('plans:create', { from: 'blank', name: 'Kept' });
    const goneEntry = await app.call('plans:delete', { id: gone.id });
    const keptEntry = await app.call('plans:delete', { id: kept.id });
    expect((await app.call('backups:list', { planId: gone.id })).entries).toHaveLength(1); // the backup before delete

    expect(await app.call('trash:purge', { trashId: goneEntry.trashId })).toEqual(goneEntry);
    expect((await app.call('plans:trash', {})).entries).toEqual([keptEntry]);
    expect((await app.call('backups:list', { planId: gone.id })).entries).toEqual([]);
    expect((await app.call('backups:list', { planId: kept.id })).entries).toHaveLength(1);
    await expect(app.call('trash:purge', { trashId: goneEntry.trashId })).rejects.toMatchObject({ code: 'not-found' });
    await expect(app.call('plans:restore', { trashId: goneEntry.trashId })).rejects.toMatchObject({ code: 'not-found' });
  });

  it('keeps the backups while another copy of the plan still needs them', async () => {
    const app = await open();
    const plan = await app.call('plans:create', { from: 'sample' });
    const { text } = await app.call('plans:export', { id: plan.id });
    const entry = await app.call('plans:delete', { id: plan.id });
    await app.call('plans:importText', { text }); // the same plan is back in the plans folder
    const backups = (await app.call('backups:list', { planId: plan.id })).entries;
    expect(backups.length).toBeGreaterThan(0);
    await app.call('trash:purge', { trashId: entry.trashId });
    expect((await app.call('backups:list', { planId: plan.id })).entries).toEqual(backups);
    expect((await app.call('plans:get', { id: plan.id })).name).toBe(plan.name);
  });

  it('empties the trash, answering how many plans went, and leaves live plans alone', async () => {
    const app = await open();
    const live = await app.call('plans:create', { from: 'blank', name: 'Live' });
    for (const name of ['One', 'Two', 'Three']) {
      const plan = await app.call('plans:create', { from: 'blank', name });
      await app.call('plans:delete', { id: plan.id });
    }
    expect(await app.call('trash:empty', {})).toEqual({ purged: 3 });
    expect((await app.call('plans:trash', {})).entries).toEqual([]);
    expect(await readdir(join(tmp.path, 'trash'))).toEqual([]);
    expect((await app.call('plans:list', {})).plans.map((p) => p.id)).toEqual([live.id]);
    expect(await app.call('trash:empty', {})).toEqual({ purged: 0 });
  });
});
