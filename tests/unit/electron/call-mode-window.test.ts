/**
 * Call mode's desktop window, through the real main entry, the recording
 * Electron fake and real services over a temp folder.
 */
import { describe, expect, it } from 'vitest';
import { useMainProcess } from './launch-main';

const main = useMainProcess();
const fromApp = { senderFrame: { url: 'app://bird-in-hand/' }, sender: { id: 1 } };

async function invoke<T = unknown>(channel: string, input: unknown): Promise<{ ok: boolean; data: T; error?: { code: string } }> {
  return (await main.electron().ipcHandlers.get(channel)!(fromApp, input)) as never;
}

describe('call mode in the desktop app', () => {
  it('opens in its own secure window beside the board, at the call address, one per plan', async () => {
    const electron = main.electron();
    const board = await main.launch();
    Object.assign(board.options, { x: 100, y: 50, width: 1000, height: 700 });
    board.focused = true;
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
    const electron = main.electron();
    await main.launch();
    expect(await invoke('windows:openCallMode', { planId: '33333333-3333-4333-8333-333333333333', roleId: 'next' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    const plan = (await invoke<{ id: string }>('plans:create', { from: 'blank' })).data;
    expect(await invoke('windows:openCallMode', { planId: plan.id, roleId: '../../etc' })).toMatchObject({ ok: false });
    expect(electron.BrowserWindow.getAllWindows()).toHaveLength(1);
  });
});
