/**
 * Plans in a folder synced by real Syncthing between two "computers": two
 * web harnesses, each over its own data folder, whose plans folders two
 * Syncthing instances on loopback keep in sync (tests/e2e/syncthing.ts).
 * Different fields edited on each side end up in both files with no conflict
 * copy; the same field edited on both while they cannot sync becomes
 * Syncthing's conflict copy, which the plans screen offers to merge, shows
 * side by side, and resolves. Every process started here is stopped.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { startHarness, type Harness } from '../harness/server';
import { rpc } from './fixtures';
import { conflictCopies, FOLDER_ID, startSyncthingPair, syncthingMissing, until, type SyncthingPair } from './syncthing';

test.describe.configure({ timeout: 120_000 });

interface Computer {
  harness: Harness;
  page: Page;
  plansDir: string;
}

async function computer(browser: Browser, dataDir: string): Promise<Computer> {
  const harness = await startHarness({ dataDir });
  const page = await (await browser.newContext()).newPage();
  return { harness, page, plansDir: join(dataDir, 'plans') };
}

const planOn = async (c: Computer, id: string) => JSON.parse(await readFile(join(c.plansDir, `${id}.json`), 'utf8')) as { name: string; revision: number; situation: { userName: string } };

test('two computers share plans through Syncthing: different fields merge, the same field is asked about', async ({ browser }) => {
  const missing = syncthingMissing();
  expect(missing, missing ?? '').toBeNull();
  const started = Date.now();
  const root = await mkdtemp(join(tmpdir(), 'bih-syncthing-'));
  let pair: SyncthingPair | undefined;
  const computers: Computer[] = [];
  try {
    pair = await startSyncthingPair(root, [join(root, 'laptop', 'plans'), join(root, 'desktop', 'plans')]);
    const laptop = await computer(browser, join(root, 'laptop'));
    const desktop = await computer(browser, join(root, 'desktop'));
    computers.push(laptop, desktop);

    const plan = await rpc<{ id: string; name: string }>(laptop.harness, 'plans:create', { from: 'sample' });
    await until('the new plan to reach the desktop', async () => (await planOn(desktop, plan.id)).name === plan.name);

    for (const c of computers) await c.page.goto(`${c.harness.origin}/?t=${c.harness.token}#/plans/${plan.id}/overview`);
    const nameField = (c: Computer) => c.page.getByLabel('Plan name');
    const userField = (c: Computer) => c.page.getByLabel('Your name (used in scripts)');

    // Different fields, one on each computer.
    await nameField(laptop).fill('Northwind or Lumen');
    await until('the laptop’s name to reach the desktop’s file', async () => (await planOn(desktop, plan.id)).name === 'Northwind or Lumen');
    await expect(nameField(desktop)).toHaveValue('Northwind or Lumen');
    await expect(desktop.page.getByTestId('remote-update')).toContainText('Updated from another computer');
    await userField(desktop).fill('Alex on the desktop');
    await until('the desktop’s user name to reach the laptop’s file', async () => (await planOn(laptop, plan.id)).situation.userName === 'Alex on the desktop');
    await expect(userField(laptop)).toHaveValue('Alex on the desktop');
    for (const c of computers) {
      expect(await planOn(c, plan.id)).toMatchObject({ name: 'Northwind or Lumen', situation: { userName: 'Alex on the desktop' } });
      expect(await conflictCopies(c.plansDir)).toEqual([]);
    }

    // The same field on both while the two cannot reach each other.
    await pair.a.rest('POST', `/rest/system/pause?device=${pair.b.deviceId}`);
    await until('the laptop to be cut off', async () => {
      const { connections } = await pair!.a.rest<{ connections: Record<string, { connected: boolean }> }>('GET', '/rest/system/connections');
      return connections[pair!.b.deviceId]?.connected !== true;
    });
    const before = (await planOn(laptop, plan.id)).revision;
    await nameField(laptop).fill('Laptop’s name');
    await nameField(desktop).fill('Desktop’s name');
    for (const [c, name] of [[laptop, 'Laptop’s name'], [desktop, 'Desktop’s name']] as const) {
      await until(`${name} to be saved`, async () => (await planOn(c, plan.id)).name === name && (await planOn(c, plan.id)).revision > before);
    }
    await pair.a.rest('POST', `/rest/db/scan?folder=${FOLDER_ID}`);
    await pair.b.rest('POST', `/rest/db/scan?folder=${FOLDER_ID}`);
    await pair.a.rest('POST', `/rest/system/resume?device=${pair.b.deviceId}`);
    await until('Syncthing’s conflict copy on both computers', async () => (await conflictCopies(laptop.plansDir)).length === 1 && (await conflictCopies(desktop.plansDir)).length === 1, 60_000);
    await until('both files to agree', async () => (await planOn(laptop, plan.id)).name === (await planOn(desktop, plan.id)).name);
    const kept = (await planOn(laptop, plan.id)).name;
    const other = kept === 'Laptop’s name' ? 'Desktop’s name' : 'Laptop’s name';

    // The plans screen offers the other version; merging shows the one field side by side.
    await laptop.page.goto(`${laptop.harness.origin}/?t=${laptop.harness.token}#/`);
    const problem = laptop.page.getByTestId('store-problems');
    await expect(problem).toContainText('another version from');
    // One plan, never the copy listed as a plan of its own.
    await expect(laptop.page.getByTestId('plan-row')).toHaveCount(1);
    await expect(laptop.page.getByTestId('plan-name')).toHaveText(kept);
    await problem.getByRole('button', { name: 'Merge into the plan' }).click();
    const card = laptop.page.getByTestId('field-conflicts');
    await expect(card.getByTestId('field-conflict')).toHaveCount(1);
    await expect(card).toContainText(kept);
    await expect(card).toContainText(other);
    await card.getByRole('button', { name: /^Use the other version/ }).click();
    await expect(nameField(laptop)).toHaveValue(other);
    await expect(card).toHaveCount(0);

    for (const c of computers) {
      await until(`the chosen name on the ${c === laptop ? 'laptop' : 'desktop'}`, async () => (await planOn(c, plan.id)).name === other);
      await until('no conflict copy left', async () => (await conflictCopies(c.plansDir)).length === 0);
    }
    await expect(nameField(desktop)).toHaveValue(other);
    console.log(`Syncthing e2e took ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    for (const c of computers) {
      await c.page.context().close();
      await c.harness.close();
    }
    await pair?.stop();
    await rm(root, { recursive: true, force: true });
  }
});
