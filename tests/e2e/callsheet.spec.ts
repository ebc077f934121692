/**
 * Call sheets through the web harness, printed by Chromium's own PDF engine
 * (`page.pdf`) and read back with poppler's pdftotext / pdfinfo: the sample
 * plan's sheet for one role and the whole call pack, figures shown and
 * hidden. Also renders page 1 to PNG and leaves screenshots of the section
 * in light and dark (tests/.artifacts/screenshots).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { Plan } from '@shared/plan';
import { expect, test, withLapsedDeadline, type AppFixture } from './fixtures';

const shots = join(import.meta.dirname, '../.artifacts/screenshots');

async function sample(app: AppFixture, page: Page): Promise<Plan> {
  await app.open(page);
  await page.getByRole('button', { name: 'Start from the sample plan' }).first().click();
  await expect(page.getByTestId('save-state')).toHaveText('Saved');
  const planId = /#\/plans\/([^/]+)\//.exec(page.url())?.[1] ?? '';
  return page.evaluate(async (id) => {
    const bridge = (globalThis as unknown as { planner: { invoke(c: string, i: unknown): Promise<{ data: Plan }> } }).planner;
    return (await bridge.invoke('plans:get', { id })).data;
  }, planId);
}

/** Opens the bare print route, waits for the ready mark, prints A4 and returns the PDF's text and page count. */
async function printPdf(app: AppFixture, page: Page, dir: string, planId: string, target: string, figures: 'shown' | 'hidden') {
  await app.open(page, `/plans/${planId}/callsheets?print=${target}&paper=a4&figures=${figures}`);
  await page.waitForFunction(() => performance.getEntriesByName('callsheet-ready', 'mark').length > 0);
  const file = join(dir, `${target}-${figures}.pdf`);
  await page.pdf({ path: file, format: 'A4', printBackground: true });
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);
  return { file, text, pages };
}

/** pdftotext wraps lines: compare with runs of white space made single. */
const flat = (s: string) => s.replace(/\s+/g, ' ');

let dir: string;
test.beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'bih-callsheet-'));
});
test.afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

test('one role’s call sheet as a PDF: contact, phone, deadline, filled script, three outcomes; figures hidden or shown', async ({ app, page }) => {
  const plan = await sample(app, page);
  const lumen = plan.dreamRoles.find((r) => r.company === 'Lumen Health')!;
  const hidden = await printPdf(app, page, dir, plan.id, lumen.id, 'hidden');
  const text = flat(hidden.text);
  expect(text).toContain('Lumen Health');
  expect(text).toContain('Priya Shah');
  expect(text).toContain('+1 415 555 0142');
  expect(text).toMatch(/My deadline \w{3}, \w{3} \d{1,2}, 5:00 PM EST \(\d+ days? left\)/);
  expect(text).toContain('Hi Priya Shah, this is Alex Rivera.');
  expect(text).toContain('The ask: Is there any way you could move forward with me before that date?');
  for (const outcome of ['Immediate offer', 'Non-answer', 'Green light to walk']) expect(text).toContain(outcome);
  expect(text).toContain('Could you tell me by when you expect to decide');
  expect(text).not.toContain('{{');
  expect(text).not.toContain('$148,000');
  expect(text).toContain('Hidden on this sheet.');
  expect(hidden.pages).toBeGreaterThanOrEqual(1);

  const shown = await printPdf(app, page, dir, plan.id, lumen.id, 'shown');
  expect(flat(shown.text)).toContain('$148,000');

  mkdirSync(shots, { recursive: true });
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', shown.file, join(shots, 'callsheet-pdf-page1')]);
});

