/**
 * axe-core on every screen, light and dark: no serious or critical
 * violation. A failure lists each rule with the elements it found.
 */
import { seriousViolations } from './axe';
import { expect, test } from './fixtures';

for (const scheme of ['light', 'dark'] as const) {
  test(`no serious or critical axe violation on any screen (${scheme})`, async ({ app, page }) => {
    // One axe run per screen, a dozen screens: a few seconds each on a busy 2-core machine.
    test.setTimeout(240_000);
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    await app.open(page);
    const found: Record<string, string[]> = {};
    const check = async (screen: string) => {
      // Let transitions settle: axe measures colour contrast of what is painted.
      await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
      const violations = await seriousViolations(page);
      if (violations.length > 0) found[screen] = violations;
    };

    await expect(page.getByTestId('welcome')).toBeVisible();
    await check('plans (first run)');
    await page.getByRole('button', { name: 'Start from the sample plan' }).first().click();
    await expect(page.getByTestId('save-state')).toHaveText('Saved');
    await check('overview');
    for (const tab of await page.getByTestId('section-overview').getByRole('tab').all()) {
      await tab.click();
      await check(`overview tab ${await tab.innerText()}`);
    }
    for (const [link, id] of [['Board', 'section-board'], ['Scenarios', 'section-scenarios'], ['Scripts', 'section-scripts']] as const) {
      await page.getByRole('link', { name: link, exact: true }).click();
      await expect(page.getByTestId(id)).toBeVisible();
      await check(link.toLowerCase());
    }
    await page.getByRole('link', { name: 'Board', exact: true }).click();
    await page.getByRole('button', { name: /^Edit Plan B/ }).click();
    await expect(page.getByRole('dialog', { name: 'Edit Plan B' }).getByLabel('Base salary')).toBeVisible();
    await check('board with the Edit Plan B drawer');
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog', { name: 'Edit Plan B' })).toBeHidden();
    await page.keyboard.press('Control+k');
    await expect(page.getByRole('textbox', { name: 'Search actions and plans' })).toBeFocused();
    await check('command palette');
    await page.keyboard.press('Escape');
    await page.getByRole('link', { name: 'All plans' }).click();
    await expect(page.getByTestId('plan-row')).toHaveCount(1);
    await check('plans');
    await page.locator('body').press('Shift+?');
    await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
    await check('shortcuts sheet');

    expect(found, JSON.stringify(found, null, 2)).toEqual({});
  });
}

test('with less motion asked for, a notification comes and goes at once; without, it slides', async ({ app, page }) => {
  /** The longest transition of the notification on screen, in ms (Mantine sets it on the notification's wrapper). */
  const longestTransition = async () => {
    const notice = page.locator('.mantine-Notifications-notification').filter({ hasText: 'Plan moved to the trash' });
    await expect(notice).toBeVisible();
    const durations = await notice.evaluate((el) => getComputedStyle(el).transitionDuration);
    return Math.max(...durations.split(',').map((d) => parseFloat(d) * 1000));
  };
  const deleteOnePlan = async () => {
    await page.getByRole('button', { name: 'Start from the sample plan' }).first().click();
    await expect(page.getByTestId('save-state')).toHaveText('Saved');
    await page.getByRole('link', { name: 'All plans' }).click();
    await page.getByTestId('plan-row').first().getByRole('button', { name: 'Delete' }).click();
  };

  await page.emulateMedia({ reducedMotion: 'reduce' });
  await app.open(page);
  await deleteOnePlan();
  expect(await longestTransition()).toBeLessThanOrEqual(1);
  await page.getByRole('button', { name: 'Close notification' }).click();
  await expect(page.locator('.mantine-Notifications-notification')).toHaveCount(0);

  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await deleteOnePlan();
  expect(await longestTransition()).toBeGreaterThan(100);
});
