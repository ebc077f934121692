/** Opening the sample plan on the board at a fixed clock, shared by the board's e2e specs. */
import type { Page } from '@playwright/test';
import { expect, type AppFixture } from './fixtures';

/**
 * 15:00 UTC today: the same calendar day in New York, where the sample's
 * deadline is 17:00 six days later, so the countdown is exactly 6 days.
 */
export function fixedNow(): Date {
  return new Date(`${new Date().toISOString().slice(0, 10)}T15:00:00Z`);
}

export async function openSampleBoard(app: AppFixture, page: Page, now: Date): Promise<string> {
  await page.clock.setFixedTime(now);
  await app.open(page);
  await page.getByRole('button', { name: 'Start from the sample plan' }).first().click();
  await expect(page.getByTestId('save-state')).toHaveText('Saved');
  const planId = /#\/plans\/([^/]+)\//.exec(page.url())?.[1] ?? '';
  await page.getByRole('link', { name: 'Board' }).click();
  await expect(page.getByTestId('section-board')).toBeVisible();
  return planId;
}
