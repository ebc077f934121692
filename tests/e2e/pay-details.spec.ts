/**
 * Filling a real offer's pay details (a Zurich offer in CHF: monthly × 13, a
 * bonus target, sign-on in two instalments, units × price back-loaded with a
 * cliff), the exchange rate that compares it, and screenshots light and dark.
 */
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { seriousViolations } from './axe';
import { expect, test } from './fixtures';

const shots = join(import.meta.dirname, '../.artifacts/screenshots');

async function pick(page: Page, scope: Locator, label: string, option: string | RegExp) {
  await scope.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option }).click();
}

async function shootBoth(page: Page, target: Locator, name: string) {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', scheme);
    await target.screenshot({ path: join(shots, `${name}-${scheme}.png`) });
  }
}

test('a Zurich offer’s pay details, its rate, and the totals they add up to', async ({ app, page }) => {
  const errors: string[] = [];
  page.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
  page.on('pageerror', (e) => void errors.push(e.message));
  await page.setViewportSize({ width: 1440, height: 1000 });
  await app.open(page);
  await page.getByRole('button', { name: 'Start from the sample plan' }).first().click();
  await expect(page.getByTestId('save-state')).toHaveText('Saved');

  await page.getByRole('tab', { name: 'Plan B and offers' }).click();
  await page.getByRole('button', { name: 'Pay details: Northwind Logistics' }).click();
  const drawer = page.getByRole('dialog', { name: 'Pay details: Northwind Logistics' });

  await drawer.getByRole('combobox', { name: 'Currency of this offer' }).fill('chf');
  await page.getByRole('option', { name: /^CHF/ }).click();
  await drawer.getByText('Monthly', { exact: true }).click();
  await drawer.getByRole('combobox', { name: 'Payments a year' }).selectOption('13');
  await drawer.getByLabel('Base salary per payment').fill('11500');
  await drawer.getByText('A target % of base', { exact: true }).click();
  await drawer.getByLabel('Bonus target').fill('15');
  await drawer.getByLabel('Payout I expect').fill('80');
  await drawer.getByLabel('Instalment 1', { exact: true }).fill('10000');
  await drawer.getByRole('button', { name: 'Add an instalment' }).click();
  await drawer.getByLabel('Instalment 2', { exact: true }).fill('10000');
  await drawer.getByLabel('Pay it back if I leave within').fill('12');
  await drawer.getByLabel('Relocation').fill('8000');
  await drawer.getByLabel('Benefits per year').fill('6000');
  await drawer.getByText('Units × price', { exact: true }).click();
  await drawer.getByLabel('Units', { exact: true }).fill('400');
  await drawer.getByLabel('Price per unit').fill('250');
  await drawer.getByRole('combobox', { name: 'Vesting schedule' }).selectOption('back-loaded');
  await drawer.getByLabel('Cliff').fill('12');
  await drawer.getByLabel('Refresher per year').fill('20000');
  await drawer.getByLabel('I count this equity at').fill('50');

  // No rate for CHF yet: the totals stay in CHF and say so.
  const totals = drawer.getByTestId('pay-totals');
  await expect(totals.getByTestId('pay-rate')).toContainText('No exchange rate for CHF yet');
  // Year 1: 11,500 × 13 = 149,500 + bonus 149,500 × 15 % × 80 % = 17,940 + sign-on 10,000 + relocation 8,000
  // + equity 400 × 250 × 5 % × 50 % = 2,500 + benefits 6,000 = 193,940.
  await expect(totals.getByRole('row', { name: /^Year 1/ })).toContainText('193,940');
  await expect(drawer.getByTestId('leave-after')).toContainText('Sign-on to pay back: CHF');
  await expect(page.getByTestId('save-state')).toHaveText('Saved');
  // Tall enough for the whole drawer in one picture.
  await page.setViewportSize({ width: 1440, height: 2300 });
  await shootBoth(page, drawer, 'pay-details');
  await page.setViewportSize({ width: 1440, height: 1000 });
  expect(await seriousViolations(page, '[data-testid="pay-details-drawer"]')).toEqual([]);

  // The card's four numbers are now in the offer's own currency, with the way back into the details.
  await page.keyboard.press('Escape');
  const card = page.getByRole('region', { name: 'Offer: Northwind Logistics' });
  await expect(card.getByLabel('Base salary')).toHaveValue('CHF 149,500');
  await shootBoth(page, card.getByRole('group', { name: 'Compensation per year' }), 'offer-card-pay');

  await page.getByRole('button', { name: 'Pay details: Northwind Logistics' }).click();
  await drawer.getByRole('link', { name: 'Add a rate under Situation' }).click();
  const rates = page.getByTestId('exchange-rates');
  await expect(rates.getByTestId('missing-rates')).toContainText('CHF');
  await rates.getByLabel('1 CHF = … USD').fill('1.13');
  await rates.getByRole('button', { name: 'Add this rate' }).click();
  await expect(rates.getByTestId('exchange-rate')).toHaveCount(1);
  await expect(rates.getByTestId('missing-rates')).toHaveCount(0);
  await expect(page.getByTestId('save-state')).toHaveText('Saved');
  await shootBoth(page, page.getByRole('heading', { name: 'Your situation' }).locator('xpath=ancestor::div[contains(@class,"mantine-Card-root")]'), 'situation-rates');
  expect(await seriousViolations(page, '[data-testid="exchange-rates"]')).toEqual([]);
  expect(errors).toEqual([]);
});

test('the Situation keeps a rate being typed across sections, and a refused currency change says so only while it is true', async ({ app, page }) => {
  await page.setViewportSize({ width: 1440, height: 1400 });
  await app.open(page);
  await page.getByRole('button', { name: 'Start from the sample plan' }).first().click();
  await expect(page.getByTestId('save-state')).toHaveText('Saved');
  const rates = page.getByTestId('exchange-rates');
  const add = rates.getByTestId('add-rate');
  await pick(page, add, 'Currency', /^CHF/);
  await add.getByLabel('1 CHF = … USD').fill('1.13');
  await add.getByRole('button', { name: 'Add this rate' }).click();
  await expect(rates.getByTestId('exchange-rate')).toHaveCount(1);

  // EUR has no rate: refused, in words.
  await page.getByRole('combobox', { name: 'Show money in' }).fill('EUR');
  await page.getByRole('option', { name: /^EUR/ }).click();
  const refusal = page.getByText(/Add a rate for EUR first/);
  await expect(refusal).toBeVisible();
  const card = page.getByRole('heading', { name: 'Your situation' }).locator('xpath=ancestor::div[contains(@class,"mantine-Card-root")]');
  await shootBoth(page, card, 'situation-refused');
  // A EUR rate half typed, then off to the board and back: still there.
  await pick(page, add, 'Currency', /^EUR/);
  await add.getByLabel('1 EUR = … USD').fill('1.1');
  await page.getByRole('link', { name: 'Board' }).click();
  await expect(page.getByTestId('section-board')).toBeVisible();
  await page.getByRole('link', { name: 'Overview' }).click();
  await expect(add.getByLabel('1 EUR = … USD')).toHaveValue('1.1 USD');
  await add.getByLabel('1 EUR = … USD').fill('1.08');
  await shootBoth(page, card, 'situation-rate-draft');
  await add.getByRole('button', { name: 'Add this rate' }).click();
  await expect(rates.getByTestId('exchange-rate')).toHaveCount(2);
  await expect(refusal).toHaveCount(0);
  await expect(page.getByTestId('save-state')).toHaveText('Saved');
});
