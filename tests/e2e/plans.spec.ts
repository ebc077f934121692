import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from './fixtures';

test('create from the sample, rename, reload: the same data, on disk too', async ({ app, page }) => {
  await app.open(page);
  await page.getByRole('button', { name: 'Start from the sample plan' }).first().click();
  await expect(page.getByTestId('save-state')).toHaveText('Saved');
  await expect(page.getByTestId('plan-b-summary')).toContainText('Northwind Logistics');
  await expect(page.getByTestId('dream-roles-summary')).toContainText('Lumen Health');

  await page.getByRole('link', { name: 'All plans' }).click();
  const row = page.getByTestId('plan-row');
  await expect(row).toHaveCount(1);
  // The first plan is what the first-run welcome leads to: it is gone now.
  await expect(page.getByTestId('welcome')).toHaveCount(0);
  await row.getByRole('button', { name: 'Rename' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox').fill('Choosing between Northwind and Lumen');
  await dialog.getByRole('button', { name: /rename|save/i }).click();
  await expect(row.getByTestId('plan-name')).toHaveText('Choosing between Northwind and Lumen');

  await page.reload();
  await expect(page.getByTestId('plan-row').getByTestId('plan-name')).toHaveText('Choosing between Northwind and Lumen');
  await expect(page.getByTestId('plan-row')).toContainText('Northwind Logistics');
  await expect(page.getByTestId('plan-row')).toContainText('3 dream roles');

  const files = (await readdir(join(app.dataDir, 'plans'))).filter((f) => f.endsWith('.json'));
  expect(files).toHaveLength(1);
  const onDisk = JSON.parse(await readFile(join(app.dataDir, 'plans', files[0]!), 'utf8'));
  expect(onDisk.name).toBe('Choosing between Northwind and Lumen');
  expect(onDisk.dreamRoles).toHaveLength(3);
});

test('an edit autosaves, can be undone and redone, and survives a reload', async ({ app, page }) => {
  await app.open(page);
  await page.getByRole('button', { name: 'New blank plan' }).first().click();
  await expect(page.getByRole('heading', { name: 'The offer you hold' })).toBeVisible({ timeout: 20_000 });
  await page.getByRole('link', { name: 'Overview' }).click();
  const name = page.getByLabel('Your name (used in scripts)');
  await name.fill('Sam Doe');
  await expect(page.getByTestId('save-state')).toHaveText('Saved');

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(name).toHaveValue('');
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect(name).toHaveValue('Sam Doe');
  await expect(page.getByTestId('save-state')).toHaveText('Saved');

  await page.reload();
  await expect(page.getByLabel('Your name (used in scripts)')).toHaveValue('Sam Doe');
});

test('delete moves the plan to the trash, and Undo brings it back', async ({ app, page }) => {
  await app.open(page);
  await page.getByRole('button', { name: 'Start from the sample plan' }).first().click();
  await expect(page.getByTestId('save-state')).toHaveText('Saved');
  await page.getByRole('link', { name: 'All plans' }).click();
  await page.getByTestId('plan-row').getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByTestId('plan-row')).toHaveCount(0);
  expect(await readdir(join(app.dataDir, 'trash'))).toHaveLength(1);

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByTestId('plan-row')).toHaveCount(1);
  expect(await readdir(join(app.dataDir, 'trash'))).toHaveLength(0);
  await page.reload();
  await expect(page.getByTestId('plan-row')).toHaveCount(1);
});

test('a corrupt plan file is set aside untouched and explained', async ({ app, page }) => {
  const id = globalThis.crypto.randomUUID();
  const bytes = '{"schemaVersion": 1, "name": "half a pla';
  const plansDir = join(app.dataDir, 'plans');
  await writeFile(join(plansDir, `${id}.json`), bytes);
  await app.open(page);
  const alert = page.getByTestId('store-problems');
  await expect(alert).toContainText('set aside');
  const files = await readdir(plansDir);
  const aside = files.find((f) => f.startsWith(`${id}.corrupt-`));
  expect(aside).toBeDefined();
  expect(await readFile(join(plansDir, aside!), 'utf8')).toBe(bytes);
  expect(files).not.toContain(`${id}.json`);
});

test('the page talks to nothing but its own origin', async ({ app, page }) => {
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin !== app.origin && url.protocol !== 'data:') foreign.push(request.url());
  });
  await app.open(page);
  await page.getByRole('button', { name: 'Start from the sample plan' }).first().click();
  await expect(page.getByTestId('save-state')).toHaveText('Saved');
  for (const section of ['Board', 'Scenarios', 'Scripts', 'Call sheets', 'Overview']) {
    await page.getByRole('link', { name: section, exact: true }).click();
  }
  expect(foreign).toEqual([]);
});
