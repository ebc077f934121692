/**
 * "Pay over four years" through the web harness: the board's cards, the
 * comparison table, the pay chart's table and each call sheet give the same
 * figures for the sample plan; the chart's table is what prints; screenshots
 * light and dark; no serious axe finding.
 */
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { seriousViolations } from './axe';
import { expect, test } from './fixtures';
import { fixedNow, openSampleBoard } from './sample-board';

const shots = join(import.meta.dirname, '../.artifacts/screenshots');

/**
 * The sample plan by hand. Plan B: 148,000 + 14,800 + 15,000 sign-on + 20,000 equity = 197,800 in year 1,
 * 182,800 after; average (197,800 + 3 × 182,800) / 4 = 186,550. Lumen 172,000 + 17,000 + 20,000 + 35,000;
 * Tessellate 140,000 + 7,000 + 10,000 + 8,000; Harbor 155,000 + 10,000 + 0 + 12,000.
 */
const EXPECTED = [
  { name: 'Plan B: Northwind Logistics', years: ['$197,800', '$182,800', '$182,800', '$182,800'], average: '$186,550', vs: null },
  { name: 'Lumen Health', years: ['$244,000', '$224,000', '$224,000', '$224,000'], average: '$229,000', vs: '+$46,200 (+23.4%)' },
  { name: 'Tessellate Studio', years: ['$165,000', '$155,000', '$155,000', '$155,000'], average: '$157,500', vs: '-$32,800 (-16.6%)' },
  { name: 'Harbor Climate', years: ['$177,000', '$177,000', '$177,000', '$177,000'], average: '$177,000', vs: '-$20,800 (-10.5%)' },
];

const view = (page: Page, name: 'Cards' | 'Table' | 'Pay chart') => page.getByRole('radiogroup', { name: 'Show dream roles as' }).getByText(name, { exact: true }).click();

/** The cells of one comparison-table row, Plan B first. */
const tableRow = (page: Page, key: string): Locator => page.getByTestId('comparison-table').locator(`tr[data-row="${key}"] td`);

/** The totals column of one option's group in the chart's table: year 1 to 4, then the average. */
const chartTotals = (page: Page, name: string): Locator =>
  page.getByTestId('pay-chart-table').locator('tbody').filter({ has: page.getByRole('rowheader', { name }) }).locator('tr td:last-child');

/** A call sheet figure by its printed label. */
const sheetFigure = (page: Page, label: string): Locator => page.locator('dt', { hasText: new RegExp(`^${label.replace(/[()]/g, '\\$&')}$`) }).locator('xpath=following-sibling::dd[1]');

