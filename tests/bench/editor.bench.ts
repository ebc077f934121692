/**
 * Script editor load: from clicking "Scripts" in an open plan (the sample, on
 * its overview) to CodeMirror's editable content being on screen. Median of 7
 * fresh page loads each, in Debian's Chromium through the web harness:
 * - once the plan has opened and the page has settled (no request for half a
 *   second: the chunks preloaded on idle are in), as when a person reads the
 *   overview before going to the scripts. Budget: ≤ 300 ms.
 * - the moment the link shows, before anything was preloaded: the price of
 *   the chunk itself, for comparison. No budget.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from '@playwright/test';
import { startHarness } from '../harness/server';
import { launchChromium, openStore } from './lib/pages';
import { median, type Row } from './lib/stats';

const RUNS = 7;
const BUDGET_MS = 300;

async function clickToEditor(browser: Browser, url: string, settled: boolean): Promise<number> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(url);
    await page.getByRole('link', { name: 'Scripts' }).waitFor();
    if (settled) await page.waitForLoadState('networkidle');
    const start = await page.evaluate(() => performance.now());
    await page.getByRole('link', { name: 'Scripts' }).click();
    await page.locator('.cm-content[data-testid="script-body-editor"]').waitFor();
    return (await page.evaluate(() => performance.now())) - start;
  } finally {
    await context.close();
  }
}

export async function run(): Promise<Row[]> {
  const dataDir = await mkdtemp(join(tmpdir(), 'bih-bench-editor-'));
  const browser = await launchChromium();
  const app = await startHarness({ dataDir });
  try {
    const plan = await (await openStore(dataDir)).create('sample');
    const url = `${app.origin}/?t=${app.token}#/plans/${plan.id}/overview`;
    const rows: Row[] = [];
    for (const settled of [true, false]) {
      const times: number[] = [];
      for (let i = 0; i < RUNS + 1; i++) {
        const ms = await clickToEditor(browser, url, settled);
        if (i > 0) times.push(ms); // the first run warms the disk cache
      }
      const ms = median(times);
      rows.push(
        settled
          ? { bench: 'editor', case: 'Scripts click → CodeMirror ready, plan settled', value: ms, unit: 'ms', budget: { text: `≤ ${BUDGET_MS} ms`, ok: ms <= BUDGET_MS } }
          : { bench: 'editor', case: 'Scripts click → CodeMirror ready, at once', value: ms, unit: 'ms' },
      );
    }
    return rows;
  } finally {
    await app.close();
    await browser.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}
