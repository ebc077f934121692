/**
 * One bad value never blanks the app, through the web harness and the real
 * store. A plan file holding a deadline zone that is not one ("Mars/Olympus",
 * written straight into the data folder as an imported or synced file could
 * be) opens in the offers editor as "zone unknown", and choosing a zone saves
 * it. A section whose render throws (a number formatter made to fail in the
 * page) shows its message while the plan's navigation keeps working.
 * Screenshots of both, light and dark, go to tests/.artifacts/screenshots.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { samplePlan } from '@shared/sample-plan';
import { expect, test } from './fixtures';

const shots = join(import.meta.dirname, '../.artifacts/screenshots');

/** Writes the sample plan with Plan B's deadline zone set to `zone`, as a file on disk; returns its id. */
async function planWithZone(dataDir: string, zone: string): Promise<string> {
  const plan = samplePlan(new Date());
  plan.offers[0]!.deadlineTimeZone = zone;
  await writeFile(join(dataDir, 'plans', `${plan.id}.json`), JSON.stringify(plan, null, 2));
  return plan.id;
}

/** Collects what the page reports as errors (uncaught exceptions included). */
function pageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => void errors.push(e.message));
  return errors;
}

for (const scheme of ['light', 'dark'] as const) {
  test(`a plan whose deadline zone is "Mars/Olympus" opens in the offers editor as zone unknown (${scheme})`, async ({ app, page }) => {
    const errors = pageErrors(page);
    await page.emulateMedia({ colorScheme: scheme });
    const id = await planWithZone(app.dataDir, 'Mars/Olympus');

    await app.open(page, `/plans/${id}/overview`);
    await expect(page.getByTestId('plan-b-summary')).toContainText('(zone unknown)');
    await page.getByRole('tab', { name: 'Plan B and offers' }).click();
    const offer = page.getByRole('region', { name: 'Offer: Northwind Logistics' });
    const zone = offer.getByRole('combobox', { name: 'Time zone' });
    // The store repaired the file when it read it (after a backup): the zone is blank, "zone unknown", and the editor asks for one.
    await expect(zone).toHaveValue('');
    await expect(offer).toContainText('Choose the time zone the deadline was given in.');
    await expect(offer.getByLabel('Deadline time')).toHaveValue('17:00');
    await offer.getByRole('group', { name: 'Decision deadline' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(shots, `offers-zone-unknown-${scheme}.png`) });

    await zone.click();
    await zone.fill('New York');
    await page.getByRole('option', { name: 'America/New York' }).click();
    await expect(page.getByTestId('save-state')).toHaveText('Saved');
    await expect(offer).not.toContainText('Choose the time zone');
    await page.getByRole('tab', { name: 'Situation' }).click();
    await expect(page.getByTestId('plan-b-summary')).toContainText('(America/New York)');
    expect(errors).toEqual([]);
  });

  test(`a section that throws shows its message and the plan keeps working (${scheme})`, async ({ app, page }) => {
    const errors = pageErrors(page);
    await page.emulateMedia({ colorScheme: scheme });
    // A fault in the page: every money and number formatter throws while the switch is on.
    await page.addInitScript(() => {
      // `format` is an accessor that binds the formatter; keep Chromium's getter.
      const real = Object.getOwnPropertyDescriptor(Intl.NumberFormat.prototype, 'format')!.get!;
      const fault = window as unknown as { breakNumbers?: boolean };
      Object.defineProperty(Intl.NumberFormat.prototype, 'format', {
        configurable: true,
        get() {
          if (fault.breakNumbers) throw new RangeError('A number could not be formatted');
          return real.call(this);
        },
      });
    });
    const id = await planWithZone(app.dataDir, 'America/New_York');
    // The overview computes no board, so the board's figures are formatted afresh once the fault is on.
    await app.open(page, `/plans/${id}/overview`);
    await expect(page.getByTestId('plan-b-summary')).toBeVisible();

    await page.evaluate(() => void ((window as unknown as { breakNumbers?: boolean }).breakNumbers = true));
    await page.getByRole('link', { name: 'Board' }).click();
    const panel = page.getByTestId('crash-panel');
    await expect(panel).toContainText('This section could not be shown');
    await expect(page.getByRole('navigation', { name: 'Plan', exact: true })).toBeVisible();
    await expect(page.getByTestId('save-state')).toHaveText('Saved');
    await page.screenshot({ path: join(shots, `section-error-${scheme}.png`) });

    await page.evaluate(() => void ((window as unknown as { breakNumbers?: boolean }).breakNumbers = false));
    await panel.getByRole('button', { name: 'Reload this section' }).click();
    await expect(page.getByTestId('section-board')).toBeVisible();
    await expect(panel).toHaveCount(0);
    expect(errors).toEqual([]);
  });
}
