/**
 * Dates in the browser harness: the board's "Add dates to calendar" downloads
 * an .ics file that an independent parser reads back with the board's
 * deadline; an empty plan says it has no dates; the plans screen's Today
 * list; an in-page reminder for a deadline two hours away. Light and dark
 * screenshots of each for a person to look at.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import ICAL from 'ical.js';
import type { Page } from '@playwright/test';
import { expect, rpc, test, type AppFixture } from './fixtures';

const shots = join(import.meta.dirname, '../.artifacts/screenshots');

interface PlanLike {
  id: string;
  revision: number;
  offers: Array<{ isPlanB: boolean; company: string; deadline: string | null; deadlineTimeZone: string }>;
}

async function downloadFrom(page: Page, click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const downloading = page.waitForEvent('download');
  await click();
  const download = await downloading;
  const path = await download.path();
  return { name: download.suggestedFilename(), text: await readFile(path, 'utf8') };
}

function events(text: string): ICAL.Event[] {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  return calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
}

/** The sample plan with Plan B's deadline moved to 90 minutes from now, saved through the contract. */
async function planDueSoon(app: AppFixture): Promise<PlanLike> {
  const plan = await rpc<PlanLike>(app, 'plans:create', { from: 'sample' });
  const soon = new Date(Date.now() + 90 * 60_000).toISOString();
  const offers = plan.offers.map((o) => (o.isPlanB ? { ...o, deadline: soon, deadlineTimeZone: 'UTC' } : o));
  await rpc(app, 'plans:save', { plan: { ...plan, offers }, baseRevision: plan.revision });
  return { ...plan, offers };
}

test('the board exports an .ics file whose Plan B deadline is the board’s', async ({ app, page }) => {
  await app.open(page);
  await page.getByRole('button', { name: 'Start from the sample plan' }).first().click();
  await expect(page.getByTestId('save-state')).toHaveText('Saved');
  await page.getByRole('link', { name: 'Board' }).click();
  const planId = /plans\/([^/]+)\//.exec(page.url())?.[1] as string;
  const plan = await rpc<PlanLike>(app, 'plans:get', { id: planId });
  const planB = plan.offers.find((o) => o.isPlanB)!;

  const file = await downloadFrom(page, () => page.getByRole('button', { name: 'Add dates to calendar' }).click());
  expect(file.name).toMatch(/ dates\.ics$/);
  const deadline = events(file.text).find((e) => e.summary.startsWith('Plan B deadline'));
  expect(deadline?.startDate.zone?.tzid).toBe(planB.deadlineTimeZone);
  expect(deadline?.startDate.toJSDate().getTime()).toBe(Date.parse(planB.deadline!));
  await expect(page.getByText('Dates exported')).toBeVisible();
});

test('a plan with no dates exports an empty calendar and says so', async ({ app, page }) => {
  const plan = await rpc<PlanLike>(app, 'plans:create', { from: 'blank', name: 'Nothing yet' });
  await app.open(page, `/plans/${plan.id}/board`);
  const file = await downloadFrom(page, () => page.getByRole('button', { name: 'Add dates to calendar' }).click());
  expect(file.text).toContain('BEGIN:VCALENDAR');
  expect(events(file.text)).toHaveLength(0);
  await expect(page.getByText('No dates to add')).toBeVisible();
  await expect(page.getByText(/This plan has no dates yet/)).toBeVisible();
});

for (const scheme of ['light', 'dark'] as const) {
  test(`Today list, the board's export and an in-page reminder (${scheme})`, async ({ app, page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    const plan = await planDueSoon(app);
    await app.open(page);
    const today = page.getByTestId('today-list');
    await expect(today.getByRole('region', { name: 'Due today' }).getByTestId('today-item').filter({ hasText: 'Plan B deadline' })).toBeVisible();
    const reminder = page.getByTestId('in-page-reminder');
    await expect(page.getByText(/^Plan B deadline within 2 hours: /)).toHaveCount(1);
    await page.screenshot({ path: join(shots, `reminder-in-page-${scheme}.png`), animations: 'disabled' });
    await today.screenshot({ path: join(shots, `today-list-${scheme}.png`) });

    await reminder.getByRole('button', { name: 'Open the board' }).click();
    await expect(page).toHaveURL(new RegExp(`#/plans/${plan.id}/board$`));
    await expect(page.getByTestId('section-board')).toBeVisible();
    // Shown once: moving to the board neither keeps nor repeats it.
    await expect(page.getByText(/^Plan B deadline within 2 hours: /)).toHaveCount(0);
    await page.screenshot({ path: join(shots, `board-export-calendar-${scheme}.png`) });
  });
}
