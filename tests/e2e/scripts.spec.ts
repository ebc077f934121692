/**
 * Scripts and calls through the web harness: the editor fills the preview
 * with the chosen dream role, the honesty guard blocks a leverage script when
 * the plan holds no real offer, and a logged call shows in the role's log.
 * Leaves screenshots (light and dark) in tests/.artifacts/screenshots.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { Plan } from '@shared/plan';
import { expect, test, withLapsedDeadline } from './fixtures';

const shots = join(import.meta.dirname, '../.artifacts/screenshots');

async function openSampleScripts(page: Page, open: (page: Page, hash?: string) => Promise<void>) {
  await open(page);
  await page.getByRole('button', { name: 'Start from the sample plan' }).first().click();
  await expect(page.getByTestId('save-state')).toHaveText('Saved');
  await page.getByRole('link', { name: 'Scripts' }).click();
  await expect(page.getByTestId('section-scripts')).toBeVisible();
  await expect(page.getByTestId('script-body-editor')).toBeVisible();
}

test('a placeholder typed in the editor is filled with the chosen role in the preview, and saved', async ({ app, page }) => {
  // Typing through CodeMirror with completion, key by key: past the 60 s default when CI runs three workers on two cores.
  test.setTimeout(150_000);
  const errors: string[] = [];
  page.on('pageerror', (e) => void errors.push(e.message));
  await openSampleScripts(page, app.open);

  await page.getByRole('button', { name: 'New script' }).click();
  await page.getByRole('menuitem', { name: /Custom script/ }).click();
  await expect(page.getByLabel('Script name')).toHaveValue('Custom script');
  const editor = page.getByTestId('script-body-editor');
  await editor.click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type('I would love to join {{');
  // Completion offers the known placeholders after {{.
  await expect(page.getByRole('listbox').getByRole('option', { name: /company/ }).first()).toBeVisible();
  await page.keyboard.type('company');
  await page.keyboard.press('Enter');
  await page.keyboard.type(' soon. {{compnay}}');
  await expect(editor).toContainText('I would love to join {{company}} soon.');

  const preview = page.getByTestId('script-preview');
  await expect(preview).toContainText('I would love to join Lumen Health soon.');
  await expect(page.getByTestId('script-warnings')).toContainText('{{compnay}} is not a placeholder');
  const fill = page.getByRole('combobox', { name: 'Fill with dream role' });
  await fill.selectOption({ label: await fill.getByRole('option', { name: /Harbor Climate/ }).innerText() });
  await expect(preview).toContainText('I would love to join Harbor Climate soon.');

  await expect(page.getByTestId('save-state')).toHaveText('Saved');
  const dir = join(app.dataDir, 'plans');
  const file = (await readdir(dir)).find((f) => f.endsWith('.json'))!;
  const onDisk = JSON.parse(await readFile(join(dir, file), 'utf8'));
  expect(onDisk.scripts.map((s: { body: string }) => s.body).join('\n')).toContain('I would love to join {{company}} soon. {{compnay}}');
  expect(errors).toEqual([]);
});

test('without a real offer the leverage script is blocked, with the reason and the check-in way out', async ({ app, page }) => {
  await openSampleScripts(page, app.open);
  await expect(page.getByTestId('script-preview')).toContainText('Lumen Health');
  const planId = /#\/plans\/([^/]+)\//.exec(page.url())![1]!;
  await page.getByRole('link', { name: 'All plans' }).click();
  await expect(page.getByTestId('plan-row')).toHaveCount(1);

  // Remove the Plan B offer in the file, as another tool would.
  const path = join(app.dataDir, 'plans', `${planId}.json`);
  const plan = JSON.parse(await readFile(path, 'utf8'));
  await writeFile(path, JSON.stringify({ ...plan, offers: [], revision: plan.revision + 1 }));
  await app.open(page, `/plans/${planId}/scripts`);

  const guard = page.getByTestId('honesty-guard');
  await expect(guard).toContainText('No offer is recorded as Plan B, so you hold no offer to mention.');
  await expect(guard).toContainText('cannot be previewed, rehearsed or printed as final');
  await expect(page.getByTestId('script-preview')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Rehearse' })).toHaveCount(0);

  await guard.getByRole('button', { name: 'Create a check-in script instead' }).click();
  await expect(page.getByLabel('Script name')).toHaveValue('Check-in (no offer yet)');
  await expect(page.getByTestId('honesty-guard')).toHaveCount(0);
  await expect(page.getByTestId('script-preview')).toContainText('Lumen Health');
});

/** Changes the saved plan file as another tool would, then reopens the plan's scripts. */
async function rewritePlan(page: Page, app: { dataDir: string; open: (page: Page, hash?: string) => Promise<void> }, change: (plan: Plan) => Plan) {
  const planId = /#\/plans\/([^/]+)\//.exec(page.url())![1]!;
  await page.getByRole('link', { name: 'All plans' }).click();
  await expect(page.getByTestId('plan-row')).toHaveCount(1);
  const path = join(app.dataDir, 'plans', `${planId}.json`);
  const plan = JSON.parse(await readFile(path, 'utf8')) as Plan;
  await writeFile(path, JSON.stringify({ ...change(plan), revision: plan.revision + 1 }));
  await app.open(page, `/plans/${planId}/scripts`);
}


