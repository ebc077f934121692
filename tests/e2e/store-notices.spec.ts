/**
 * A plan file holding a deadline time zone the app does not know is opened
 * repaired, and the plans screen says so in plain words (light and dark
 * screenshots for a person to look at).
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { samplePlan } from '@shared/sample-plan';
import { expect, test } from './fixtures';

const shots = join(import.meta.dirname, '../.artifacts/screenshots');

for (const scheme of ['light', 'dark'] as const) {
  test(`a plan with the zone “Mars/Olympus” is listed repaired, with a notice (${scheme})`, async ({ app, page }) => {
    const plan = samplePlan(new Date('2026-03-01T09:00:00Z'));
    const bad = { ...plan, offers: plan.offers.map((o, i) => (i === 0 ? { ...o, deadlineTimeZone: 'Mars/Olympus' } : o)) };
    await writeFile(join(app.dataDir, 'plans', `${plan.id}.json`), JSON.stringify(bad, null, 2));
    await page.emulateMedia({ colorScheme: scheme });
    await app.open(page);
    const notice = page.getByTestId('store-problems');
    await expect(notice).toContainText('A plan was repaired');
    await expect(notice).toContainText('Mars/Olympus');
    await expect(page.getByTestId('plan-row')).toHaveCount(1);
    await page.screenshot({ path: join(shots, `plans-repaired-${scheme}.png`), fullPage: true });
  });
}
