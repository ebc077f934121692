/**
 * Script editor load: from clicking "Scripts" in an open plan to CodeMirror's
 * editable content being on screen. The editor is a lazily loaded chunk, so
 * this is the price paid the first time, and again after a reload. Median of
 * 7 fresh page loads, in Debian's Chromium through the web harness.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startHarness } from '../harness/server';
import { launchChromium, openStore } from './lib/pages';
import { median, type Row } from './lib/stats';

const RUNS = 7;

export async function run(): Promise<Row[]> {
  const dataDir = await mkdtemp(join(tmpdir(), 'bih-bench-editor-'));
  const browser = await launchChromium();
  const app = await startHarness({ dataDir });
  try {
    const plan = await (await openStore(dataDir)).create('sample');
    const times: number[] = [];
    for (let i = 0; i < RUNS + 1; i++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${app.origin}/?t=${app.token}#/plans/${plan.id}/overview`);
      await page.getByRole('link', { name: 'Scripts' }).waitFor();
      const start = await page.evaluate(() => performance.now());
      await page.getByRole('link', { name: 'Scripts' }).click();
      await page.locator('.cm-content[data-testid="script-body-editor"]').waitFor();
      const end = await page.evaluate(() => performance.now());
      if (i > 0) times.push(end - start); // the first run warms the disk cache
      await context.close();
    }
    return [{ bench: 'editor', case: 'Scripts click → CodeMirror ready', value: median(times), unit: 'ms' }];
  } finally {
    await app.close();
    await browser.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}
