/**
 * Every screen, light and dark: renders without a console error, and leaves a
 * screenshot in tests/.artifacts/screenshots for a person to look at.
 */
import { join } from 'node:path';
import { expect, test } from './fixtures';

const shots = join(import.meta.dirname, '../.artifacts/screenshots');

for (const scheme of ['light', 'dark'] as const) {
  test(`every screen renders cleanly following a ${scheme} system theme`, async ({ app, page }) => {
    const errors: string[] = [];
    page.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
    page.on('pageerror', (e) => void errors.push(e.message));
    await page.emulateMedia({ colorScheme: scheme });
    await app.open(page);
    await expect(page.getByRole('button', { name: 'New blank plan' }).first()).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', scheme);
    await page.screenshot({ path: join(shots, `plans-empty-${scheme}.png`), fullPage: true });

    await page.getByRole('button', { name: 'Start from the sample plan' }).first().click();
    await expect(page.getByTestId('save-state')).toHaveText('Saved');
    await page.screenshot({ path: join(shots, `plan-overview-${scheme}.png`), fullPage: true });
    await page.getByRole('link', { name: 'Board' }).click();
    await expect(page.getByTestId('section-board')).toBeVisible();
    await page.screenshot({ path: join(shots, `plan-board-${scheme}.png`) });

    await page.getByRole('link', { name: 'All plans' }).click();
    await expect(page.getByTestId('plan-row')).toHaveCount(1);
    await page.screenshot({ path: join(shots, `plans-${scheme}.png`), fullPage: true });
    expect(errors).toEqual([]);
  });
}
