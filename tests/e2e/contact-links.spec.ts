/**
 * A contact's phone number is a tel: link on the board and on the call sheet
 * (in the browser the link opens by itself; in the desktop app it goes
 * through links:open). Clicking it never navigates the app's page. Leaves
 * screenshots of the board's contact line, light and dark.
 */
import { join } from 'node:path';
import { expect, test } from './fixtures';

const shots = join(import.meta.dirname, '../.artifacts/screenshots');

for (const scheme of ['light', 'dark'] as const) {
  test(`phone numbers are tel: links on the board and the call sheet (${scheme})`, async ({ app, page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => void errors.push(e.message));
    await page.emulateMedia({ colorScheme: scheme });
    await app.open(page);
    await page.getByRole('button', { name: 'Start from the sample plan' }).first().click();
    await expect(page.getByTestId('save-state')).toHaveText('Saved');
    await page.getByRole('link', { name: 'Board' }).click();

    const phone = page.getByTestId('role-phone').first();
    await expect(phone).toHaveAttribute('href', /^tel:\+?[0-9]+(;ext=[0-9]+)?$/);
    const number = (await phone.textContent()) ?? '';
    expect((await phone.getAttribute('href'))!.slice(4)).toBe(number.replace(/[^0-9+]/g, ''));
    await expect(phone).toHaveAccessibleName(new RegExp(`^Call .+: ${number.replace(/[()+]/g, '\\$&')}$`));
    // A clip of the whole page, so the fixed header does not cover the card as an element shot would.
    const card = await phone.locator('xpath=ancestor::*[contains(@class, "mantine-Card-root")][1]').boundingBox();
    const scroll = await page.evaluate(() => window.scrollY);
    await page.screenshot({
      path: join(shots, `board-contact-line-${scheme}.png`),
      fullPage: true,
      clip: { x: card!.x, y: card!.y + scroll, width: card!.width, height: Math.min(card!.height, 260) },
    });

    await page.getByRole('link', { name: 'Call sheets' }).click();
    const sheetPhone = page.getByTestId('sheet-phone').first().getByRole('link');
    await expect(sheetPhone).toHaveAttribute('href', /^tel:/);

    // The page itself stays where it is when a number is clicked.
    const before = page.url();
    await sheetPhone.click();
    expect(page.url()).toBe(before);
    expect(errors).toEqual([]);
  });
}
