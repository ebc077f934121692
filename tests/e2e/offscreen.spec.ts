/**
 * Long lists of cards leave the ones far off screen out of each frame
 * (content-visibility: auto), so a keystroke on a 20-role plan lays out and
 * paints the cards in view, not all twenty. Checked in the browser itself:
 * `checkVisibility({ contentVisibilityAuto: true })` is false for content
 * the browser is skipping. A skipped card is still there for everything
 * else: it scrolls into view with its content, and screen readers and
 * find-in-page see it, and a printed page draws every card.
 */
import { join } from 'node:path';
import type { Locator } from '@playwright/test';
import { PlanStore } from '../../electron/main/store/plan-store';
import { expect, test } from './fixtures';

/** Whether the browser renders `el` now (false while it skips it off screen). */
function rendered(el: Locator): Promise<boolean> {
  return el.evaluate((node) => node.checkVisibility({ contentVisibilityAuto: true }));
}

test('on a 20-role plan, cards far off screen are skipped until they are scrolled to, on the overview and on the board', async ({ app, page }) => {
  await app.open(page);
  await page.getByRole('button', { name: 'Start from the sample plan' }).first().click();
  await expect(page.getByTestId('save-state')).toHaveText('Saved');
  const planId = /#\/plans\/([^/]+)\//.exec(page.url())?.[1] ?? '';
  const store = new PlanStore({ plansDir: join(app.dataDir, 'plans'), trashDir: join(app.dataDir, 'trash') });
  await store.init();
  const plan = await store.get(planId);
  const dreamRoles = Array.from({ length: 20 }, (_, i) => {
    const from = plan.dreamRoles[i % plan.dreamRoles.length]!;
    return { ...from, id: crypto.randomUUID(), company: `Company ${i + 1}`, priority: i + 1, contacts: from.contacts.map((c) => ({ ...c, id: crypto.randomUUID() })), callLog: [], offerId: null };
  });
  await store.save({ ...plan, dreamRoles }, plan.revision);

  for (const [path, cardId] of [['overview?tab=roles', 'dream-role-card'], ['board', 'role-card']] as const) {
    await app.open(page, `/plans/${planId}/${path}`);
    const cards = page.getByTestId(cardId);
    await expect(cards.first()).toBeVisible();
    const first = cards.first().getByText('Company 1', { exact: false }).first();
    // The board shows its first row, then a screenful a frame later (RoleCardList): wait for the screenful.
    await expect.poll(() => cards.count()).toBeGreaterThanOrEqual(12);
    // By position: the board adds cards below as you scroll, so `last()` would move on.
    const last = cards.nth((await cards.count()) - 1);
    // The browser decides what is near the viewport in its next frame: poll rather than read once.
    await expect.poll(() => rendered(first), { message: `${cardId}: the first card's content is drawn` }).toBe(true);
    const lastContent = last.locator('h3, h4, label').first();
    await expect.poll(() => rendered(lastContent), { message: `${cardId}: the last card is skipped while off screen` }).toBe(false);
    await page.emulateMedia({ media: 'print' });
    await expect.poll(() => rendered(lastContent), { message: `${cardId}: every card is drawn for print` }).toBe(true);
    await page.emulateMedia({ media: 'screen' });
    await expect.poll(() => rendered(lastContent), { message: `${cardId}: skipped again on screen` }).toBe(false);

    await last.scrollIntoViewIfNeeded();
    await expect.poll(() => rendered(lastContent), { message: `${cardId}: the last card is drawn once scrolled to` }).toBe(true);
    await expect(last).toContainText('Company');
  }
});
