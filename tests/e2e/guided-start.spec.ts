/**
 * The guided start through the web harness: a first plan with an offer,
 * without one, left midway and resumed after a reload, and by keyboard only;
 * what it says about bad input; axe on every step; screenshots of every step,
 * light and dark, in tests/.artifacts/screenshots.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { seriousViolations } from './axe';
import { expect as baseExpect, test } from './fixtures';
import { daysFromNow, enterThroughGuidedStart, FIRST_PLAN, Person } from './first-plan';

// A busy shared machine: typing a whole plan, and a step's first render, take longer than the defaults.
test.describe.configure({ timeout: 240_000 });
const expect = baseExpect.configure({ timeout: 20_000 });

const shots = join(import.meta.dirname, '../.artifacts/screenshots');

async function planOnDisk(dataDir: string) {
  const files = (await readdir(join(dataDir, 'plans'))).filter((f) => f.endsWith('.json'));
  return JSON.parse(await readFile(join(dataDir, 'plans', files[0]!), 'utf8'));
}

async function saved(page: Page): Promise<void> {
  await expect(page.getByTestId('save-state')).toHaveText('Saved');
}

test('with an offer: from a new blank plan to the first call sheet, everything in the plan file', async ({ app, page }) => {
  await app.open(page);
  await enterThroughGuidedStart(new Person(page));
  await expect(page.getByTestId('section-callsheets')).toBeVisible();
  await saved(page);
  const plan = await planOnDisk(app.dataDir);
  expect(plan.offers).toHaveLength(1);
  expect(plan.offers[0]).toMatchObject({
    isPlanB: true,
    company: FIRST_PLAN.offer.company,
    role: FIRST_PLAN.offer.role,
    form: 'written',
    receivedOn: daysFromNow(0),
    compensation: { currency: 'USD', base: { amount: 128000, period: 'yearly' } },
  });
  expect(plan.offers[0].deadline).toMatch(new RegExp(`^${FIRST_PLAN.offer.deadline}T17:00:00`));
  expect(plan.dreamRoles).toHaveLength(2);
  const [harbor, lumen] = plan.dreamRoles;
  expect(harbor).toMatchObject({ company: 'Harbor Climate', stage: 'final-round', walkAwayAnswer: 'accept-plan-b', timeline: { stated: 'end of next week' } });
  expect(harbor.timeline.expectedDecisionOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect(harbor.contacts).toEqual([expect.objectContaining({ name: 'Dana Wu', phone: '+1 415 555 0134', isWhoToCall: true })]);
  expect(lumen).toMatchObject({ company: 'Lumen Health', walkAwayAnswer: 'ask-extension', timeline: { stated: 'in two weeks', expectedDecisionOn: daysFromNow(14), history: [] } });
  expect(lumen.contacts[0].phone).toBe('+1 617 555 0199 ext. 12');
});

test('without an offer: the guided start says the calls will be check-ins, and the board follows', async ({ app, page }) => {
  await app.open(page);
  await page.getByRole('button', { name: 'New blank plan' }).first().click();
  await expect(page.getByRole('heading', { name: 'The offer you hold' })).toBeVisible({ timeout: 20_000 });
  await page.getByRole('button', { name: 'I do not hold an offer yet' }).click();
  await expect(page.getByTestId('no-offer-note')).toContainText('Then your calls will be check-ins');
  await expect(page.getByLabel('Company')).toHaveCount(0);
  await page.getByRole('button', { name: 'Next: are you working?' }).click();
  await page.getByText('Unemployed', { exact: true }).click();
  await expect(page.getByTestId('employment-explanation')).toContainText('Safety-net mode');
  await page.getByRole('button', { name: 'Next: employers you are waiting on' }).click();
  await page.getByLabel('Company 1').fill('Harbor Climate');
  await page.getByLabel('Their phone 1').fill('415 555 0134');
  await page.getByRole('button', { name: 'Next: walk-away answers' }).click();
  await expect(page.getByTestId('walk-away-question')).toContainText('If Harbor Climate cannot give you an answer in time, what will you do?');
  await page.getByRole('button', { name: 'Show my board' }).click();
  const result = page.getByTestId('guided-result');
  await expect(result.getByTestId('no-offer-note')).toBeVisible();
  await expect(page.getByTestId('section-board')).toBeVisible();
  await saved(page);
  const plan = await planOnDisk(app.dataDir);
  expect(plan.offers).toEqual([]);
  expect(plan.situation.employment).toBe('unemployed');
  expect(plan.dreamRoles[0].contacts[0].phone).toBe('+1 415 555 0134');
});

test('left midway with Escape, then resumed after a reload from the board’s next missing fact', async ({ app, page }) => {
  await app.open(page);
  await page.getByRole('button', { name: 'New blank plan' }).first().click();
  await expect(page.getByRole('heading', { name: 'The offer you hold' })).toBeVisible({ timeout: 20_000 });
  await page.getByLabel('Company').fill(FIRST_PLAN.offer.company);
  await page.getByLabel('Deadline date').fill(FIRST_PLAN.offer.deadline);
  await page.keyboard.press('Escape'); // closes the calendar, stays on the step
  await expect(page.getByRole('heading', { name: 'The offer you hold' })).toBeVisible();
  await page.getByRole('button', { name: 'Next: are you working?' }).click();
  await page.getByRole('button', { name: 'Skip this step' }).click();
  await page.getByLabel('Company 1').fill('Harbor Climate');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('section-board')).toBeVisible();
  await saved(page);

  await page.reload();
  const next = page.getByTestId('next-fact');
  await expect(next).toContainText('Who will you call at Harbor Climate?');
  await next.getByRole('link', { name: 'Add it' }).click();
  await expect(page.getByRole('heading', { name: 'The employers you are waiting on' })).toBeVisible();
  await expect(page.getByLabel('Company 1')).toHaveValue('Harbor Climate');
  await page.getByLabel('Who to call 1').fill('Dana Wu');
  await page.getByLabel('Their phone 1').fill('(415) 555-0134');
  await page.getByLabel('What they said about timing 1').fill('next Friday');
  await page.reload();
  await expect(page.getByLabel('Their phone 1')).toHaveValue('+1 415 555 0134');
  await expect(page.getByLabel('What they said about timing 1')).toHaveValue('next Friday');
  await expect(page.getByLabel('Expected decision 1')).not.toHaveValue('');
  await page.getByRole('button', { name: 'Back', exact: true }).click();
  await page.getByRole('button', { name: 'Back', exact: true }).click();
  await expect(page.getByLabel('Company')).toHaveValue(FIRST_PLAN.offer.company);
});

test('keyboard only: Enter moves on, arrows and Space choose, Escape leaves with everything kept', async ({ app, page }) => {
  await app.open(page);
  await page.getByRole('button', { name: 'New blank plan' }).first().focus();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Company')).toBeFocused({ timeout: 20_000 });
  await page.keyboard.type('Northwind Logistics');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Senior analyst');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Received on')).toBeFocused(); // already today
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('radio', { name: 'Written' })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Deadline date')).toBeFocused();
  await page.keyboard.type(FIRST_PLAN.offer.deadline);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Are you working right now?' })).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Company 1')).toBeFocused();
  await page.keyboard.type('Harbor Climate');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Staff engineer');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Are you ready to walk away?' })).toBeVisible();
  await page.keyboard.press('Space');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('link', { name: 'Print the call sheet for Harbor Climate' })).toBeVisible();
  await page.keyboard.press('Escape');
  await saved(page);
  const plan = await planOnDisk(app.dataDir);
  expect(plan.offers[0]).toMatchObject({ company: 'Northwind Logistics', role: 'Senior analyst', form: 'verbal' });
  expect(plan.dreamRoles[0]).toMatchObject({ company: 'Harbor Climate', role: 'Staff engineer', walkAwayAnswer: 'accept-plan-b' });
});

test('bad input is said plainly on the step and nothing typed is lost', async ({ app, page }) => {
  await app.open(page);
  await page.getByRole('button', { name: 'New blank plan' }).first().click();
  await expect(page.getByRole('heading', { name: 'The offer you hold' })).toBeVisible({ timeout: 20_000 });
  await page.getByLabel('Company').fill('Northwind Logistics');
  await page.getByLabel('Received on').fill(daysFromNow(-10));
  await page.keyboard.press('Escape');
  await page.getByLabel('Deadline date').fill(daysFromNow(-3));
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('deadline-warning')).toHaveText('This deadline has passed. If they gave you more time, update it; otherwise decide today.');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Are you working right now?' })).toBeVisible();
  await page.keyboard.press('Enter');
  await page.getByLabel('Company 1').fill('Harbor Climate');
  await page.getByLabel('Their phone 1').fill('415-555-CALL');
  await page.getByLabel('What they said about timing 1').fill('soonish');
  await expect(page.getByTestId('timing-note')).toHaveText(/No date can be read from “soonish”/);
  await page.getByLabel('Company 2').fill('harbor climate ');
  await expect(page.getByText('Another dream role is at this company too. Fine if they are different roles.').first()).toBeVisible();
  await page.getByRole('button', { name: 'Next: walk-away answers' }).click();
  await expect(page.getByText('A phone number is digits, and this one has letters in it.')).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('One field above needs fixing before you go on');
  await expect(page.getByRole('heading', { name: 'The employers you are waiting on' })).toBeVisible();
  await expect(page.getByLabel('Their phone 1')).toHaveValue('415-555-CALL');
  await expect(page.getByLabel('Their phone 1')).toBeFocused();
  await expect(page.getByLabel('What they said about timing 1')).toHaveValue('soonish');
});

for (const scheme of ['light', 'dark'] as const) {
  test(`every step has no serious axe violation and is screenshotted (${scheme})`, async ({ app, page }) => {
    const errors: string[] = [];
    page.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
    page.on('pageerror', (e) => void errors.push(e.message));
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    await app.open(page);
    const found: Record<string, string[]> = {};
    const check = async (name: string) => {
      await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
      await page.screenshot({ path: join(shots, `guided-${name}-${scheme}.png`), fullPage: true });
      const violations = await seriousViolations(page);
      if (violations.length > 0) found[name] = violations;
    };
    await page.getByRole('button', { name: 'New blank plan' }).first().click();
    await expect(page.getByRole('heading', { name: 'The offer you hold' })).toBeVisible({ timeout: 20_000 });
  await expect(page.getByRole('heading', { name: 'The offer you hold' })).toBeVisible({ timeout: 20_000 });
    await page.getByRole('button', { name: 'I do not hold an offer yet' }).click();
    await check('1-no-offer');
    await page.getByRole('button', { name: 'I do hold an offer' }).click();
    await page.getByLabel('Company').fill(FIRST_PLAN.offer.company);
    await page.getByLabel('Base salary').fill('128000');
    await check('1-offer');
    await page.getByLabel('Deadline date').fill(FIRST_PLAN.offer.deadline);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Enter');
    await check('2-working');
    await page.keyboard.press('Enter');
    for (const [i, role] of FIRST_PLAN.roles.entries()) {
      await page.getByLabel(`Company ${i + 1}`).fill(role.company);
      await page.getByLabel(`Who to call ${i + 1}`).fill(role.who);
      await page.getByLabel(`Their phone ${i + 1}`).fill(role.phone);
      await page.getByLabel(`What they said about timing ${i + 1}`).fill(role.said);
    }
    await page.getByLabel('What they said about timing 2').fill('soonish');
    await check('3-employers');
    await page.getByRole('button', { name: 'Next: walk-away answers' }).click();
    await check('4-walk-away');
    await page.getByRole('button', { name: 'Show my board' }).click();
    await expect(page.getByTestId('section-board')).toBeVisible();
    await check('5-board');
    await page.getByRole('link', { name: 'All plans' }).click();
    await page.getByRole('button', { name: 'New blank plan' }).first().click();
    await expect(page.getByRole('heading', { name: 'The offer you hold' })).toBeVisible({ timeout: 20_000 });
  await expect(page.getByRole('heading', { name: 'The offer you hold' })).toBeVisible({ timeout: 20_000 });
    await page.getByRole('button', { name: 'Leave the guided start' }).click();
    await expect(page.getByTestId('next-fact')).toContainText('Add the offer you hold.');
    await check('board-empty');
    expect(found).toEqual({});
    expect(errors).toEqual([]);
  });
}

test('one line on the board adds a dream role; the empty board names one missing fact at a time', async ({ app, page }) => {
  await app.open(page);
  await page.getByRole('button', { name: 'New blank plan' }).first().click();
  await expect(page.getByRole('heading', { name: 'The offer you hold' })).toBeVisible({ timeout: 20_000 });
  await page.getByLabel('Company').fill('Northwind Logistics');
  await page.getByLabel('Deadline date').fill(FIRST_PLAN.offer.deadline);
  // The date field's calendar stays open over the step; a click on the heading closes it, as a person would.
  await page.getByRole('heading', { name: 'The offer you hold' }).click();
  await page.getByRole('button', { name: 'Leave the guided start' }).click();
  const next = page.getByTestId('next-fact');
  await expect(next).toHaveText(/Add an employer you are waiting on/);
  await page.getByLabel('Add a dream role in one line').fill('Staff engineer at Harbor Climate');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('quick-add-role')).toContainText('Added Harbor Climate.');
  await expect(page.getByLabel('Add a dream role in one line')).toHaveValue('');
  await expect(next).toHaveText(/Who will you call at Harbor Climate\?/);
  await saved(page);
  const plan = await planOnDisk(app.dataDir);
  expect(plan.dreamRoles).toEqual([expect.objectContaining({ company: 'Harbor Climate', role: 'Staff engineer', priority: 1 })]);
});
