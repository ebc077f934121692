/**
 * The native menu and plan windows in the real desktop app. Where the
 * Electron binary is not installed these are reported as skipped, with the
 * same reason as smoke.spec.ts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test';
import type { PlannerBridge } from '@shared/contract';

const root = resolve(import.meta.dirname, '../..');
const mainEntry = join(root, 'out/main/index.js');

/** The Electron executable, or null (see smoke.spec.ts: `require('electron')` would try to download it). */
function electronBinary(): string | null {
  try {
    const packageDir = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
    const pathFile = join(packageDir, 'path.txt');
    const executable = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
    const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
    if (override) return existsSync(join(override, executable || 'electron')) ? join(override, executable || 'electron') : null;
    if (!executable) return null;
    const binary = join(packageDir, 'dist', executable);
    return existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

const binary = electronBinary();
const SKIP_REASON =
  'Electron binary not installed (run `node node_modules/electron/install.js` with network access, or set ELECTRON_OVERRIDE_DIST_PATH to an unpacked Electron 45); skipping real-Electron specs';

test.describe('menu and windows in the desktop app', () => {
  test.skip(binary === null, SKIP_REASON);

  let app: ElectronApplication;
  let dataDir: string;

  test.beforeEach(async () => {
    expect(existsSync(mainEntry), `${mainEntry} is missing: run \`npx electron-vite build\` first.`).toBe(true);
    dataDir = await mkdtemp(join(tmpdir(), 'bih-electron-desktop-'));
    app = await electron.launch({
      executablePath: binary!,
      args: [...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), mainEntry],
      env: { ...process.env, BIRD_IN_HAND_DATA_DIR: dataDir, ELECTRON_RENDERER_URL: '' },
    });
  });

  test.afterEach(async () => {
    await app?.close();
    await rm(dataDir, { recursive: true, force: true });
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
