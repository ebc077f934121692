/**
 * The scenario board and the scenarios screen through the web harness: the
 * sample plan's countdown, call order, totals and advice; the safety net;
 * a changed deadline and a removed offer (written to the plan file with the
 * real store, as another window or a sync tool would). Also leaves
 * screenshots of the board, table, timeline and scenarios, light and dark.
 *
 * The browser clock is fixed at 15:00 UTC on the day the sample is created:
 * the same calendar day in New York, where the sample's deadline is 17:00
 * six days later, so the countdown is exactly 6 days.
 */
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { PlanStore } from '../../electron/main/store/plan-store';
import type { Plan } from '@shared/plan';
import { isoDateAfter, zonedIso } from '@shared/time';
import { expect, test, type AppFixture } from './fixtures';
import { fixedNow, openSampleBoard } from './sample-board';

const shots = join(import.meta.dirname, '../.artifacts/screenshots');
const NY = 'America/New_York';

/** Changes the plan file with the real store, then reloads the page. */
async function changeOnDisk(app: AppFixture, page: Page, planId: string, recipe: (plan: Plan) => Plan): Promise<void> {
  const store = new PlanStore({ plansDir: join(app.dataDir, 'plans'), trashDir: join(app.dataDir, 'trash') });
  await store.init();
  const plan = await store.get(planId);
  await store.save(recipe(plan), plan.revision);
  await page.reload();
  await expect(page.getByTestId('section-board')).toBeVisible();
}

const headings = (page: Page) => page.getByTestId('role-card').getByRole('heading', { level: 3 });

test('the sample board: countdown, call order, totals, advice; then unemployed, a new deadline and no offer', async ({ app, page }) => {
  const now = fixedNow();
  const planId = await openSampleBoard(app, page, now);

  const countdown = page.getByTestId('deadline-countdown');
  await expect(countdown).toContainText('Soon: 6 days left');
  await expect(countdown).toContainText('5:00 PM');
  await expect(headings(page)).toHaveText(['1. Lumen Health', '2. Tessellate Studio', '3. Harbor Climate']);
  const lumen = page.getByRole('article', { name: '1. Lumen Health' });
  await expect(lumen.getByTestId('call-reason')).toHaveText(/^Call first: their decision lands 4 days after your deadline, so ask them to move \(priority 1, final round; call by .+\)\.$/);
  await expect(lumen.getByTestId('call-by')).toHaveText(/^Call by /);
  await expect(lumen.getByTestId('role-fit')).toHaveText('Too late by 4 days: needs the call');
  await expect(lumen.getByTestId('role-phone')).toHaveText('+1 415 555 0142');
  await expect(page.getByTestId('plan-b-first-year')).toContainText('$197,800');
  await expect(page.getByTestId('plan-b-four-year-average')).toContainText('$186,550');
  await expect(lumen).toContainText('+$46,200 (+23.4%) vs Plan B');
  const advice = page.getByTestId('recommendation');
  await expect(advice.filter({ hasText: 'Ask Plan B for a few more days' })).toHaveCount(1);
  await expect(advice.filter({ hasText: 'Decide your walk-away answer for Harbor Climate' })).toHaveCount(1);
  await expect(page.getByTestId('safety-net')).toHaveCount(0);
  await expect(page.getByTestId('no-leverage')).toHaveCount(0);

  await page.getByRole('radiogroup', { name: 'Right now I am' }).getByText('Unemployed').click();
  await expect(page.getByTestId('safety-net')).toBeVisible();
  await expect(advice.filter({ hasText: 'Safety net: take the first solid offer' })).toHaveCount(1);
  await expect(page.getByTestId('save-state')).toHaveText('Saved');

  await changeOnDisk(app, page, planId, (plan) => ({
    ...plan,
    offers: plan.offers.map((o) => ({ ...o, deadline: zonedIso(isoDateAfter(now, 12), '17:00', NY) })),
  }));
  await expect(countdown).toContainText('Calm: 12 days left');
  await expect(page.getByRole('article', { name: /Lumen Health/ }).getByTestId('role-fit')).toHaveText('Fits your deadline');
  // Harbor (decision in 21 days) is no longer a long shot, so your priority order holds.
  await expect(headings(page)).toHaveText(['1. Lumen Health', '2. Harbor Climate', '3. Tessellate Studio']);
  await expect(page.getByTestId('safety-net')).toBeVisible();

  await changeOnDisk(app, page, planId, (plan) => ({ ...plan, offers: [] }));
  await expect(page.getByTestId('no-leverage')).toContainText('No leverage yet');
  await expect(page.getByTestId('no-leverage')).toContainText('No offer is recorded as Plan B');
  await expect(advice.filter({ hasText: 'No offer held: your calls are check-ins' })).toHaveCount(1);
  const offerChecks = page.getByTestId('readiness-offer-held');
  await expect(offerChecks).toHaveCount(3);
  for (const check of await offerChecks.all()) await expect(check).toHaveAttribute('data-ok', 'false');
  await expect(page.getByTestId('plan-b-card')).toContainText('No offer is recorded as Plan B yet.');
});

