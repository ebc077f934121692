/**
 * Call mode through the web harness: the real renderer, services and files.
 * In the browser call mode is a route in the same window; the desktop window
 * is covered by tests/unit/electron/call-mode-window.test.ts.
 */
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { suggestedFollowUp } from '@shared/callmode/end-call';
import { readTimingPhrase } from '@shared/guided/timing-phrase';
import type { Plan } from '@shared/plan';
import { seriousViolations } from './axe';
import { expect, rpc, test, withLapsedDeadline } from './fixtures';

const shots = join(import.meta.dirname, '../.artifacts/screenshots');

function localToday(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

async function samplePlan(app: Parameters<typeof rpc>[0]): Promise<Plan> {
  return rpc<Plan>(app, 'plans:create', { from: 'sample' });
}

/** Presses Tab until `target` has focus (keyboard only), failing after a bounded number of presses. */
async function tabTo(page: Page, target: ReturnType<Page['getByLabel']>): Promise<void> {
  for (let i = 0; i < 40; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

test('a whole call by keyboard: open from the palette, press 2, notes and “next Friday”, end it; the log, the board and a reload agree', async ({ app, page }) => {
  const plan = await samplePlan(app);
  await app.open(page, `/plans/${plan.id}/board`);
  await expect(page.getByTestId('section-board')).toBeVisible();
  const first = plan.dreamRoles.find((r) => r.company === 'Lumen Health')!;

  await page.keyboard.press('Control+k');
  await page.getByRole('textbox', { name: 'Search actions and plans' }).fill('call mode');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('call-mode')).toBeVisible();
  // `next` became the first role in the call order, by its own address.
  await expect(page).toHaveURL(new RegExp(`/plans/${plan.id}/call/${first.id}$`));
  await expect(page.getByRole('heading', { name: 'Calling Lumen Health' })).toBeVisible();
  await expect(page.getByTestId('call-phone').getByRole('link')).toHaveAttribute('href', /^tel:\+/);
  await expect(page.getByTestId('call-ask')).toContainText('?');
  await expect(page.getByTestId('listen-for').getByRole('listitem')).toHaveCount(4);

  await page.keyboard.press('2');
  await expect(page.getByRole('button', { name: /Non-answer/ })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('answer-panel')).toHaveAttribute('data-outcome', 'nonAnswer');

  const notes = page.getByLabel('Notes', { exact: true });
  await tabTo(page, notes);
  await page.keyboard.type('Team 2 still interviewing; Dana sounded keen');
  // Digits typed in the notes are notes, not answers.
  await expect(page.getByRole('button', { name: /Non-answer/ })).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('What they said about timing')).toBeFocused();
  await page.keyboard.type('next Friday');
  const reading = readTimingPhrase('next Friday', localToday());
  if (reading.kind !== 'date') throw new Error('the parser must read “next Friday”');
  await expect(page.getByTestId('call-timing-note')).toContainText('“next Friday” reads as');
  await page.keyboard.press('Control+Enter');

  await expect(page.getByTestId('after-call')).toBeVisible();
  const followUp = suggestedFollowUp('non-answer', reading.date, localToday())!;
  await expect(page.getByTestId('after-call-steps')).toContainText('Follow-up set for');
  // The next role in the call order, never the one just called.
  await expect(page.getByRole('button', { name: /^Call (?!Lumen Health).+ next$/ })).toBeVisible();

  await expect.poll(async () => (await rpc<Plan>(app, 'plans:get', { id: plan.id })).dreamRoles.find((r) => r.id === first.id)!.callLog.length).toBe(1);
  const logged = (await rpc<Plan>(app, 'plans:get', { id: plan.id })).dreamRoles.find((r) => r.id === first.id)!.callLog[0]!;
  expect(logged).toMatchObject({ outcome: 'non-answer', newExpectedDecisionOn: reading.date, followUpOn: followUp });
  expect([logged.timingSaid, logged.notes]).toEqual(['next Friday', 'Team 2 still interviewing; Dana sounded keen']);
  expect(logged.nextStep.length).toBeGreaterThan(0);

  // Back to the board by keyboard: the last step is focused next by Tab order.
  await tabTo(page, page.getByRole('button', { name: 'Back to the board' }));
  await page.keyboard.press('Enter');
  const card = page.locator(`[data-testid="role-card"][data-role-id="${first.id}"]`);
  await expect(card.getByTestId('next-step')).toContainText('Ask once for a concrete date');
  await expect(card.getByTestId('latest-call')).toContainText('Non-answer');
  await expect(card.getByTestId('start-call')).toHaveText('Call in call mode');
  await page.reload();
  await expect(card.getByTestId('latest-call')).toContainText('next Friday');
  await expect(page.getByText('gave a non-answer: ask once for a date')).toBeVisible();
});

test('a draft survives a reload mid-call, and the board offers to finish it', async ({ app, page }) => {
  const plan = await samplePlan(app);
  const role = plan.dreamRoles.find((r) => r.company === 'Harbor Climate')!;
  await app.open(page, `/plans/${plan.id}/board`);
  await page.locator(`[data-testid="role-card"][data-role-id="${role.id}"]`).getByTestId('start-call').click();
  await expect(page.getByRole('heading', { name: 'Calling Harbor Climate' })).toBeVisible();
  await page.keyboard.press('3');
  await page.getByLabel('Notes', { exact: true }).fill('They will not decide before January');
  await page.getByRole('button', { name: '4: warm' }).click();
  await page.reload();
  await expect(page.getByLabel('Notes', { exact: true })).toHaveValue('They will not decide before January');
  await expect(page.getByRole('button', { name: /Green light/ })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('signal-interest-words')).toHaveText('4 of 5, warm');
  // Their answer can still change.
  await page.getByRole('button', { name: /Immediate offer/ }).click();
  await expect(page.getByTestId('answer-panel')).toHaveAttribute('data-outcome', 'immediateOffer');

  await page.getByRole('link', { name: /Leave call mode/ }).click();
  const card = page.locator(`[data-testid="role-card"][data-role-id="${role.id}"]`);
  await expect(card.getByTestId('start-call')).toHaveText('Finish the call you started');
  await card.getByTestId('start-call').click();
  await expect(page.getByLabel('Notes', { exact: true })).toHaveValue('They will not decide before January');
  await page.getByRole('button', { name: 'End the call and log it' }).click();
  await expect(page.getByRole('button', { name: 'Record their offer' })).toBeVisible();
  const saved = (await rpc<Plan>(app, 'plans:get', { id: plan.id })).dreamRoles.find((r) => r.id === role.id)!;
  expect(saved.callLog.at(-1)).toMatchObject({ outcome: 'immediate-offer', interest: 4, followUpOn: null });
  expect(saved.stage).toBe('offer');
});

for (const scheme of ['light', 'dark'] as const) test(`with no live offer, call mode shows the check-in script and says why (${scheme})`, async ({ app, page }) => {
  await page.emulateMedia({ colorScheme: scheme });
  const plan = await samplePlan(app);
  const lapsed = withLapsedDeadline(plan);
  await rpc(app, 'plans:save', { plan: lapsed, baseRevision: plan.revision });
  const role = plan.dreamRoles.find((r) => r.company === 'Lumen Health')!;
  await app.open(page, `/plans/${plan.id}/call/${role.id}`);
  await expect(page.getByTestId('call-honesty')).toContainText('The Plan B deadline has passed');
  await expect(page.getByTestId('call-script')).toHaveAttribute('data-script-source', 'blocked');
  await expect(page.getByTestId('call-script-text')).not.toContainText('offer from another company');
  await page.screenshot({ path: join(shots, `call-mode-check-in-${scheme}.png`), fullPage: true });
  // The board offers to finish the call started (call mode stored its draft on opening, but nothing noted yet: no offer).
  await page.keyboard.press('1');
  await page.getByRole('link', { name: /Leave call mode/ }).click();
  const card = page.locator(`[data-testid="role-card"][data-role-id="${role.id}"]`);
  await expect(card.getByTestId('start-call')).toHaveText('Finish the call you started');
  await card.scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(shots, `board-unfinished-call-${scheme}.png`) });
});

