import { defineConfig } from '@playwright/test';

/**
 * End-to-end specs drive Debian's Chromium against the built renderer served
 * by the web harness (tests/harness). Each spec starts its own harness with
 * its own temp data folder (see tests/e2e/fixtures.ts).
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  // Chromium 156 loads its WebUI omnibox popup into each new window: hundreds of
  // chrome:// requests competing with the page under test for the CPU.
  '--disable-features=WebUIOmniboxPopup,WebUIOmniboxFullPopup',
];

export default defineConfig({
  testDir: './e2e',
  outputDir: './.artifacts/e2e-results',
  fullyParallel: false,
  workers: 1,
  forbidOnly: true,
  retries: 0,
  timeout: 60_000,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    headless: true,
    launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS },
    viewport: { width: 1280, height: 800 },
    trace: 'retain-on-failure',
  },
});
