/**
 * Security in the real page (Chromium, built renderer, web harness): the
 * content security policy stops an injected inline script, inline event
 * handlers and eval; and hostile text in a plan (markup, script tags) is shown
 * as text on the plans and overview screens, with nothing run.
 */
import type { Page } from '@playwright/test';
import { expect, rpc, test, type AppFixture } from './fixtures';

const HOSTILE_NAME = `<img src=x onerror="window.__xss='name'"><script>window.__xss='name-script'</script>`;
const HOSTILE_COMPANY = `<script>window.__xss='company'</script><b>Bold Corp</b>`;
const HOSTILE_NOTES = `<img src=x onerror="window.__xss='notes'"> <svg onload="window.__xss='svg'">`;

/** A plan whose name, Plan B company and notes hold markup, saved through the contract. */
async function hostilePlan(app: AppFixture): Promise<string> {
  type P = { id: string; revision: number; offers: Array<{ isPlanB: boolean; company: string }>; situation: { notes: string } };
  const plan = await rpc<P>(app, 'plans:create', { from: 'sample' });
  const next = {
    ...plan,
    name: HOSTILE_NAME,
    offers: plan.offers.map((o) => (o.isPlanB ? { ...o, company: HOSTILE_COMPANY } : o)),
    situation: { ...plan.situation, notes: HOSTILE_NOTES },
  };
  await rpc(app, 'plans:save', { plan: next, baseRevision: plan.revision });
  return plan.id;
}

async function nothingRan(page: Page): Promise<void> {
  expect(await page.evaluate(() => (window as { __xss?: unknown }).__xss)).toBeUndefined();
  await expect(page.locator('img[src="x"], script:not([src]), svg[onload]')).toHaveCount(0);
}

test('the CSP blocks an injected inline script, an inline event handler and eval', async ({ app, page }) => {
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  await app.open(page);
  await expect(page.getByRole('button', { name: 'Start from the sample plan' }).first()).toBeVisible();
  const outcome = await page.evaluate(async () => {
    const w = window as { __inline?: string; __handler?: string };
    const script = document.createElement('script');
    script.textContent = "window.__inline = 'ran'";
    document.body.appendChild(script);
    const img = document.createElement('img');
    img.setAttribute('onerror', "window.__handler = 'ran'");
    // Registered after the inline handler, so when it fires the inline one has had its turn.
    const failed = new Promise((r) => img.addEventListener('error', r));
    img.src = 'data:,not-an-image';
    document.body.appendChild(img);
    await failed;
    let evalResult = 'ran';
    try {
      // Indirect eval, so it is the page's realm (and its CSP) doing it.
      (0, eval)('1 + 1');
    } catch (e) {
      evalResult = (e as Error).name;
    }
    let fnResult = 'ran';
    try {
      new Function('return 1')();
    } catch (e) {
      fnResult = (e as Error).name;
    }
    return { inline: w.__inline ?? null, handler: w.__handler ?? null, evalResult, fnResult };
  });
  expect(outcome).toEqual({ inline: null, handler: null, evalResult: 'EvalError', fnResult: 'EvalError' });
  expect(violations.length).toBeGreaterThan(0);
});

test('markup in a plan’s name, Plan B company and notes shows as text on the plans screen and the overview; nothing runs', async ({ app, page }) => {
  const id = await hostilePlan(app);
  await app.open(page);
  const row = page.getByTestId('plan-row');
  await expect(row.getByTestId('plan-name')).toHaveText(HOSTILE_NAME);
  await expect(row).toContainText(HOSTILE_COMPANY);
  await nothingRan(page);

  await app.open(page, `/plans/${id}/overview`);
  await expect(page.getByTestId('plan-b-summary')).toContainText(HOSTILE_COMPANY);
  await expect(page.getByRole('navigation', { name: 'Plan', exact: true })).toContainText(HOSTILE_NAME);
  await nothingRan(page);
});

test('walking every screen, section, overview tab, the Plan B drawer and the script editor logs no CSP violation', async ({ app, page }) => {
  // Caught from the very first script on: a library probing for eval at startup counts too.
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.effectiveDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
  });
  const logged: string[] = [];
  page.on('console', (m) => void (/Content Security Policy/i.test(m.text()) && logged.push(m.text())));
  const plan = await rpc<{ id: string }>(app, 'plans:create', { from: 'sample' });

  await app.open(page);
  await expect(page.getByTestId('plan-row')).toHaveCount(1);
  for (const tab of ['', '?tab=offers', '?tab=roles', '?tab=criteria']) {
    await app.open(page, `/plans/${plan.id}/overview${tab}`);
    await expect(page.getByTestId('section-overview')).toBeVisible();
    await expect(page.getByRole('tab', { selected: true })).toBeVisible();
  }
  await app.open(page, `/plans/${plan.id}/board`);
  await page.getByRole('button', { name: /^Edit Plan B/ }).click();
  await expect(page.getByRole('dialog', { name: 'Edit Plan B' }).getByLabel('Base salary')).toBeVisible();
  for (const section of ['scenarios', 'callsheets', 'start'] as const) {
    await app.open(page, `/plans/${plan.id}/${section}`);
    await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
  }
  await app.open(page, `/plans/${plan.id}/scripts`);
  await expect(page.locator('.cm-content[data-testid="script-body-editor"]')).toBeVisible();
  await expect(page.getByTestId('script-preview')).toBeVisible();
  await app.open(page, '/trash');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
  expect(logged).toEqual([]);
});