test('a role that has no answer chosen is not logged, and says what to do', async ({ app, page }) => {
  const plan = await samplePlan(app);
  await app.open(page, `/plans/${plan.id}/call/${plan.dreamRoles[0]!.id}`);
  await page.getByLabel('Notes', { exact: true }).fill('Rang twice');
  await page.getByRole('button', { name: 'End the call and log it' }).click();
  await expect(page.getByRole('alert')).toContainText('Choose their answer first');
  await expect(page.getByLabel('Notes', { exact: true })).toHaveValue('Rang twice');
});

for (const scheme of ['light', 'dark'] as const) {
  test(`call mode before, during each answer and after, ${scheme}: no serious axe finding`, async ({ app, page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    const plan = await samplePlan(app);
    await app.open(page, `/plans/${plan.id}/call/next`);
    // A cold page load fetches the plan and call mode's own chunk; on a busy CI machine that can pass 5 s.
    await expect(page.getByTestId('call-mode')).toBeVisible({ timeout: 20_000 });
    const found: Record<string, string[]> = {};
    const check = async (name: string) => {
      await page.screenshot({ path: join(shots, `call-mode-${name}-${scheme}.png`), fullPage: true });
      const v = await seriousViolations(page);
      if (v.length) found[name] = v;
    };
    await check('before');
    for (const [key, name] of [['1', 'immediate-offer'], ['2', 'non-answer'], ['3', 'green-light']] as const) {
      await page.keyboard.press(key);
      await expect(page.getByTestId('answer-panel')).toBeVisible();
      await check(name);
    }
    await page.keyboard.press('2');
    await page.getByLabel('What they said about timing').fill('end of next week');
    await page.getByRole('button', { name: 'End the call and log it' }).click();
    await expect(page.getByTestId('after-call')).toBeVisible();
    await check('after');
    expect(found, JSON.stringify(found, null, 2)).toEqual({});
  });
}
