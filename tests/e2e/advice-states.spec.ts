/**
 * The advice in the three states a person leans on it most (issue 12): Plan B's
 * deadline has passed, no offer is held, and a dream role's offer is already in
 * hand. Each is written to the plan file with the real store, then the board,
 * the scenarios and the call sheets are checked and photographed, light and dark.
 */
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { PlanStore } from '../../electron/main/store/plan-store';
import type { Plan } from '@shared/plan';
import { expect, test, type AppFixture } from './fixtures';

const shots = join(import.meta.dirname, '../.artifacts/screenshots');
const DAY = 86_400_000;

async function samplePlanId(app: AppFixture, page: Page, now: Date): Promise<string> {
  await page.clock.setFixedTime(now);
  await app.open(page);
  await page.getByRole('button', { name: 'Start from the sample plan' }).first().click();
  await expect(page.getByTestId('save-state')).toHaveText('Saved');
  return /#\/plans\/([^/]+)\//.exec(page.url())?.[1] ?? '';
}

async function rewrite(app: AppFixture, planId: string, recipe: (plan: Plan) => Plan): Promise<void> {
  const store = new PlanStore({ plansDir: join(app.dataDir, 'plans'), trashDir: join(app.dataDir, 'trash') });
  await store.init();
  const plan = await store.get(planId);
  await store.save(recipe(plan), plan.revision);
}

const STATES = {
  lapsed: (now: Date) => (plan: Plan): Plan => ({ ...plan, offers: plan.offers.map((o) => ({ ...o, deadline: new Date(now.getTime() - DAY).toISOString() })) }),
  'no-offer': () => (plan: Plan): Plan => ({ ...plan, offers: [] }),
  'dream-offer': () => (plan: Plan): Plan => ({ ...plan, dreamRoles: plan.dreamRoles.map((r) => (r.company === 'Lumen Health' ? { ...r, stage: 'offer' as const } : r)) }),
} as const;

for (const scheme of ['light', 'dark'] as const) {
  for (const state of Object.keys(STATES) as (keyof typeof STATES)[]) {
    test(`${state}: board, scenarios and call sheets say the same thing (${scheme})`, async ({ app, page }) => {
      const errors: string[] = [];
      page.on('pageerror', (e) => void errors.push(e.message));
      await page.emulateMedia({ colorScheme: scheme });
      const now = new Date(`${new Date().toISOString().slice(0, 10)}T15:00:00Z`);
      const planId = await samplePlanId(app, page, now);
      await rewrite(app, planId, STATES[state](now));

      await app.open(page, `/plans/${planId}/board`);
      await expect(page.getByTestId('section-board')).toBeVisible();
      const advice = page.getByTestId('recommendation');
      if (state === 'lapsed') {
        await expect(page.getByTestId('deadline-countdown')).toContainText('Offer lapsed: deadline passed yesterday');
        await expect(advice.first()).toContainText('Plan B has lapsed: its deadline has passed');
        await expect(advice.filter({ hasText: 'Decide your walk-away answer' })).toHaveCount(0);
      } else if (state === 'no-offer') {
        await expect(advice.first()).toContainText('No offer held: your calls are check-ins');
        await expect(page.getByText(/walk away and accept Plan B/)).toHaveCount(0);
        await expect(page.getByTestId('next-step').first()).toContainText(/check-in/);
        // A check-in has no Plan B to walk away to, so the card does not ask.
        await expect(page.getByTestId('walk-away')).toHaveCount(0);
      } else {
        const lumen = page.getByRole('article', { name: 'Lumen Health' });
        await expect(lumen).toContainText('No call needed');
        await expect(lumen.getByTestId('next-step')).toContainText('Compare their offer with Plan B and ask for it in writing.');
      }
      await page.screenshot({ path: join(shots, `advice-${state}-board-${scheme}.png`), fullPage: true });

      await page.getByRole('link', { name: 'Scenarios' }).click();
      await expect(page.getByTestId('section-scenarios')).toBeVisible();
      if (state === 'lapsed') await expect(page.getByTestId('scenarios-status')).toHaveAttribute('data-status', 'plan-b-lapsed');
      else if (state === 'no-offer') await expect(page.getByTestId('scenarios-status')).toHaveAttribute('data-status', 'no-offer');
      else {
        await expect(page.getByTestId('offers-in-hand')).toContainText("Lumen Health's offer");
        await expect(page.getByTestId('strategy-accept-plan-b')).toContainText("Accept Lumen Health's offer now");
      }
      await page.screenshot({ path: join(shots, `advice-${state}-scenarios-${scheme}.png`), fullPage: true });

      await page.getByRole('link', { name: 'Call sheets' }).click();
      await expect(page.getByTestId('section-callsheets')).toBeVisible();
      const sheet = page.getByTestId('call-sheet').first();
      await expect(sheet).toBeVisible();
      if (state !== 'dream-offer') await expect(sheet).not.toContainText('I have received an offer');
      await page.screenshot({ path: join(shots, `advice-${state}-callsheet-${scheme}.png`), fullPage: true });
      expect(errors).toEqual([]);
    });
  }
}
