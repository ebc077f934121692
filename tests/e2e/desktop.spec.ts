/**
 * Desktop life through the web harness: the first-run welcome, the command
 * palette, the shortcuts sheet, export then import, the theme menu, and a
 * keyboard-only walk. Screenshots of the welcome, palette and shortcuts sheet
 * land in tests/.artifacts/screenshots for a person to look at.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

const shots = join(import.meta.dirname, '../.artifacts/screenshots');

/** Presses Tab until `target` has focus (at most `max` times), as a keyboard-only user would. */
async function tabTo(page: Page, target: Locator, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((el) => el === document.activeElement)) {
      // Focus must be visible: Mantine's focus ring is an outline under :focus-visible.
      const outline = await target.evaluate((el) => getComputedStyle(el).outlineStyle);
      expect(outline, 'focused control shows a focus ring').not.toBe('none');
      return;
    }
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

/** The plan as stored, without what an import is allowed to change. */
function comparable(plan: Record<string, unknown>) {
  const { id: _id, createdAt: _c, updatedAt: _u, revision: _r, ...rest } = plan;
  return rest;
}

for (const scheme of ['light', 'dark'] as const) {
  test(`welcome, palette and shortcuts sheet (${scheme})`, async ({ app, page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await app.open(page);
    const welcome = page.getByTestId('welcome');
    await expect(welcome).toContainText('Nothing leaves this computer');
    await expect(welcome).toContainText(app.dataDir);
    await page.screenshot({ path: join(shots, `welcome-${scheme}.png`) });

    await welcome.getByRole('button', { name: 'Explore the sample plan' }).click();
    await expect(page.getByTestId('save-state')).toHaveText('Saved');

    await page.keyboard.press('Control+k');
    const search = page.getByRole('textbox', { name: 'Search actions and plans' });
    await expect(search).toBeFocused();
    await expect(page.locator('.mantine-Spotlight-content')).toHaveCSS('opacity', '1');
    await page.screenshot({ path: join(shots, `palette-${scheme}.png`) });
    await search.fill('board');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('section-board')).toBeVisible();

    await page.locator('body').press('Shift+?');
    const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(sheet).toContainText('Command palette');
    await expect(sheet).toHaveCSS('opacity', '1'); // the opening transition has finished
    await page.screenshot({ path: join(shots, `shortcuts-${scheme}.png`) });
    await page.keyboard.press('Escape');
    await expect(sheet).toBeHidden();
  });
}

test('the welcome, once dismissed, stays away', async ({ app, page }) => {
  await app.open(page);
  await page.getByTestId('welcome').getByRole('button', { name: 'Got it' }).click();
  await expect(page.getByTestId('welcome')).toBeHidden();
  await page.reload();
  await expect(page.getByRole('button', { name: 'New blank plan' })).toBeVisible();
  await expect(page.getByTestId('welcome')).toHaveCount(0);
  const settings = JSON.parse(await readFile(join(app.dataDir, 'settings.json'), 'utf8'));
  expect(settings.welcomed).toBe(true);
});

test('the palette opens a plan by name', async ({ app, page }) => {
  await app.open(page);
  await page.getByRole('button', { name: 'Start from the sample plan' }).first().click();
  await expect(page.getByTestId('save-state')).toHaveText('Saved');
  await page.getByRole('link', { name: 'All plans' }).click();
  await page.keyboard.press('Control+k');
  await page.getByRole('textbox', { name: 'Search actions and plans' }).fill('open plan');
  await page.getByRole('button', { name: /^Open plan / }).first().click();
  await expect(page.getByTestId('section-overview')).toBeVisible();
  // Opening it made it recent.
  await page.getByRole('link', { name: 'All plans' }).click();
  await expect(page.getByTestId('recent-plans').getByRole('link')).toHaveCount(1);
});