test('the board, the comparison table, the pay chart and the call sheets agree on every figure of the sample plan', async ({ app, page }) => {
  const planId = await openSampleBoard(app, page, fixedNow());
  const [planB, ...roles] = EXPECTED;

  await expect(page.getByTestId('plan-b-first-year')).toContainText(planB!.years[0]!);
  await expect(page.getByTestId('plan-b-four-year-average')).toContainText(planB!.average);
  for (const r of roles) {
    const card = page.getByTestId('role-card').filter({ has: page.getByRole('heading', { level: 3, name: new RegExp(r.name) }) });
    await expect(card.getByTestId('role-first-year')).toContainText(r.years[0]!);
    await expect(card.getByTestId('role-four-year-average')).toContainText(r.average);
    await expect(card.getByTestId('role-pay-vs-plan-b')).toContainText(`${r.vs} vs Plan B`);
    await expect(card.getByTestId('role-pay-vs-plan-b')).toContainText('Pay vs Plan B (first year)');
  }

  await view(page, 'Table');
  await expect(tableRow(page, 'first-year')).toHaveText(EXPECTED.map((e) => e.years[0]!));
  for (const y of [2, 3, 4]) await expect(tableRow(page, `year-${y}`)).toHaveText(EXPECTED.map((e) => e.years[y - 1]!));
  await expect(tableRow(page, 'four-year-average')).toHaveText(EXPECTED.map((e) => e.average));
  await expect(page.getByTestId('comparison-table').locator('tr[data-row="pay-difference"] th')).toHaveText('vs Plan B (first year)');
  await expect(tableRow(page, 'pay-difference')).toHaveText(['—', ...roles.map((r) => r.vs!)]);

  await view(page, 'Pay chart');
  await expect(page.getByTestId('pay-option-chart')).toHaveCount(4, { timeout: 15_000 });
  for (const e of EXPECTED) {
    await expect(chartTotals(page, e === planB ? e.name : `${e.name} (estimate)`)).toHaveText([...e.years, e.average]);
  }

  for (const r of roles) {
    const id = await page.evaluate(async ([plan, name]) => {
      const bridge = (globalThis as unknown as { planner: { invoke(c: string, i: unknown): Promise<{ data: { dreamRoles: { id: string; company: string }[] } }> } }).planner;
      return (await bridge.invoke('plans:get', { id: plan })).data.dreamRoles.find((d) => d.company === name)!.id;
    }, [planId, r.name] as const);
    await app.open(page, `/plans/${planId}/callsheets?sheet=${id}`);
    await expect(sheetFigure(page, 'First-year total')).toHaveText(planB!.years[0]!);
    await expect(sheetFigure(page, '4-year average')).toHaveText(planB!.average);
    await expect(sheetFigure(page, 'Year 1 to year 4')).toHaveText(planB!.years.join(' · '));
    await expect(sheetFigure(page, `${r.name} (estimate), first-year total`)).toHaveText(r.years[0]!);
    await expect(sheetFigure(page, `${r.name} (estimate), 4-year average`)).toHaveText(r.average);
    await expect(sheetFigure(page, `${r.name} vs Plan B (first year)`)).toHaveText(r.vs!);
  }
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the pay chart in ${scheme}: drawn, its table printed in its place, no serious axe finding`, async ({ app, page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => void errors.push(e.message));
    await page.emulateMedia({ colorScheme: scheme });
    await page.setViewportSize({ width: 1400, height: 1000 });
    await openSampleBoard(app, page, fixedNow());
    await view(page, 'Pay chart');
    const chart = page.getByTestId('pay-chart');
    // The chart's code loads when the view is first picked: allow for it on a busy machine.
    await expect(chart.locator('.recharts-bar-rectangle').first()).toBeVisible({ timeout: 15_000 });
    // The table is there for screen readers but not drawn on screen until asked for.
    await expect(page.getByTestId('pay-chart-table')).toBeAttached();
    const figures = page.locator('#pay-chart-figures');
    expect(await figures.boundingBox()).toMatchObject({ width: 1, height: 1 });
    expect(await seriousViolations(page)).toEqual([]);
    await chart.scrollIntoViewIfNeeded();
    // Away from the bars: the pointer left over a bar by the click would leave its tooltip in the picture.
    await page.mouse.move(0, 0);
    await chart.screenshot({ path: join(shots, `board-pay-chart-${scheme}.png`) });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(shots, `board-pay-chart-page-${scheme}.png`), fullPage: true });

    await chart.getByRole('button', { name: 'Show the figures as a table' }).click();
    await expect(page.getByTestId('pay-chart-table')).toBeVisible();
    expect((await figures.boundingBox())!.height).toBeGreaterThan(100);
    expect(await seriousViolations(page)).toEqual([]);
    await page.mouse.move(0, 0);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(shots, `board-pay-chart-table-${scheme}.png`), fullPage: true });

    await chart.getByRole('button', { name: 'Hide the figures' }).click();
    await page.emulateMedia({ media: 'print', colorScheme: scheme });
    await expect(chart.locator('.recharts-bar-rectangle').first()).toBeHidden();
    expect((await figures.boundingBox())!.height).toBeGreaterThan(100);
    expect(errors).toEqual([]);
  });
}
