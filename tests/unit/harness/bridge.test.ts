/**
 * The bridge script in a real browser (Debian's Chromium, as the e2e specs
 * use): it must define `window.planner` before the app module runs, under the
 * desktop CSP, keep the token out of the address bar, and speak the contract.
 */
import type { IncomingMessage } from 'node:http';
import { chromium, type Browser, type Page } from '@playwright/test';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { PlannerBridge, Result } from '@shared/contract';
import { startFixture, type Fixture } from './harness-fixture';

/**
 * Inside page.evaluate, the bare global `planner` is `window.planner`; typing
 * it here keeps these tests independent of where the app declares Window.
 */
declare const planner: PlannerBridge;

let browser: Browser;
beforeAll(async () => {
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
});
afterAll(() => browser?.close());

let fx: Fixture;
let page: Page;
const problems: string[] = [];
beforeEach(async () => {
  fx = await startFixture();
  page = await browser.newPage();
  problems.length = 0;
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  page.on('pageerror', (e) => problems.push(e.message));
});
afterEach(async () => {
  await page.close();
  await fx.cleanup();
});

/** Resolves with the server side of the next event stream the page opens. */
function nextEventStream(): Promise<IncomingMessage> {
  return new Promise((resolve) => {
    const onRequest = (req: IncomingMessage) => {
      if (!req.url?.startsWith('/__harness/events')) return;
      fx.harness.server.off('request', onRequest);
      resolve(req);
    };
    fx.harness.server.on('request', onRequest);
  });
}

describe('web harness bridge (window.planner) in Chromium', () => {
  it('is ready before the app module runs, under the desktop CSP', async () => {
    await page.goto(fx.harness.url);
    await expect.poll(() => page.textContent('#root')).toBe('planner ready');
    const shape = await page.evaluate(() => ({
      frozen: Object.isFrozen(planner),
      keys: Object.keys(planner).sort(),
    }));
    expect(shape).toEqual({ frozen: true, keys: ['invoke', 'on'] });
    expect(problems).toEqual([]);
  });

  it('moves the token from the address into this tab, keeping the hash, and survives a reload', async () => {
    await page.goto(`${fx.harness.origin}/?t=${fx.harness.token}&view=board#/plans/abc`);
    expect(page.url()).toBe(`${fx.harness.origin}/?view=board#/plans/abc`);
    await page.reload();
    const result = await page.evaluate(() => planner.invoke('plans:create', { from: 'sample', name: 'After reload' }));
    expect(result).toMatchObject({ ok: true, data: { name: 'After reload' } });
    const listed = (await page.evaluate(() => planner.invoke('plans:list', {}))) as Result<{ plans: { name: string }[] }>;
    expect(listed.ok && listed.data.plans.map((p) => p.name)).toEqual(['After reload']);
  });

  it('returns the Result of a refused call as is', async () => {
    await page.goto(fx.harness.url);
    const result = await page.evaluate(() => planner.invoke('plans:create', { from: 'nowhere' } as never));
    expect(result).toMatchObject({ ok: false, error: { code: 'validation' } });
  });

  it('gets forbidden, with what to do, when the page was opened without the token', async () => {
    await page.goto(`${fx.harness.origin}/`);
    const result = await page.evaluate(() => planner.invoke('plans:list', {}));
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden', message: expect.stringContaining('npm run web') } });
  });

  it('delivers plans:changed to on() listeners, and closes the stream when the last one leaves', async () => {
    await page.goto(fx.harness.url);
    const stream = nextEventStream();
    await page.evaluate(() => {
      const got: unknown[] = [];
      (window as unknown as { got: unknown[] }).got = got;
      (window as unknown as { off: () => void }).off = planner.on('plans:changed', (payload) => got.push(payload));
    });
    const serverSide = await stream;
    const created = (await page.evaluate(() => planner.invoke('plans:create', { from: 'blank' }))) as Result<{ id: string }>;
    expect(created.ok).toBe(true);
    await page.waitForFunction(() => (window as unknown as { got: unknown[] }).got.length > 0);
    const got = await page.evaluate(() => (window as unknown as { got: unknown[] }).got);
    expect(got).toEqual([{ id: created.ok && created.data.id, revision: 1 }]);

    const streamClosed = new Promise<void>((resolve) => serverSide.once('close', () => resolve()));
    await page.evaluate(() => (window as unknown as { off: () => void }).off());
    await streamClosed;
  });

  it('says it lost contact when the harness is gone', async () => {
    await page.goto(fx.harness.url);
    await fx.harness.close();
    const result = await page.evaluate(() => planner.invoke('plans:list', {}));
    expect(result).toEqual({
      ok: false,
      error: { code: 'io', message: 'Lost contact with the Bird in Hand web harness. Is `npm run web` still running?' },
    });
  });
});