test('export then import gives the same plan, and a clash is asked about', async ({ app, page }) => {
  await app.open(page);
  await page.getByRole('button', { name: 'Start from the sample plan' }).first().click();
  await expect(page.getByTestId('save-state')).toHaveText('Saved');
  const planId = page.url().match(/plans\/([0-9a-f-]{36})/)![1]!;
  await page.getByRole('link', { name: 'All plans' }).click();

  await page.getByRole('button', { name: /^More for / }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: 'Export plan…' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/\.bird-in-hand\.json$/);
  // Inside the test's data folder, which the fixture removes; not in plans/, which the store reads.
  await mkdir(join(app.dataDir, 'exports'));
  const file = join(app.dataDir, 'exports', 'export.bird-in-hand.json');
  await download.saveAs(file);
  const exported = JSON.parse(await readFile(file, 'utf8'));
  const original = JSON.parse(await readFile(join(app.dataDir, 'plans', `${planId}.json`), 'utf8'));
  expect(exported).toEqual(original);

  await page.getByTestId('import-plan-input').setInputFiles(file);
  const dialog = page.getByRole('dialog', { name: 'This plan is already here' });
  await dialog.getByRole('button', { name: 'Import as a copy' }).click();
  await expect(page.getByTestId('section-overview')).toBeVisible();
  const copyId = page.url().match(/plans\/([0-9a-f-]{36})/)![1]!;
  expect(copyId).not.toBe(planId);
  const copy = JSON.parse(await readFile(join(app.dataDir, 'plans', `${copyId}.json`), 'utf8'));
  expect(comparable(copy)).toEqual(comparable(exported));

  await page.getByRole('link', { name: 'All plans' }).click();
  await expect(page.getByTestId('plan-row')).toHaveCount(2);
  await page.getByTestId('import-plan-input').setInputFiles(file);
  await page.getByRole('dialog', { name: 'This plan is already here' }).getByRole('button', { name: /^Replace the existing plan/ }).click();
  await expect(page.getByText('Plan replaced')).toBeVisible();
  const replaced = JSON.parse(await readFile(join(app.dataDir, 'plans', `${planId}.json`), 'utf8'));
  expect(comparable(replaced)).toEqual(comparable(exported));

  await page.getByRole('link', { name: 'All plans' }).click();
  const junk = join(app.dataDir, 'exports', 'not-a-plan.json');
  await writeFile(junk, '{"hello":"world"}');
  await page.getByTestId('import-plan-input').setInputFiles(junk);
  await expect(page.getByText('The plan was not imported')).toBeVisible();
  await expect(page.getByTestId('plan-row')).toHaveCount(2);
});

test('the theme menu offers light, dark and following the system, and remembers it', async ({ app, page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await app.open(page);
  const html = page.locator('html');
  await expect(html).toHaveAttribute('data-mantine-color-scheme', 'light');
  await page.getByRole('button', { name: 'Theme choices' }).click();
  await page.getByRole('menuitem', { name: 'Dark' }).click();
  await expect(html).toHaveAttribute('data-mantine-color-scheme', 'dark');
  await page.reload();
  await expect(html).toHaveAttribute('data-mantine-color-scheme', 'dark');

  // Keyboard: open the menu with Enter, move with arrows, choose with Enter.
  await page.getByRole('button', { name: 'Theme choices' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('menuitem', { name: 'Dark (chosen)' })).toBeVisible();
  // Arrow keys move through the choices: Light, Dark, Follow the system.
  const follow = page.getByRole('menuitem', { name: 'Follow the system' });
  for (let i = 0; i < 3 && !(await follow.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('ArrowDown');
  await expect(follow).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(html).toHaveAttribute('data-mantine-color-scheme', 'light');
  await expect.poll(async () => JSON.parse(await readFile(join(app.dataDir, 'settings.json'), 'utf8')).theme).toBe('system');
});

test('keyboard only: plans → board → scripts, with visible focus', async ({ app, page }) => {
  await app.open(page);
  const sample = page.getByRole('button', { name: 'Start from the sample plan' }).first();
  await tabTo(page, sample);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('save-state')).toHaveText('Saved');
  const board = page.getByRole('link', { name: 'Board', exact: true });
  await tabTo(page, board);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('section-board')).toBeVisible();
  const scripts = page.getByRole('link', { name: 'Scripts', exact: true });
  await tabTo(page, scripts);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('section-scripts')).toBeVisible();
});

test('a new window is explained, not silently refused, in the browser', async ({ app, page }) => {
  await app.open(page);
  await page.getByRole('button', { name: 'Start from the sample plan' }).first().click();
  await expect(page.getByTestId('save-state')).toHaveText('Saved');
  await page.getByRole('link', { name: 'All plans' }).click();
  await page.getByRole('button', { name: /^More for / }).click();
  await page.getByRole('menuitem', { name: 'Open in a new window' }).click();
  await expect(page.getByText('Open the plan in another tab instead')).toBeVisible();
});
