/**
 * The editors through the web harness: edit Plan B's deadline and a dream
 * role in the UI, reload, and the data is still there (in the file too).
 * Also leaves screenshots of each editor tab, light and dark, in
 * tests/.artifacts/screenshots for a person to look at.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from './fixtures';

const shots = join(import.meta.dirname, '../.artifacts/screenshots');

test('Plan B’s deadline and a dream role edited in the editors survive a reload', async ({ app, page }) => {
  await app.open(page);
  await page.getByRole('button', { name: 'Start from the sample plan' }).first().click();
  await expect(page.getByTestId('save-state')).toHaveText('Saved');

  await page.getByRole('tab', { name: 'Plan B and offers' }).click();
  const offer = page.getByRole('region', { name: 'Offer: Northwind Logistics' });
  await offer.getByLabel('Deadline date').fill('2031-06-13');
  await offer.getByLabel('Deadline time').fill('12:30');
  await offer.getByRole('combobox', { name: 'Time zone' }).click();
  await offer.getByRole('combobox', { name: 'Time zone' }).fill('Europe/Berl');
  await page.getByRole('option', { name: 'Europe/Berlin' }).click();
  await expect(page.getByTestId('save-state')).toHaveText('Saved');

  await page.getByRole('tab', { name: 'Dream roles' }).click();
  const role = page.getByRole('region', { name: 'Dream role: Harbor Climate' });
  await role.getByRole('combobox', { name: 'Stage' }).selectOption({ label: 'Final round' });
  await role.getByRole('radio', { name: 'Yes: I will accept Plan B and let this role go' }).check();
  await role.getByRole('textbox', { name: 'Priority' }).fill('4');
  await expect(page.getByTestId('save-state')).toHaveText('Saved');

  await page.reload();
  await page.getByRole('tab', { name: 'Plan B and offers' }).click();
  const reloaded = page.getByRole('region', { name: 'Offer: Northwind Logistics' });
  await expect(reloaded.getByLabel('Deadline date')).toHaveValue('2031-06-13');
  await expect(reloaded.getByLabel('Deadline time')).toHaveValue('12:30');
  await expect(reloaded.getByRole('combobox', { name: 'Time zone' })).toHaveValue('Europe/Berlin');
  await page.getByRole('tab', { name: 'Dream roles' }).click();
  const harbor = page.getByRole('region', { name: 'Dream role: Harbor Climate' });
  await expect(harbor.getByRole('combobox', { name: 'Stage' }).locator('option:checked')).toHaveText('Final round');
  await expect(harbor.getByRole('radio', { name: 'Yes: I will accept Plan B and let this role go' })).toBeChecked();

  const files = (await readdir(join(app.dataDir, 'plans'))).filter((f) => f.endsWith('.json'));
  const onDisk = JSON.parse(await readFile(join(app.dataDir, 'plans', files[0]!), 'utf8'));
  expect(onDisk.offers[0]).toMatchObject({ deadline: '2031-06-13T12:30:00+02:00', deadlineTimeZone: 'Europe/Berlin' });
  expect(onDisk.dreamRoles[1]).toMatchObject({ stage: 'final-round', walkAwayAnswer: 'accept-plan-b', priority: 4 });
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the editors render cleanly in ${scheme}, with errors and warnings shown`, async ({ app, page }) => {
    const errors: string[] = [];
    page.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
    page.on('pageerror', (e) => void errors.push(e.message));
    await page.emulateMedia({ colorScheme: scheme });
    await app.open(page);
    await page.getByRole('button', { name: 'Start from the sample plan' }).first().click();
    await expect(page.getByTestId('save-state')).toHaveText('Saved');
    await page.screenshot({ path: join(shots, `editors-situation-${scheme}.png`), fullPage: true });

    await page.getByRole('tab', { name: 'Plan B and offers' }).click();
    const offer = page.getByRole('region', { name: 'Offer: Northwind Logistics' });
    await offer.getByLabel('Bonus', { exact: true }).fill('-100');
    await expect(offer.getByText('An amount cannot be negative. Type 0 if there is none.')).toBeVisible();
    await offer.getByLabel('Deadline date').fill('2026-01-05');
    await offer.getByLabel('Deadline date').press('Escape');
    await page.screenshot({ path: join(shots, `editors-offers-${scheme}.png`), fullPage: true });

    await page.getByRole('tab', { name: 'Dream roles' }).click();
    await expect(page.getByRole('region', { name: 'Dream role: Lumen Health' })).toBeVisible();
    await page.screenshot({ path: join(shots, `editors-roles-${scheme}.png`), fullPage: true });

    await page.getByRole('tab', { name: 'Criteria and scores' }).click();
    await expect(page.getByTestId('scores-grid')).toBeVisible();
    await page.getByLabel('Growth score for Harbor Climate').focus();
    // Focus scrolled the page; a full-page shot from the top keeps the fixed header in place.
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(shots, `editors-criteria-${scheme}.png`), fullPage: true });
    expect(errors).toEqual([]);
  });
}
