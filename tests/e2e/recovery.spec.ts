/**
 * Recovery through the web harness: a plan file broken on disk is set aside,
 * offered and restored from the plans screen; the Trash view restores and
 * empties. Screenshots of each state, light and dark, for a person to look at.
 */
import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { seriousViolations } from './axe';
import { expect, test } from './fixtures';

const shots = join(import.meta.dirname, '../.artifacts/screenshots');

/** Both schemes of the screen as it is now (the app follows the system theme), each checked by axe. */
async function shoot(page: Page, name: string) {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', scheme);
    await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
    await page.screenshot({ path: join(shots, `${name}-${scheme}.png`), fullPage: true });
    expect(await seriousViolations(page), `${name} (${scheme})`).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

/** Creates the sample plan and saves one edit (which takes its first backup); answers its id. */
async function sampleWithBackup(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Start from the sample plan' }).first().click();
  await page.getByLabel('Your name (used in scripts)').fill('Alex Rivera, edited');
  await expect(page.getByTestId('save-state')).toHaveText('Saved');
  const id = /#\/plans\/([0-9a-f-]{36})\//.exec(page.url())?.[1];
  expect(id).toBeTruthy();
  return id!;
}

test('a plan file broken on disk is set aside, then restored from the plans screen with its content', async ({ app, page }) => {
  await app.open(page);
  const id = await sampleWithBackup(page);
  await page.getByRole('button', { name: 'Backups' }).click();
  const backups = page.getByRole('dialog', { name: 'Backups of this plan' });
  await expect(backups.getByTestId('backup-row')).toHaveCount(1);
  await expect(backups.getByTestId('backup-row')).toContainText('While you worked');
  await shoot(page, 'plan-backups');
  await page.keyboard.press('Escape');
  await expect(backups).toBeHidden();
  await page.getByRole('link', { name: 'All plans' }).click();
  await expect(page.getByTestId('plan-row')).toHaveCount(1);

  await writeFile(join(app.dataDir, 'plans', `${id}.json`), '{ "name": "Sample", "offers": [');
  await page.reload();
  const alert = page.getByTestId('store-problems').getByRole('alert');
  await expect(alert).toContainText('A plan file was set aside');
  await expect(alert).toContainText(`${id}.json`);
  await expect(alert.getByTestId('newest-backup-date')).toContainText('Newest backup:');
  await expect(page.getByTestId('plan-row')).toHaveCount(0);
  expect((await readdir(join(app.dataDir, 'plans'))).some((f) => f.startsWith(`${id}.corrupt-`))).toBe(true);
  // Still offered after another reload: the problem is not a one-time message.
  await page.reload();
  await expect(alert).toContainText('Its newest backup');
  await shoot(page, 'plans-set-aside');

  await alert.getByRole('button', { name: 'Restore the newest backup' }).click();
  await expect(page.getByText(/is back as it was on/)).toBeVisible();
  await expect(page.getByTestId('store-problems')).toHaveCount(0);
  const row = page.getByTestId('plan-row');
  await expect(row).toHaveCount(1);
  await row.getByTestId('plan-name').click();
  await expect(page.getByTestId('plan-b-summary')).toContainText('Northwind Logistics');
  await expect(page.getByTestId('dream-roles-summary')).toContainText('Lumen Health');
  await expect(page.getByLabel('Your name (used in scripts)')).toHaveValue('Alex Rivera');
});

test('Trash: a deleted plan is listed and restored; the trash is emptied after a confirmation', async ({ app, page }) => {
  await app.open(page);
  await page.getByRole('button', { name: 'New blank plan' }).first().click();
  await expect(page.getByTestId('save-state')).toHaveText('Saved');
  await page.getByRole('link', { name: 'All plans' }).click();
  await page.getByRole('button', { name: 'Start from the sample plan' }).first().click();
  await expect(page.getByTestId('save-state')).toHaveText('Saved');
  await page.getByRole('link', { name: 'All plans' }).click();
  await expect(page.getByTestId('plan-row')).toHaveCount(2);
  for (let left = 2; left > 0; left--) {
    await page.getByTestId('plan-row').first().getByRole('button', { name: 'Delete' }).click();
    await expect(page.getByTestId('plan-row')).toHaveCount(left - 1);
  }

  await page.getByRole('link', { name: 'Trash' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Trash' })).toBeVisible();
  const rows = page.getByTestId('trash-row');
  await expect(rows).toHaveCount(2);
  await expect(rows.first()).toContainText(/Sample|Untitled plan/);
  await shoot(page, 'trash');

  const sample = rows.filter({ hasText: 'Sample' });
  await sample.getByRole('button', { name: /^Restore/ }).click();
  await expect(rows).toHaveCount(1);
  await page.getByRole('link', { name: 'All plans' }).click();
  await expect(page.getByTestId('plan-row')).toHaveCount(1);
  await expect(page.getByTestId('plan-row')).toContainText('Northwind Logistics');

  await page.getByRole('link', { name: 'Trash' }).click();
  await page.getByRole('button', { name: 'Empty trash' }).click();
  const confirm = page.getByRole('dialog', { name: 'Empty the trash?' });
  await expect(confirm).toContainText('This cannot be undone.');
  await shoot(page, 'trash-confirm-empty');
  await confirm.getByRole('button', { name: 'Empty trash' }).click();
  await expect(page.getByTestId('trash-empty')).toBeVisible();
  expect(await readdir(join(app.dataDir, 'trash'))).toEqual([]);
  await shoot(page, 'trash-empty');
});
