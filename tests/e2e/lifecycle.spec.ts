/**
 * The negotiation as it unfolds, through the web harness on the sample plan:
 * call the first role, log an immediate offer with its signals, turn it into
 * an offer, make it Plan B and see the second role's call sheet lean on it;
 * ask the old Plan B for more time (a date before its deadline is refused,
 * keeping what was typed), record it granted and see its countdown move;
 * accept an offer, see the plan Decided and the decline script; undo it.
 * Screenshots of each new state, light and dark.
 *
 * The browser clock is fixed at 15:00 UTC today: the same calendar day in New
 * York, where the sample's deadline is 17:00 six days later.
 */
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { isoDateAfter } from '@shared/time';
import { expect, test } from './fixtures';

const shots = join(import.meta.dirname, '../.artifacts/screenshots');

async function shoot(page: Page, name: string): Promise<void> {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', scheme);
    await page.screenshot({ path: join(shots, `lifecycle-${name}-${scheme}.png`), fullPage: true });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

test('from the first call to the decision, on the sample plan', async ({ app, page }) => {
  // The whole story plus twelve full-page screenshots: about 50 s on a quiet machine, more than the default budget on a busy one.
  test.setTimeout(180_000);
  const errors: string[] = [];
  page.on('pageerror', (e) => void errors.push(e.message));
  const now = new Date(`${new Date().toISOString().slice(0, 10)}T15:00:00Z`);
  await page.clock.setFixedTime(now);
  await app.open(page);
  await page.getByRole('button', { name: 'Start from the sample plan' }).first().click();
  await expect(page.getByTestId('save-state')).toHaveText('Saved');

  // 1. Call Lumen Health (first in the call order) and log an immediate offer with what the call told you.
  await page.getByRole('link', { name: 'Scripts' }).click();
  await page.getByRole('tab', { name: 'Call log' }).click();
  const log = page.getByTestId('call-log');
  await expect(log.getByRole('combobox', { name: 'Dream role' }).locator('option:checked')).toHaveText(/Lumen Health/);
  await log.getByRole('radio', { name: 'Immediate offer' }).check();
  await log.getByLabel('Who I spoke to').fill('Priya Shah');
  await log.getByRole('radio', { name: '5 keen' }).check();
  await log.getByRole('radio', { name: '4 urgent', exact: true }).check();
  await log.getByLabel('What they said about timing').fill('They want an answer within ten days.');
  await log.getByRole('button', { name: 'Log call' }).click();
  await expect(page.getByTestId('call-row').getByTestId('call-signals')).toHaveText('Spoke with Priya Shah; interest: keen; urgency: urgent');
  await expect(page.getByTestId('role-stage')).toHaveText('Offer');

  // 2. Turn it into an offer, right there.
  const offerAlert = page.getByTestId('call-log-offer');
  await offerAlert.getByRole('button', { name: 'Record Lumen Health’s offer' }).click();
  await offerAlert.getByRole('radio', { name: 'Written' }).check();
  await offerAlert.getByLabel('They need my answer by').fill(isoDateAfter(now, 10));
  await shoot(page, 'record-offer');
  await offerAlert.getByRole('button', { name: 'Record the offer' }).click();
  await expect(offerAlert).toHaveCount(0);
  await expect(page.getByTestId('save-state')).toHaveText('Saved');

  // 3. The board suggests it as Plan B and says why; make it Plan B.
  await page.getByRole('link', { name: 'Board' }).click();
  const suggestion = page.getByTestId('plan-b-suggestion');
  await expect(suggestion).toContainText('Make Lumen Health your Plan B: it beats Northwind Logistics: weighted score');
  const lumenCard = page.getByRole('article', { name: /Lumen Health/ });
  await expect(lumenCard.getByTestId('offer-recorded')).toContainText('Their offer is recorded with your offers.');
  await expect(lumenCard.getByTestId('likelihood-suggestion')).toContainText('they sounded keen (interest 5 of 5) and urgent (urgency 4 of 5)');
  await expect(page.getByTestId('plan-b-card').getByTestId('expires-first')).toBeVisible();
  await shoot(page, 'suggested-plan-b');
  await suggestion.getByRole('button', { name: 'Make Lumen Health my Plan B' }).click();
  await expect(page.getByTestId('plan-b-card').getByRole('heading', { name: 'Lumen Health' })).toBeVisible();
  await expect(lumenCard.getByTestId('offer-recorded')).toContainText('Their offer is your Plan B.');
  // Northwind still expires first, although it is no longer Plan B.
  const northwind = page.getByTestId('other-offer').filter({ hasText: 'Northwind Logistics' });
  await expect(northwind.getByTestId('expires-first')).toBeVisible();
  await expect(northwind.getByTestId('other-offer-deadline')).toContainText('6 days left');

  // 4. The second role's call sheet leans on the new Plan B.
  await page.getByRole('link', { name: 'Call sheets' }).click();
  await page.getByRole('combobox', { name: 'Call sheet for' }).selectOption({ label: 'Harbor Climate' });
  // The address changes at once; the call pack gives way to the one sheet a render later.
  await expect(page.getByTestId('call-sheet')).toHaveCount(1);
  const sheet = page.getByTestId('call-sheet');
  await expect(sheet.getByRole('region', { name: 'Plan B' })).toContainText('Lumen Health');
  await expect(sheet.getByTestId('sheet-deadline')).toContainText('(10 days left)');
  await expect(sheet.getByTestId('sheet-listen-for')).toContainText('How keen they sound');
  await expect(sheet.getByTestId('sheet-signals')).toContainText('5 keen');
  await shoot(page, 'call-sheet');

  // 5. Ask Northwind (the old Plan B) for more time; a date before its deadline is refused and kept.
  await page.getByRole('link', { name: 'Board' }).click();
  await northwind.getByRole('button', { name: 'Ask for more time: Northwind Logistics' }).click();
  await northwind.getByRole('button', { name: 'Record the request' }).click();
  await expect(northwind.getByTestId('pending-extension')).toContainText('waiting for their answer');
  await shoot(page, 'pending-extension');
  const newDeadline = northwind.getByLabel('New deadline');
  await newDeadline.fill(isoDateAfter(now, 3));
  await northwind.getByRole('button', { name: 'Save their answer' }).click();
  await expect(northwind.getByText('The new deadline must be later than the original deadline. Check the date they gave.')).toBeVisible();
  await expect(newDeadline).toHaveValue(isoDateAfter(now, 3));
  await newDeadline.fill(isoDateAfter(now, 9));
  await northwind.getByRole('button', { name: 'Save their answer' }).click();
  await expect(northwind.getByTestId('other-offer-deadline')).toContainText('9 days left');
  await expect(northwind.getByTestId('extended-from')).toContainText('Extended from');
  await expect(northwind.getByTestId('pending-extension')).toHaveCount(0);
  await shoot(page, 'extended');

  // 6. Accept Lumen's offer: the plan is Decided, with the decline and withdraw scripts.
  const planBCard = page.getByTestId('plan-b-card');
  await planBCard.getByRole('button', { name: 'Accept this offer: Lumen Health' }).click();
  await planBCard.getByLabel('Start date').fill(isoDateAfter(now, 30));
  await planBCard.getByRole('button', { name: 'Accept Lumen Health' }).click();
  const decided = page.getByTestId('decided-card');
  await expect(decided).toContainText('Decided');
  await expect(decided).toContainText('You accepted Lumen Health');
  await expect(decided.getByTestId('decided-todo')).toHaveText([
    /Decline the offer from Northwind Logistics/, /Withdraw from Harbor Climate/, /Withdraw from Tessellate Studio/,
  ]);
  await decided.getByRole('button', { name: 'Show “Decline an offer politely”' }).click();
  await expect(decided.getByTestId('decided-script').first()).toContainText('for the Senior Software Engineer role at Northwind Logistics');
  await expect(page.getByTestId('recommendation')).toHaveCount(0);
  // No call is left: no role card suggests likelihoods for one or asks for a follow-up.
  await expect(page.getByTestId('likelihood-suggestion')).toHaveCount(0);
  await expect(page.getByTestId('no-news')).toHaveCount(0);
  await shoot(page, 'decided');
  await expect(page.getByTestId('save-state')).toHaveText('Saved');

  // 7. Every action is undoable: undo the acceptance, and redo it.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(decided).toHaveCount(0);
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect(page.getByTestId('decided-card')).toBeVisible();

  // 8. The scenarios count the offers in hand and the requests for time.
  await page.getByRole('link', { name: 'Scenarios' }).click();
  await expect(page.getByTestId('negotiation-counts')).toHaveText('1 offer in hand.');
  expect(errors).toEqual([]);
});
