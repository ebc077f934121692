/**
 * Save: `plans:save` through the contract handler and the real store
 * (validation, revision check, queue, durable write) for 10, 100 and 1,000
 * dream roles, against the floor: a raw durable write of the same bytes (a
 * temp file, fsync, rename, and the fsync of the folder that makes the rename
 * itself survive a power cut, as ARCHITECTURE.md defines a durable write).
 * Budgets: ≤ 1.5× the floor at 10 roles; linear growth (the cost per KiB from
 * 100 to 1,000 roles ≤ 1.5× that from 10 to 100).
 *
 * Also the parts a save cannot skip, measured alone on the same plan, so the
 * table says where the time above the floor goes: checking the plan against
 * the contract (zod), turning it into the file's text, the raw write
 * without the folder's fsync (the floor this bench used before), and the
 * store's two looks at the file's stamp. And the growth:
 * the cost per KiB between sizes, which stays flat when saving is linear.
 */
import { lstat, open, rename, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { contract } from '@shared/contract';
import { dispatch } from '../../electron/main/ipc/dispatch';
import { openServices } from '../../electron/main/services';
import { bigPlan } from '../unit/board/fixtures';
import { median, medianMs, type Row } from './lib/stats';

async function rawDurableWrite(path: string, text: string, syncFolder = false): Promise<void> {
  const tmp = `${path}.tmp`;
  const handle = await open(tmp, 'w');
  await handle.writeFile(text);
  await handle.sync();
  await handle.close();
  await rename(tmp, path);
  if (syncFolder) {
    const folder = await open(dirname(path), 'r');
    await folder.sync();
    await folder.close();
  }
}

/** Medians of `a` and `b` run in turns, after two untimed turns. */
async function alternating(a: () => Promise<unknown>, b: () => Promise<unknown>, runs: number): Promise<{ ms: number; floor: number }> {
  const times = { a: [] as number[], b: [] as number[] };
  for (let i = 0; i < runs + 2; i++) {
    for (const [fn, into] of [[a, times.a], [b, times.b]] as const) {
      const start = performance.now();
      await fn();
      if (i >= 2) into.push(performance.now() - start);
    }
  }
  return { ms: median(times.a), floor: median(times.b) };
}

export async function run(): Promise<Row[]> {
  const rows: Row[] = [];
  const perKib: { roles: number; kib: number; ms: number }[] = [];
  const dir = await mkdtemp(join(tmpdir(), 'bih-bench-save-'));
  try {
    const { handlers, plans: store } = await openServices({ dataDir: dir, transport: 'web', version: 'bench' });
    for (const roles of [10, 100, 1000]) {
      const created = await store.create('blank');
      let plan = { ...bigPlan(roles, new Date()), id: created.id, revision: created.revision };
      const runs = roles >= 1000 ? 15 : 30;
      const save = async () => {
        const result = await dispatch(handlers, 'plans:save', { plan, baseRevision: plan.revision });
        if (!result.ok) throw new Error(result.error.message);
        plan = { ...plan, revision: (result.data as { revision: number }).revision };
      };
      const text = JSON.stringify(plan, null, 2) + '\n';
      // Save and floor take turns, so a busy disk weighs on both alike.
      const { ms, floor } = await alternating(save, () => rawDurableWrite(join(dir, `raw-${roles}.json`), text, true), runs);
      const ratio = ms / floor;
      const kib = text.length / 1024;
      perKib.push({ roles, kib, ms });
      rows.push({
        bench: 'save',
        case: `${roles} roles (${kib.toFixed(0)} KiB)`,
        value: ms,
        unit: 'ms',
        floor,
        ratio,
        budget: roles === 10 ? { text: '≤ 1.5× a raw durable write', ok: ratio <= 1.5 } : undefined,
      });
      const part = (name: string, value: number) => rows.push({ bench: 'save, part', case: `${roles} roles: ${name}`, value, unit: 'ms', floor, ratio: value / floor });
      part('contract check (zod)', await medianMs(() => contract['plans:save'].input.parse({ plan, baseRevision: plan.revision }), runs));
      part('JSON text', await medianMs(() => JSON.stringify(plan, null, 2), runs));
      part('raw write, no folder fsync', await medianMs(() => rawDurableWrite(join(dir, `raw-${roles}.json`), text), runs));
      // The store's two looks at the file (before: has it changed on disk
      // since this window read it? after: the stamp to know its own write by).
      const file = join(dir, 'plans', `${plan.id}.json`);
      part('file checks (two lstat)', await medianMs(async () => (await lstat(file), await lstat(file)), runs));
    }
    const [small, mid, large] = perKib as [(typeof perKib)[0], (typeof perKib)[0], (typeof perKib)[0]];
    const slope = (a: typeof small, b: typeof small) => (b.ms - a.ms) / (b.kib - a.kib);
    rows.push({
      bench: 'save, growth',
      case: 'ms per KiB, 100→1000 vs 10→100 roles',
      value: slope(mid, large),
      unit: 'ms/KiB',
      floor: slope(small, mid),
      ratio: slope(mid, large) / slope(small, mid),
      // A baseline at or below zero is noise (the 10-role saves ran slower), not linearity.
      budget: { text: '≤ 1.5× (linear)', ok: slope(small, mid) > 0 && slope(mid, large) / slope(small, mid) <= 1.5 },
    });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  return rows;
}
