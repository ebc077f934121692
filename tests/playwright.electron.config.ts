import { defineConfig } from '@playwright/test';

/** Specs for the real desktop app; they skip, saying why, where the Electron binary is absent. */
export default defineConfig({
  testDir: './electron',
  outputDir: './.artifacts/electron-results',
  workers: 1,
  forbidOnly: true,
  retries: 0,
  timeout: 60_000,
  reporter: [['list']],
});
