/**
 * A burst of destructive actions must not rotate away the state before it:
 * 50 replace-imports within a minute, through the real handlers over a temp
 * folder, and the plan as it was before the first one can still be restored.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openServices } from '../../../electron/main/services';
import { tickingClock, useTempFolder } from '../store/temp-folder';

const tmp = useTempFolder('bih-burst-');

describe('backup retention under a burst', () => {
  it('after 50 rapid replace-imports the original is still restorable', async () => {
    const { handlers, plans } = await openServices({ dataDir: tmp.path, transport: 'web', version: 't', now: tickingClock() });
    const original = await handlers['plans:create']({ from: 'sample' });
    const file = join(plans.plansDir, `${original.id}.json`);
    const originalBytes = await readFile(file, 'utf8');

    for (let i = 1; i <= 50; i++) {
      const text = JSON.stringify({ ...original, name: `Imported version ${i}` });
      await handlers['plans:importText']({ text, replace: true });
    }
    expect(JSON.parse(await readFile(file, 'utf8')).name).toBe('Imported version 50');

    const { entries } = await handlers['backups:list']({ planId: original.id });
    const contents = await Promise.all(entries.map(async (e) => ({ e, text: (await plans.backups.read(original.id, e.id))!.toString('utf8') })));
    const first = contents.find((c) => c.text === originalBytes);
    expect(first, 'the backup of the plan before the burst').toBeDefined();
    // Every state an import replaced is still there.
    expect(entries.filter((e) => e.reason === 'import')).toHaveLength(50);

    await handlers['backups:restore']({ planId: original.id, backupId: first!.e.id });
    const restored = await handlers['plans:get']({ id: original.id });
    expect(restored.name).toBe(original.name);
    expect(restored.dreamRoles).toEqual(original.dreamRoles);
  });
});
