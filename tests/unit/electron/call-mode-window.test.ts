/**
 * Call mode's desktop window, through the real main entry, the recording
 * Electron fake and real services over a temp folder.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createFakeElectron, type FakeElectron } from './fake-electron';

let folder: string;
let savedDataDir: string | undefined;
let electron: FakeElectron;
const fromApp = { senderFrame: { url: 'app://bird-in-hand/' }, sender: { id: 1 } };

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'bih-callmode-'));
  savedDataDir = process.env.BIRD_IN_HAND_DATA_DIR;
  process.env.BIRD_IN_HAND_DATA_DIR = join(folder, 'data');
  vi.resetModules();
  electron = createFakeElectron();
  vi.doMock('electron', () => electron);
});

afterEach(async () => {
  vi.doUnmock('electron');
  if (savedDataDir === undefined) delete process.env.BIRD_IN_HAND_DATA_DIR;
  else process.env.BIRD_IN_HAND_DATA_DIR = savedDataDir;
  await rm(folder, { recursive: true, force: true });
});

async function launch() {
  const window = electron.nextWindow();
  const menu = electron.nextMenu();
  await import('../../../electron/main/index');
  await menu;
  return window;
}

async function invoke<T = unknown>(channel: string, input: unknown): Promise<{ ok: boolean; data: T; error?: { code: string } }> {
  return (await electron.ipcHandlers.get(channel)!(fromApp, input)) as never;
}

describe('call mode in the desktop app', () => {
  it('opens in its own secure window beside the board, at the call address, one per plan', async () => {
    const main = await launch();
    main.options.x = 100;
    main.options.y = 50;
    main.options.width = 1000;
    main.options.height = 700;
    main.focused = true;
    const plan = (await invoke<{ id: string; dreamRoles: { id: string }[] }>('plans:create', { from: 'sample' })).data;
    const roleId = plan.dreamRoles[0]!.id;
    const opened = electron.nextWindow();
    expect(await invoke('windows:openCallMode', { planId: plan.id, roleId })).toMatchObject({ ok: true, data: { opened: true } });
    const window = await opened;
    expect(window.loadedUrl).toBe(`app://bird-in-hand/#/plans/${plan.id}/call/${roleId}`);
    const prefs = window.options.webPreferences!;
    expect(prefs).toMatchObject({
      sandbox: true, contextIsolation: true, nodeIntegration: false, nodeIntegrationInWorker: false, nodeIntegrationInSubFrames: false,
      webSecurity: true, allowRunningInsecureContent: false, webviewTag: false,
    });
    expect(String(prefs.preload).replaceAll('\\', '/')).toMatch(/\/preload\/index\.cjs$/);
    // Beside the board (to its right, or moved onto the screen), narrower than it.
    expect(window.options).toMatchObject({ width: 640, height: 700, minWidth: 520 });
    expect(window.options.x).not.toBe(100);

    // A second call on the same plan reuses the window and moves it to that call.
    await invoke('windows:openCallMode', { planId: plan.id, roleId: 'next' });
    expect(electron.BrowserWindow.getAllWindows()).toHaveLength(2);
    expect(window.loadedUrl).toBe(`app://bird-in-hand/#/plans/${plan.id}/call/next`);
  });

  it('refuses a plan that is not there, and a role id that is not an id, before any window opens', async () => {
    await launch();
    expect(await invoke('windows:openCallMode', { planId: '33333333-3333-4333-8333-333333333333', roleId: 'next' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    const plan = (await invoke<{ id: string }>('plans:create', { from: 'blank' })).data;
    expect(await invoke('windows:openCallMode', { planId: plan.id, roleId: '../../etc' })).toMatchObject({ ok: false });
    expect(electron.BrowserWindow.getAllWindows()).toHaveLength(1);
  });
});
