/**
 * Each e2e test gets its own web harness over its own temp data folder, so
 * tests never see each other's plans. `app.open()` loads the renderer with the
 * per-run token; `app.dataDir` is the folder the harness writes plan files to.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import { startHarness } from '../harness/server';
import { withEverythingDrawn } from './render-all';

export interface AppFixture {
  url: string;
  origin: string;
  token: string;
  dataDir: string;
  open(page: Page, hash?: string): Promise<void>;
}

export const test = base.extend<{ app: AppFixture }>({
  // A full-page screenshot shows every card drawn, as a person scrolling through sees them (see render-all.ts).
  page: async ({ page }, use) => {
    const screenshot = page.screenshot.bind(page);
    page.screenshot = (options) => (options?.fullPage ? withEverythingDrawn(page, () => screenshot(options)) : screenshot(options));
    await use(page);
  },
  // eslint-disable-next-line no-empty-pattern -- Playwright fixtures must destructure their dependencies.
  app: async ({}, use) => {
    const dataDir = await mkdtemp(join(tmpdir(), 'bih-e2e-'));
    const harness = await startHarness({ dataDir });
    await use({
      url: harness.url,
      origin: harness.origin,
      token: harness.token,
      dataDir,
      async open(page, hash = '') {
        await page.goto(`${harness.origin}/?t=${harness.token}${hash ? `#${hash}` : ''}`);
      },
    });
    await harness.close();
    await rm(dataDir, { recursive: true, force: true });
  },
});

/** Calls a contract channel over the harness's HTTP bridge, as the page would; throws the error's message. */
export async function rpc<T>(app: Pick<AppFixture, 'origin' | 'token'>, channel: string, input: unknown): Promise<T> {
  const res = await fetch(`${app.origin}/rpc/${channel}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-bird-token': app.token },
    body: JSON.stringify(input),
  });
  const body = (await res.json()) as { ok: boolean; data: T; error?: { message: string } };
  if (!body.ok) throw new Error(body.error?.message);
  return body.data;
}

export { expect };

/** The plan with Plan B's deadline two days before now (the offer has lapsed). */
export function withLapsedDeadline<P extends { offers: { deadline: string | null }[] }>(plan: P): P {
  const twoDaysAgo = new Date(Date.now() - 2 * 86_400_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
  return { ...plan, offers: plan.offers.map((o) => ({ ...o, deadline: twoDaysAgo })) };
}