for (const scheme of ['light', 'dark'] as const) {
  test(`board, table, timeline and scenarios render cleanly in ${scheme}`, async ({ app, page }) => {
    const errors: string[] = [];
    page.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
    page.on('pageerror', (e) => void errors.push(e.message));
    await page.emulateMedia({ colorScheme: scheme });
    const now = fixedNow();
    const planId = await openSampleBoard(app, page, now);
    // Likelihoods make the scenarios weigh the paths; a long name checks wrapping.
    await changeOnDisk(app, page, planId, (plan) => ({
      ...plan,
      dreamRoles: plan.dreamRoles.map((r, i) => ({
        ...r,
        company: i === 2 ? 'Tessellate Studio for Extraordinarily Long Company Names International' : r.company,
        likelihoods: [{ immediateOffer: 0.3, nonAnswer: 0.5, greenLight: 0.2 }, { immediateOffer: 0.2, nonAnswer: 0.5, greenLight: 0.3 }, { immediateOffer: 0.5, nonAnswer: 0.3, greenLight: 0.2 }][i] ?? r.likelihoods,
        // An expected decision date moved once by hand: the card shows the earlier one.
        timeline: i === 0 ? { ...r.timeline, history: [{ expectedDecisionOn: isoDateAfter(now, 5), changedOn: isoDateAfter(now, -3), callId: null }] } : r.timeline,
      })),
    }));
    await expect(page.getByTestId('role-card')).toHaveCount(3);
    await expect(page.getByTestId('expected-decision-changes')).toHaveCount(1);
    await expect(page.getByTestId('expected-decision-changes')).toContainText('changed by hand on');
    await page.screenshot({ path: join(shots, `board-cards-${scheme}.png`), fullPage: true });
    await page.getByTestId('timeline').screenshot({ path: join(shots, `board-timeline-${scheme}.png`) });
    await expect(page.getByTestId('timeline-list')).toContainText('Plan B deadline:');

    await page.getByRole('radiogroup', { name: 'Show dream roles as' }).getByText('Table').click();
    await expect(page.getByTestId('comparison-table')).toBeVisible();
    // A full-page shot from the top keeps the fixed header in place.
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(shots, `board-table-${scheme}.png`), fullPage: true });

    await page.getByRole('link', { name: 'Scenarios' }).click();
    await expect(page.getByTestId('section-scenarios')).toBeVisible();
    await expect(page.getByTestId('outcome-combinations').getByRole('row')).toHaveCount(28);
    await expect(page.getByTestId('strategy-summary')).toContainText('Calling is expected');
    await page.screenshot({ path: join(shots, `scenarios-${scheme}.png`), fullPage: true });
    expect(errors).toEqual([]);
  });
}

/** The chart's "Call by" labels that share a row must not cover each other (measured by the browser, not estimated). */
async function callByOverlaps(page: Page): Promise<string[]> {
  return page.getByTestId('timeline-chart').evaluate((chart) => {
    const boxes = [...chart.querySelectorAll('text')].filter((t) => t.textContent?.startsWith('Call by:')).map((t) => ({ text: t.textContent, box: t.getBoundingClientRect() }));
    return boxes.flatMap((a, i) => boxes.slice(i + 1).filter((b) => a.box.left < b.box.right && b.box.left < a.box.right && a.box.top < b.box.bottom && b.box.top < a.box.bottom).map((b) => `${a.text} / ${b.text}`));
  });
}

