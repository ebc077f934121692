/**
 * The save base is per client (a window, a page). A sync tool rewrites the
 * plan keeping its revision; then something reads the plan, through every
 * channel that reads one, from the stale window itself or from another one;
 * the stale window's save must still be merged with the sync tool's version
 * from the stale window's own base (the name both changed stays the sync
 * tool's and is reported), never written over it. Real handlers through the one `dispatch`
 * (as Electron and the web harness call it), real files in a temp folder.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Channel, ChannelInput } from '@shared/contract';
import type { Plan } from '@shared/plan';
import { dispatch, type Caller } from '../../../electron/main/ipc/dispatch';
import { openServices, type OpenServices } from '../../../electron/main/services';
import { useTempFolder } from './temp-folder';

const tmp = useTempFolder('bih-bases-');
const A: Caller = { client: 'window-1' };
const B: Caller = { client: 'window-2' };

async function open(): Promise<OpenServices> {
  return openServices({ dataDir: tmp.path, transport: 'web', version: 't' });
}

async function call<C extends Channel>(services: OpenServices, caller: Caller, channel: C, input: ChannelInput<C>) {
  return dispatch(services.handlers, channel, input, () => {}, caller);
}

async function ok<T>(result: Promise<{ ok: boolean; data?: unknown }>): Promise<T> {
  const answer = await result;
  if (!answer.ok) throw new Error(`expected ok: ${JSON.stringify(answer)}`);
  return answer.data as T;
}

/** Every channel that reads a plan, and its input. */
const READERS: { channel: Channel; input: (plan: Plan) => unknown }[] = [
  { channel: 'plans:list', input: () => ({}) },
  { channel: 'plans:export', input: (p) => ({ id: p.id }) },
  { channel: 'plans:exportToFile', input: (p) => ({ id: p.id }) },
  { channel: 'plans:duplicate', input: (p) => ({ id: p.id }) },
  { channel: 'backups:list', input: (p) => ({ planId: p.id }) },
  { channel: 'recent:opened', input: (p) => ({ planId: p.id }) },
  { channel: 'windows:openPlan', input: (p) => ({ planId: p.id }) },
  { channel: 'callsheet:exportPdf', input: (p) => ({ planId: p.id, target: 'pack', paper: 'a4', hideFigures: false }) },
];

const CASES = [
  ...READERS.flatMap((r) => [
    { ...r, reader: A, who: 'the stale window' },
    { ...r, reader: B, who: 'another window' },
  ]),
  // plans:get by the stale window itself hands it the new version: then its save is fine (tested below).
  { channel: 'plans:get' as Channel, input: (p: Plan) => ({ id: p.id }), reader: B, who: 'another window' },
];

describe('a stale window after another program rewrote the plan (revision kept)', () => {
  it.each(CASES)('$channel by $who does not make the stale save a plain overwrite', async ({ channel, input, reader }) => {
    const services = await open();
    const created = await ok<Plan>(call(services, A, 'plans:create', { from: 'sample' }));
    const stale = await ok<Plan>(call(services, A, 'plans:get', { id: created.id }));
    const file = join(services.plans.plansDir, `${stale.id}.json`);

    const theirs = `${JSON.stringify({ ...JSON.parse(await readFile(file, 'utf8')), name: 'Edited on the laptop' }, null, 2)}\n`;
    await writeFile(file, theirs);

    await dispatch(services.handlers, channel, input(stale) as never, () => {}, reader);

    const answer = await call(services, A, 'plans:save', { plan: { ...stale, name: 'Edited here' }, baseRevision: stale.revision });
    expect(answer).toMatchObject({ ok: true, data: { conflicts: [{ path: ['name'], mine: 'Edited here', theirs: 'Edited on the laptop' }] } });
    expect(JSON.parse(await readFile(file, 'utf8')).name).toBe('Edited on the laptop');
  });

  it('the stale window may save once it has read the new version itself', async () => {
    const services = await open();
    const created = await ok<Plan>(call(services, A, 'plans:create', { from: 'sample' }));
    const file = join(services.plans.plansDir, `${created.id}.json`);
    await writeFile(file, JSON.stringify({ ...JSON.parse(await readFile(file, 'utf8')), name: 'Edited on the laptop' }));
    const seen = await ok<Plan>(call(services, A, 'plans:get', { id: created.id }));
    expect(seen.name).toBe('Edited on the laptop');
    await expect(call(services, A, 'plans:save', { plan: { ...seen, name: 'Mine' }, baseRevision: seen.revision })).resolves.toMatchObject({ ok: true });
  });

  it('a client that never read the plan cannot save over it', async () => {
    const services = await open();
    const created = await ok<Plan>(call(services, A, 'plans:create', { from: 'sample' }));
    const answer = await call(services, B, 'plans:save', { plan: { ...created, name: 'Blind' }, baseRevision: created.revision });
    expect(answer).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });
});

describe('a save merged with another window’s', () => {
  it('backs up the other version before writing the merge, and choosing mine for the field is a normal save', async () => {
    const services = await open();
    const created = await ok<Plan>(call(services, A, 'plans:create', { from: 'sample' }));
    const mine = await ok<Plan>(call(services, A, 'plans:get', { id: created.id }));
    const other = await ok<Plan>(call(services, B, 'plans:get', { id: created.id }));
    const file = join(services.plans.plansDir, `${created.id}.json`);

    await ok(call(services, B, 'plans:save', { plan: { ...other, name: 'Window B’s version' }, baseRevision: other.revision }));
    const theirBytes = await readFile(file, 'utf8');
    const edited = { ...mine, name: 'Window A’s version' };
    const merged = await ok<{ merged: Plan; conflicts: unknown[] }>(call(services, A, 'plans:save', { plan: edited, baseRevision: mine.revision }));
    expect(merged.conflicts).toEqual([{ path: ['name'], base: mine.name, mine: 'Window A’s version', theirs: 'Window B’s version' }]);
    expect(merged.merged.name).toBe('Window B’s version');

    // Use mine for that field: an edit of the merged plan, saved as usual.
    await ok(call(services, A, 'plans:save', { plan: { ...merged.merged, name: 'Window A’s version' }, baseRevision: merged.merged.revision }));
    expect(JSON.parse(await readFile(file, 'utf8')).name).toBe('Window A’s version');

    const { entries } = await ok<{ entries: { id: string; reason: string }[] }>(call(services, A, 'backups:list', { planId: created.id }));
    const kept = entries.find((e) => e.reason === 'merge');
    expect(kept).toBeDefined();
    const bytes = await services.plans.backups.read(created.id, kept!.id);
    expect(bytes?.toString('utf8')).toBe(theirBytes);
  });
});
