/**
 * The real desktop app, launched with Playwright's Electron driver on the
 * built output (`npx electron-vite build` first). Where the Electron binary
 * is not installed these specs are reported as skipped, with the reason.
 */
import { expect, test, type ElectronApplication } from '@playwright/test';
import type { PlannerBridge } from '@shared/contract';
import { electronBinary, launchApp, SKIP_REASON } from './electron-binary';

const binary = electronBinary();
const hasBinary = binary !== null;

// The list reporter shows "skipped" without a reason: say why once, while the runner collects the specs.
if (!hasBinary && process.env.TEST_WORKER_INDEX === undefined) console.warn(`[tests/electron] ${SKIP_REASON}`);

test.describe('the desktop app', () => {
  test.skip(!hasBinary, SKIP_REASON);

  let app: ElectronApplication;
  let close: () => Promise<void>;

  test.beforeEach(async () => {
    ({ app, close } = await launchApp(binary!, 'bih-electron-'));
  });

  test.afterEach(async () => {
    await close?.();
  });

  test('opens the planner window from the app origin', async () => {
    const page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
    expect(page.url()).toMatch(/^app:\/\/bird-in-hand\//);
    const title = await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.getTitle());
    expect(title).toContain('Bird in Hand');
  });

  test('gives the page window.planner with only invoke and on, and plans:list works', async () => {
    const page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
    const exposed = await page.evaluate(() => {
      const w = window as unknown as { planner: PlannerBridge; require?: unknown; ipcRenderer?: unknown; process?: unknown };
      return { keys: Object.keys(w.planner).sort(), node: [typeof w.require, typeof w.ipcRenderer, typeof w.process] };
    });
    expect(exposed).toEqual({ keys: ['invoke', 'on'], node: ['undefined', 'undefined', 'undefined'] });

    const answer = await page.evaluate(() =>
      (window as unknown as { planner: PlannerBridge }).planner.invoke('plans:list', {}),
    );
    expect(answer).toEqual({ ok: true, data: { plans: [], problems: [] } });
  });
});
