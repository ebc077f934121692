/**
 * Save: `plans:save` through the contract handler and the real store
 * (validation, revision check, queue, durable write) for 10, 100 and 1,000
 * dream roles, against the floor: a raw write of the same bytes to a temp
 * file with fsync and rename. Budget: ≤ 1.3× the floor.
 *
 * Also the parts a save cannot skip, measured alone on the same plan, so the
 * table says where the time above the floor goes: checking the plan against
 * the contract (zod), turning it into the file's text, and the directory
 * fsync that makes the rename itself survive a power cut. And the growth:
 * the cost per KiB between sizes, which stays flat when saving is linear.
 */
import { open, rename, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { contract } from '@shared/contract';
import { dispatch } from '../../electron/main/ipc/dispatch';
import { openServices } from '../../electron/main/services';
import { bigPlan } from '../unit/board/fixtures';
import { medianMs, type Row } from './lib/stats';

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
      const ms = await medianMs(save, runs);
      const text = JSON.stringify(plan, null, 2) + '\n';
      const floor = await medianMs(() => rawDurableWrite(join(dir, `raw-${roles}.json`), text), runs);
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
        budget: { text: '≤ 1.3× raw fsync+rename', ok: ratio <= 1.3 },
      });
      const part = (name: string, value: number) => rows.push({ bench: 'save, part', case: `${roles} roles: ${name}`, value, unit: 'ms', floor, ratio: value / floor });
      part('contract check (zod)', await medianMs(() => contract['plans:save'].input.parse({ plan, baseRevision: plan.revision }), runs));
      part('JSON text', await medianMs(() => JSON.stringify(plan, null, 2), runs));
      part('raw write + folder fsync', await medianMs(() => rawDurableWrite(join(dir, `raw-${roles}.json`), text, true), runs));
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
    });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  return rows;
}
