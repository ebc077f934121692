/**
 * Save: `plans:save` through the contract handler and the real store
 * (validation, revision check, queue, durable write) for 10, 100 and 1,000
 * dream roles, against the floor: a raw write of
 * the same bytes to a temp file with fsync and rename. Budget: ≤ 1.3× the floor.
 */
import { open, rename, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dispatch } from '../../electron/main/ipc/dispatch';
import { openServices } from '../../electron/main/services';
import { bigPlan } from '../unit/board/fixtures';
import { medianMs, type Row } from './lib/stats';

async function rawDurableWrite(path: string, text: string): Promise<void> {
  const tmp = `${path}.tmp`;
  const handle = await open(tmp, 'w');
  await handle.writeFile(text);
  await handle.sync();
  await handle.close();
  await rename(tmp, path);
}

export async function run(): Promise<Row[]> {
  const rows: Row[] = [];
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
      rows.push({
        bench: 'save',
        case: `${roles} roles (${(text.length / 1024).toFixed(0)} KiB)`,
        value: ms,
        unit: 'ms',
        floor,
        ratio,
        budget: { text: '≤ 1.3× raw fsync+rename', ok: ratio <= 1.3 },
      });
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  return rows;
}
