/**
 * Makes README's first screenshot (.github/readme-plans-screen.png): the
 * board of the sample plan at 1280×800 in the light theme, through the web
 * harness over a temp data folder. Run by hand after `npm run build`:
 * `npx tsx tests/harness/readme-screenshot.ts`.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS } from '../playwright.config';
import { startHarness } from './server';

const OUT = resolve(import.meta.dirname, '../../.github/readme-plans-screen.png');

const dataDir = await mkdtemp(join(tmpdir(), 'bih-readme-'));
const harness = await startHarness({ dataDir });
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, colorScheme: 'light', reducedMotion: 'reduce' });
  await page.goto(`${harness.origin}/?t=${harness.token}`);
  await page.getByRole('button', { name: 'Start from the sample plan' }).first().click();
  await page.getByTestId('save-state').filter({ hasText: 'Saved' }).waitFor();
  await page.getByRole('link', { name: 'Board', exact: true }).click();
  await page.getByTestId('section-board').waitFor();
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
  await page.screenshot({ path: OUT });
  console.log(`Wrote ${OUT}`);
} finally {
  await browser.close();
  await harness.close();
  await rm(dataDir, { recursive: true, force: true });
}