for (const scheme of ['light', 'dark'] as const) {
  test(`the timeline's call-by labels never overlap, with the sample and with 20 roles (${scheme})`, async ({ app, page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    const now = fixedNow();
    const planId = await openSampleBoard(app, page, now);
    await expect(page.getByTestId('timeline-call-by').first()).toBeVisible();
    expect(await callByOverlaps(page)).toEqual([]);
    await page.getByTestId('timeline').screenshot({ path: join(shots, `board-timeline-sample-${scheme}.png`) });

    // 20 roles at every open stage, deciding over the next two weeks: a call-by date on each working day before the deadline.
    await changeOnDisk(app, page, planId, (plan) => ({
      ...plan,
      dreamRoles: Array.from({ length: 20 }, (_, i) => {
        const from = plan.dreamRoles[i % plan.dreamRoles.length]!;
        return {
          ...from, id: crypto.randomUUID(), company: `${['Lumen', 'Harbor', 'Tessellate', 'Quill', 'Northstar'][i % 5]} ${i + 1}`, priority: i + 1,
          stage: (['applied', 'screening', 'interviewing', 'final-round', 'awaiting-decision'] as const)[i % 5]!,
          contacts: from.contacts.map((c) => ({ ...c, id: crypto.randomUUID() })), callLog: [], offerId: null,
          timeline: { ...from.timeline, expectedDecisionOn: isoDateAfter(now, 3 + (i % 12)) },
        };
      }),
    }));
    await expect(page.getByTestId('timeline-call-by').first()).toBeVisible();
    expect(await page.getByTestId('timeline-call-by').count()).toBeGreaterThanOrEqual(4);
    expect(await callByOverlaps(page)).toEqual([]);
    // The call-by reminders stack over the right of the board; hidden here so the shot shows the whole timeline.
    await page.addStyleTag({ content: '.mantine-Notifications-root { display: none !important; }' });
    await page.getByTestId('timeline').screenshot({ path: join(shots, `board-timeline-20-roles-${scheme}.png`) });
  });
}

test('Plan B edited beside the board: the figures follow each valid keystroke, a bad one stays typed, and the edit is saved', async ({ app, page }) => {
  await openSampleBoard(app, page, fixedNow());
  const firstYear = page.getByTestId('plan-b-first-year');
  const lumen = page.getByRole('article', { name: '1. Lumen Health' });
  await expect(firstYear).toContainText('$197,800');

  await page.getByRole('button', { name: 'Edit Plan B: Northwind Logistics' }).click();
  const drawer = page.getByRole('dialog', { name: 'Edit Plan B' });
  const base = drawer.getByLabel('Base salary');
  await expect(base).toHaveValue('$ 148,000');
  await base.fill('158000');
  await expect(firstYear).toContainText('$207,800');
  await expect(lumen).toContainText('+$36,200');
  // The drawer has no backdrop: the board beside it stays readable.
  await expect(firstYear).toBeInViewport();

  await base.fill('-5');
  await expect(drawer.getByText('An amount cannot be negative. Type 0 if there is none.')).toBeVisible();
  await expect(base).toHaveValue('-$ 5');
  await expect(firstYear).toContainText('$207,800');
  await base.fill('158000');

  await expect(base).toHaveValue('$ 158,000');
  await page.screenshot({ path: join(shots, 'board-edit-plan-b-light.png'), animations: 'disabled' });
  await page.keyboard.press('Escape');
  await expect(drawer).toBeHidden();
  await expect(page.getByTestId('save-state')).toHaveText('Saved');

  await page.emulateMedia({ colorScheme: 'dark' });
  await page.reload();
  await expect(firstYear).toContainText('$207,800');
  await page.getByRole('button', { name: 'Edit Plan B: Northwind Logistics' }).click();
  await expect(base).toHaveValue('$ 158,000');
  await page.screenshot({ path: join(shots, 'board-edit-plan-b-dark.png'), animations: 'disabled' });
});
