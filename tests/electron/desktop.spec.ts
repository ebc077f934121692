/**
 * The native menu and plan windows in the real desktop app. Where the
 * Electron binary is not installed these are reported as skipped, with the
 * same reason as smoke.spec.ts.
 */
import { expect, test, type ElectronApplication } from '@playwright/test';
import type { PlannerBridge } from '@shared/contract';
import { electronBinary, launchApp, SKIP_REASON } from './electron-binary';

const binary = electronBinary();

test.describe('menu and windows in the desktop app', () => {
  test.skip(binary === null, SKIP_REASON);

  let app: ElectronApplication;
  let close: () => Promise<void>;

  test.beforeEach(async () => {
    ({ app, close } = await launchApp(binary!, 'bih-electron-desktop-'));
  });

  test.afterEach(async () => {
    await close?.();
  });

  test('the application menu has File, Edit, View and Help with the app actions', async () => {
    await app.firstWindow();
    const menu = await app.evaluate(({ Menu }) =>
      Menu.getApplicationMenu()?.items.map((item) => ({ label: item.label.replace('&', ''), ids: item.submenu?.items.map((i) => i.id) ?? [] })),
    );
    const labels = menu?.map((m) => m.label) ?? [];
    expect(labels).toEqual(expect.arrayContaining(['File', 'Edit', 'View', 'Help']));
    const ids = menu?.flatMap((m) => m.ids) ?? [];
    expect(ids).toEqual(expect.arrayContaining(['new-plan', 'open-plan', 'import-plan', 'undo', 'redo', 'find', 'show-board', 'show-shortcuts']));
  });

  test('a plan opens in a second window, and a save in one reaches the other', async () => {
    const page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
    const created = await page.evaluate(() => (window as unknown as { planner: PlannerBridge }).planner.invoke('plans:create', { from: 'sample' }));
    expect(created.ok).toBe(true);
    const planId = (created as { ok: true; data: { id: string } }).data.id;

    const second = app.waitForEvent('window');
    await page.evaluate(async (id) => (window as unknown as { planner: PlannerBridge }).planner.invoke('windows:openPlan', { planId: id }), planId);
    const planWindow = await second;
    await planWindow.waitForLoadState('domcontentloaded');
    expect(planWindow.url()).toBe(`app://bird-in-hand/#/plans/${planId}/overview`);
    expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(2);

    // The plans list in the first window hears of a rename made in the second.
    await page.evaluate(() => {
      (window as unknown as { heard: unknown[] }).heard = [];
      (window as unknown as { planner: PlannerBridge }).planner.on('plans:changed', (p) => (window as unknown as { heard: unknown[] }).heard.push(p));
    });
    await planWindow.evaluate(async (id) => (window as unknown as { planner: PlannerBridge }).planner.invoke('plans:rename', { id, name: 'Renamed elsewhere' }), planId);
    await expect.poll(() => page.evaluate(() => (window as unknown as { heard: Array<{ id: string }> }).heard.map((h) => h.id))).toContain(planId);
  });
});
