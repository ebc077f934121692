/**
 * The main process entry (electron/main/index.ts) run against the recording
 * Electron fake, with the real services over a real temp data folder. Each
 * test re-imports the entry (it runs at import, as in Electron) with a fresh fake.
 */
import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { CHANNELS } from '@shared/contract';
import type { FakeElectron } from './fake-electron';
import { useMainProcess } from './launch-main';

const entry = useMainProcess();
/** The Electron fake the entry sees in this test, and its temp folder. */
let electron: FakeElectron;
let folder: string;

beforeEach(() => {
  electron = entry.electron();
  folder = entry.folder();
});

/** Imports the entry as Electron would and resolves once the main window exists. */
async function launch() {
  return { electron, window: await entry.launch() };
}

const fromApp = { senderFrame: { url: 'app://bird-in-hand/' }, sender: { id: 1 } };

describe('the main process', () => {
  it('sets up the sandbox, the app scheme and the guard before ready, then opens the app page', async () => {
    const { electron, window } = await launch();
    const ready = electron.calls.indexOf('app.whenReady');
    expect(electron.calls.indexOf('app.enableSandbox')).toBeLessThan(ready);
    expect(electron.calls.indexOf('protocol.registerSchemesAsPrivileged')).toBeLessThan(ready);
    expect(electron.calls.indexOf('app.requestSingleInstanceLock')).toBeLessThan(ready);
    expect(electron.app.listenerCount('web-contents-created')).toBe(1);
    expect(electron.calls.indexOf('protocol.handle:app')).toBeGreaterThan(ready);
    expect(electron.session.defaultSession.permissionCheckHandler?.()).toBe(false);
    expect(window.loadedUrl).toBe('app://bird-in-hand/');
    expect(String(window.options.webPreferences?.preload)).toMatch(/preload[\\/]index\.cjs$/);
  });

  it('serves the contract over IPC with the real services in BIRD_IN_HAND_DATA_DIR', async () => {
    const { electron } = await launch();
    expect([...electron.ipcHandlers.keys()].sort()).toEqual([...CHANNELS].sort());
    const invoke = (channel: string, input: unknown, event: unknown = fromApp) => electron.ipcHandlers.get(channel)!(event, input);

    expect(await invoke('app:info', {})).toMatchObject({
      ok: true,
      data: { transport: 'electron', version: '0.1.0-test', dataDir: join(folder, 'data') },
    });
    expect(await invoke('plans:list', {})).toMatchObject({ ok: true, data: { plans: [] } });
    expect(await invoke('plans:list', {}, { senderFrame: { url: 'https://example.com/' }, sender: { id: 2 } })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
  });

  it('tells every window when a plan changes', async () => {
    const { electron, window } = await launch();
    const created = (await electron.ipcHandlers.get('plans:create')!(fromApp, { from: 'sample' })) as { ok: true; data: { id: string } };
    expect(created.ok).toBe(true);
    expect(await readdir(join(folder, 'data', 'plans'))).toContain(`${created.data.id}.json`);
    expect(window.webContents.sent).toEqual([{ channel: 'event:plans:changed', payload: { id: created.data.id, revision: 1 } }]);
  });

  it('brings the existing window forward when the app is launched again', async () => {
    const { electron, window } = await launch();
    window.minimized = true;
    electron.app.emit('second-instance', {}, [], folder, {});
    expect(window.isMinimized()).toBe(false);
    expect(window.focused).toBe(true);
  });

  it('quits when the last window closes, except on macOS', async () => {
    const { electron } = await launch();
    const platform = Object.getOwnPropertyDescriptor(process, 'platform')!;
    try {
      Object.defineProperty(process, 'platform', { ...platform, value: 'linux' });
      electron.app.emit('window-all-closed');
      expect(electron.app.quitCount).toBe(1);
      Object.defineProperty(process, 'platform', { ...platform, value: 'darwin' });
      electron.app.emit('window-all-closed');
      expect(electron.app.quitCount).toBe(1);
    } finally {
      Object.defineProperty(process, 'platform', platform);
    }
  });

  it('quits at once, touching nothing, when another instance holds the lock', async () => {
    electron.app.gotLock = false;
    await import('../../../electron/main/index');
    expect(electron.app.quitCount).toBe(1);
    expect(electron.calls).not.toContain('app.whenReady');
    expect(electron.ipcHandlers.size).toBe(0);
    expect(electron.windows).toEqual([]);
  });

  it('explains a data folder it cannot use, and exits', async () => {
    const blocker = join(folder, 'not-a-folder');
    await writeFile(blocker, 'a file where the data folder should be');
    process.env.BIRD_IN_HAND_DATA_DIR = join(blocker, 'data');
    const errorBox = electron.nextErrorBox();
    await import('../../../electron/main/index');
    const { title, content } = await errorBox;
    expect(title).toBe('Bird in Hand could not start');
    expect(content).toContain(join(blocker, 'data'));
    expect(content).toMatch(/open Bird in Hand again/);
    expect(electron.app.exitCode).toBe(1);
    expect(electron.windows).toEqual([]);
  });
});
