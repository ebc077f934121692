/**
 * Over the web harness, each page is its own client (the `x-bird-client` id
 * bridge.js makes per page load): one tab reading a plan never makes another
 * tab's stale save acceptable. Real harness, real files.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { rpc, startFixture, type Fixture } from './harness-fixture';

let fx: Fixture;
beforeEach(async () => {
  fx = await startFixture();
});
afterEach(() => fx.cleanup());

const tab = (id: string) => ({ 'x-bird-client': id });

describe('web harness: one client per page', () => {
  it('a read in one tab does not let a stale tab save over a sync tool’s edit (it is merged from its own base)', async () => {
    const created = (await rpc(fx.harness, 'plans:create', { from: 'sample' }, tab('tab-a'))).json() as { data: { id: string } };
    const id = created.data.id;
    const stale = (await rpc(fx.harness, 'plans:get', { id }, tab('tab-a'))).json() as { data: { revision: number; name: string } };
    const file = join(fx.dataDir, 'plans', `${id}.json`);
    const theirs = JSON.stringify({ ...JSON.parse(await readFile(file, 'utf8')), name: 'From the sync tool' });
    await writeFile(file, theirs);

    await rpc(fx.harness, 'plans:get', { id }, tab('tab-b'));
    const save = await rpc(fx.harness, 'plans:save', { plan: { ...stale.data, name: 'Stale tab' }, baseRevision: stale.data.revision }, tab('tab-a'));
    // Merged from tab A's own base: the name both changed stays the sync tool's and is reported.
    expect(save.json()).toMatchObject({ ok: true, data: { conflicts: [{ path: ['name'], mine: 'Stale tab', theirs: 'From the sync tool' }] } });
    expect(JSON.parse(await readFile(file, 'utf8')).name).toBe('From the sync tool');
  });
});