test('the call pack: a cover in call order, then a sheet per role with its company, phone and outcomes', async ({ app, page }) => {
  const plan = await sample(app, page);
  const pack = await printPdf(app, page, dir, plan.id, 'pack', 'hidden');
  const text = pack.text;
  const sheets = text.split('\f').filter((p) => p.trim());
  expect(flat(sheets[0]!)).toContain('Call pack');
  const order = ['Lumen Health', 'Tessellate Studio', 'Harbor Climate'];
  const cover = flat(sheets[0]!);
  const positions = order.map((c) => cover.indexOf(c));
  expect(positions.every((p) => p >= 0)).toBe(true);
  expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  for (const phone of ['+1 415 555 0142', '+1 617 555 0199', '+1 212 555 0117']) expect(cover).toContain(phone);
  // Each sheet starts on a new page; a long sheet may take two.
  expect(pack.pages).toBeGreaterThanOrEqual(1 + order.length);
  const rest = flat(sheets.slice(1).join(' '));
  for (const company of order) expect(rest).toContain(company);
  expect(rest.match(/Green light to walk/g)?.length).toBe(order.length);
  expect(rest.match(/Non-answer/g)?.length).toBeGreaterThanOrEqual(order.length);
  // Roles without a script still print, saying so in place.
  expect(rest).toContain('No script chosen for this role yet.');
  expect(rest).not.toContain('$148,000');
  mkdirSync(shots, { recursive: true });
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', pack.file, join(shots, 'callsheet-pack-page1')]);
});

test('the call sheets section in light and dark: the sheet stays light; Save as PDF in the browser opens print', async ({ app, page }) => {
  const plan = await sample(app, page);
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await app.open(page, `/plans/${plan.id}/callsheets?sheet=${plan.dreamRoles[0]!.id}`);
    await page.evaluate((s) => document.documentElement.setAttribute('data-mantine-color-scheme', s), scheme);
    const sheet = page.getByTestId('call-sheet');
    await expect(sheet).toContainText('Priya Shah');
    const bg = await page.getByTestId('call-sheets').evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(bg).toBe('rgb(255, 255, 255)');
    await page.screenshot({ path: join(shots, `callsheets-section-${scheme}.png`), fullPage: false });
  }
  await page.evaluate(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => void ((window as unknown as { printed: number }).printed += 1);
  });
  await page.getByRole('button', { name: 'Save as PDF' }).click();
  await expect.poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
});

/** Changes the saved plan file as another tool would (the app is on All plans meanwhile). */
async function rewritePlan(app: AppFixture, page: Page, plan: Plan, change: (plan: Plan) => Plan) {
  await page.getByRole('link', { name: 'All plans' }).click();
  await expect(page.getByTestId('plan-row')).toHaveCount(1);
  const path = join(app.dataDir, 'plans', `${plan.id}.json`);
  const saved = JSON.parse(await readFile(path, 'utf8')) as Plan;
  await writeFile(path, JSON.stringify({ ...change(saved), revision: saved.revision + 1 }));
}


test('after Plan B’s deadline the PDF prints the check-in, never “0 days from today”', async ({ app, page }) => {
  const plan = await sample(app, page);
  await rewritePlan(app, page, plan, withLapsedDeadline);
  const lumen = plan.dreamRoles.find((r) => r.company === 'Lumen Health')!;
  const text = flat((await printPdf(app, page, dir, plan.id, lumen.id, 'hidden')).text);
  expect(text).toContain('The Plan B deadline has passed, so you no longer hold this offer.');
  // What is printed to say: the check-in, between the notice and the ask.
  const said = text.slice(text.indexOf('which mentions no offer.'), text.indexOf('The ask:'));
  expect(said).toContain('Hi Priya Shah, it is Alex Rivera.');
  expect(said).not.toMatch(/offer from|I have received|my answer by/);
  expect(text).not.toMatch(/\b0 days\b|days from today/);
  expect(text).toContain('Learn when Lumen Health expects to decide, without mentioning any offer.');
});

for (const scheme of ['light', 'dark'] as const) {
  test(`screenshots of the call sheet with a lapsed deadline and with no offer (${scheme})`, async ({ app, page }) => {
    await page.setViewportSize({ width: 1280, height: 1600 });
    const plan = await sample(app, page);
    const lumen = plan.dreamRoles.find((r) => r.company === 'Lumen Health')!;
    for (const [name, change] of [['lapsed', withLapsedDeadline], ['no-offer', (p: Plan) => ({ ...p, offers: [] })]] as const) {
      await rewritePlan(app, page, plan, change);
      await page.emulateMedia({ colorScheme: scheme });
      await app.open(page, `/plans/${plan.id}/callsheets?sheet=${lumen.id}`);
      await page.evaluate((s) => document.documentElement.setAttribute('data-mantine-color-scheme', s), scheme);
      await expect(page.getByTestId('sheet-script-notice')).toContainText('is not printed');
      await page.screenshot({ path: join(shots, `callsheet-${name}-${scheme}.png`), fullPage: true });
    }
  });
}
