/**
 * Edit: from a keystroke in Plan B's base salary (the "Edit Plan B" drawer
 * on the board, 20 dream roles) to the board's Plan B first-year total
 * showing the new figure, against the floor: a Mantine NumberInput whose
 * value React shows as formatted money, built the same way. The time runs
 * from the keydown event to the DOM change (a MutationObserver on the
 * figure); each keystroke types "1" or removes it again, so every one
 * changes the figure. Median of 31 keystrokes, in Debian's Chromium through
 * the web harness. No budget: the issue asks for the figure.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { startHarness } from '../harness/server';
import { median, type Row } from './lib/stats';
import { buildFloorPage, launchChromium, openStore, seedBigPlan } from './lib/pages';

const KEYSTROKES = 31;

/** Milliseconds from each keydown to the next change of `figure`'s text, typed into `field`. */
async function keystrokeToFigure(page: Page, field: Locator, figure: Locator): Promise<number[]> {
  await figure.evaluate((el) => {
    const w = window as unknown as { __bihKey: number; __bihChange: number };
    document.addEventListener('keydown', (e) => (w.__bihKey = e.timeStamp), true);
    new MutationObserver(() => (w.__bihChange = performance.now())).observe(el, { subtree: true, childList: true, characterData: true });
  });
  await field.click();
  await field.press('End');
  const times: number[] = [];
  for (let i = 0; i < KEYSTROKES + 2; i++) {
    const before = await figure.textContent();
    await field.press(i % 2 === 0 ? '1' : 'Backspace');
    await figure.page().waitForFunction(([el, text]) => el!.textContent !== text, [await figure.elementHandle(), before] as const, { polling: 'raf' });
    const ms = await page.evaluate(() => {
      const w = window as unknown as { __bihKey: number; __bihChange: number };
      return w.__bihChange - w.__bihKey;
    });
    if (i >= 2) times.push(ms); // the first two warm up the code paths
  }
  return times;
}

export async function run(): Promise<Row[]> {
  const floorDir = await buildFloorPage('floor-edit');
  const dataDir = await mkdtemp(join(tmpdir(), 'bih-bench-edit-'));
  const browser = await launchChromium();
  const app = await startHarness({ dataDir });
  const floorServer = await startHarness({ dataDir: join(dataDir, 'floor'), rendererDir: floorDir });
  try {
    const planId = await seedBigPlan(await openStore(dataDir), 20);

    const floorPage = await browser.newPage();
    await floorPage.goto(`${floorServer.origin}/?t=${floorServer.token}`);
    const floor = median(await keystrokeToFigure(floorPage, floorPage.getByLabel('Base salary'), floorPage.getByTestId('figure')));
    await floorPage.close();

    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(`${app.origin}/?t=${app.token}#/plans/${planId}/board`);
    await page.getByRole('button', { name: /^Edit Plan B/ }).click();
    const field = page.getByRole('dialog', { name: 'Edit Plan B' }).getByLabel('Base salary');
    const ms = median(await keystrokeToFigure(page, field, page.getByTestId('plan-b-first-year')));
    await page.close();
    return [{ bench: 'edit', case: 'keystroke → board figure, 20 roles', value: ms, unit: 'ms', floor, ratio: ms / floor }];
  } finally {
    await app.close();
    await floorServer.close();
    await browser.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}