test('after Plan B’s deadline the leverage script is blocked, saying the offer has lapsed', async ({ app, page }) => {
  await openSampleScripts(page, app.open);
  await expect(page.getByTestId('honesty-ok')).toContainText('you hold a written offer');
  await rewritePlan(page, app, withLapsedDeadline);
  const guard = page.getByTestId('honesty-guard');
  await expect(guard).toContainText('The Plan B deadline has passed, so you no longer hold this offer.');
  await expect(guard).toContainText('I have received a {{offer_form}} offer from another company');
  await expect(page.getByTestId('script-preview')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Rehearse' })).toHaveCount(0);
  await guard.getByText('What this check can and cannot catch').click();
  await expect(guard.getByTestId('claim-limits')).toContainText('It can miss:');
});

test('a broken placeholder typed in the editor is reported, not passed as complete', async ({ app, page }) => {
  await openSampleScripts(page, app.open);
  await page.getByTestId('script-body-editor').click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type('\n\nThanks, {{contact_name}.');
  await expect(page.getByTestId('script-warnings')).toContainText('“{{contact_name}” is a broken placeholder');
});

test('a green-light call logged for a role shows in its call log and closes the role', async ({ app, page }) => {
  await openSampleScripts(page, app.open);
  await page.getByRole('tab', { name: 'Call log' }).click();
  const log = page.getByTestId('call-log');
  await expect(log.getByRole('combobox', { name: 'Dream role' }).locator('option:checked')).toHaveText(/Lumen Health/);
  await log.getByRole('radio', { name: 'Green light to walk' }).check();
  await log.getByLabel('What they said about timing').fill('They will not decide before March.');
  await log.getByLabel('Next step').fill('Accept Plan B.');
  await log.getByRole('button', { name: 'Log call' }).click();

  const row = page.getByTestId('call-row');
  await expect(row).toHaveCount(1);
  await expect(row.getByTestId('call-outcome')).toHaveText('Green light to walk');
  await expect(row).toContainText('They will not decide before March.');
  await expect(page.getByTestId('role-stage')).toHaveText('Closed');

  await row.getByRole('button', { name: 'Correct' }).click();
  await row.getByRole('radio', { name: 'Non-answer' }).check();
  await row.getByRole('button', { name: 'Save correction' }).click();
  await expect(row.getByTestId('call-outcome')).toHaveText('Non-answer');
  await expect(page.getByTestId('save-state')).toHaveText('Saved');
});

test('rehearsal: the three answers one key away, a timer, Escape closes', async ({ app, page }) => {
  await openSampleScripts(page, app.open);
  await page.getByRole('button', { name: 'Rehearse' }).click();
  const content = page.getByTestId('rehearsal-content');
  await expect(content).toContainText('the Staff Engineer, Platform role at Lumen Health');
  await page.keyboard.press('2');
  await expect(content).toContainText('Non-answer');
  await expect(content).toContainText('Could you tell me by when you expect to decide');
  await page.keyboard.press('3');
  await expect(content).toContainText('Green light to walk');
  await page.keyboard.press('0');
  await expect(content).toContainText('Lumen Health');
  await page.keyboard.press(' ');
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  await expect(page.getByTestId('rehearsal-timer')).not.toHaveText('0:00', { timeout: 5_000 });
  await page.keyboard.press('r');
  await expect(page.getByTestId('rehearsal-timer')).toHaveText('0:00');
  await page.keyboard.press('Escape');
  await expect(content).toHaveCount(0);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`screenshots of the editor, preview, rehearsal and call log (${scheme})`, async ({ app, page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.setViewportSize({ width: 1440, height: 1000 });
    await openSampleScripts(page, app.open);
    await page.getByTestId('script-body-editor').click();
    await page.keyboard.press('ControlOrMeta+End');
    await page.keyboard.type('\n\nThanks, {{contact_nam}}.');
    await expect(page.getByTestId('script-warnings')).toBeVisible();
    await page.screenshot({ path: join(shots, `scripts-editor-${scheme}.png`), fullPage: true });
    await page.getByTestId('script-preview-panel').screenshot({ path: join(shots, `scripts-preview-${scheme}.png`) });
    await page.getByRole('button', { name: 'Rehearse' }).click();
    await page.keyboard.press('1');
    await expect(page.getByTestId('rehearsal-content')).toContainText('Immediate offer');
    await expect(page.getByRole('dialog', { name: /^Rehearsal/ })).toHaveCSS('opacity', '1'); // the opening transition has finished
    await page.screenshot({ path: join(shots, `scripts-rehearsal-${scheme}.png`) });
    await page.keyboard.press('Escape');
    await page.getByRole('tab', { name: 'Call log' }).click();
    const log = page.getByTestId('call-log');
    await log.getByLabel('What they said about timing').fill('Decision within two weeks; they will try to speed up.');
    await log.getByLabel('Next step').fill('Check back on Thursday.');
    const yesterday = new Date(Date.now() - 86_400_000);
    const pad = (n: number) => String(n).padStart(2, '0');
    await log.getByLabel('Follow up on').fill(`${yesterday.getFullYear()}-${pad(yesterday.getMonth() + 1)}-${pad(yesterday.getDate())}`);
    await log.getByRole('button', { name: 'Log call' }).click();
    await expect(page.getByTestId('follow-ups-due')).toContainText('Lumen Health');
    await page.screenshot({ path: join(shots, `scripts-call-log-${scheme}.png`), fullPage: true });
  });
}

for (const scheme of ['light', 'dark'] as const) {
  test(`screenshots of the script editor with a lapsed deadline and with no offer (${scheme})`, async ({ app, page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.setViewportSize({ width: 1440, height: 1000 });
    await openSampleScripts(page, app.open);
    await rewritePlan(page, app, withLapsedDeadline);
    await expect(page.getByTestId('honesty-guard')).toContainText('deadline has passed');
    await page.getByTestId('honesty-guard').getByText('What this check can and cannot catch').click();
    await page.screenshot({ path: join(shots, `scripts-lapsed-${scheme}.png`), fullPage: true });
    await rewritePlan(page, app, (p) => ({ ...p, offers: [] }));
    await expect(page.getByTestId('honesty-guard')).toContainText('No offer is recorded as Plan B');
    await page.screenshot({ path: join(shots, `scripts-no-offer-${scheme}.png`), fullPage: true });
  });
}
