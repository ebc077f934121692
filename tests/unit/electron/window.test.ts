import type { BrowserWindow } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { BACKGROUND, createMainWindow, revealWindow } from '../../../electron/main/window';
import { fakeElectron } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).createFakeElectron());

describe('createMainWindow', () => {
  it('makes a sandboxed, isolated window whose only preload is the built preload script', async () => {
    const electron = await fakeElectron();
    createMainWindow();
    const window = electron.windows.at(-1)!;
    expect(window.options).toMatchObject({
      width: 1200,
      height: 800,
      minWidth: 900,
      minHeight: 600,
      title: 'Bird in Hand',
      show: false,
    });
    const prefs = window.options.webPreferences!;
    expect(prefs).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
    });
    expect(String(prefs.preload).replaceAll('\\', '/')).toMatch(/\/preload\/index\.cjs$/);
    expect(Object.keys(prefs).sort()).toEqual(
      [
        'allowRunningInsecureContent',
        'contextIsolation',
        'nodeIntegration',
        'nodeIntegrationInSubFrames',
        'nodeIntegrationInWorker',
        'preload',
        'sandbox',
        'spellcheck',
        'webSecurity',
        'webviewTag',
      ].sort(),
    );
  });

  it('loads the app origin, or the dev server when given, and shows only once painted', async () => {
    const electron = await fakeElectron();
    createMainWindow();
    const built = electron.windows.at(-1)!;
    expect(built.loadedUrl).toBe('app://bird-in-hand/');
    expect(built.isVisible()).toBe(false);
    built.emit('ready-to-show');
    expect(built.isVisible()).toBe(true);

    createMainWindow({ devUrl: 'http://localhost:5173' });
    expect(electron.windows.at(-1)!.loadedUrl).toBe('http://localhost:5173');
  });

  it('paints the first frame in the theme the user chose', async () => {
    const electron = await fakeElectron();
    createMainWindow({ theme: 'dark' });
    expect(electron.windows.at(-1)!.options.backgroundColor).toBe(BACKGROUND.dark);
    createMainWindow({ theme: 'light' });
    expect(electron.windows.at(-1)!.options.backgroundColor).toBe(BACKGROUND.light);
    electron.nativeTheme.shouldUseDarkColors = true;
    createMainWindow({ theme: 'system' });
    expect(electron.windows.at(-1)!.options.backgroundColor).toBe(BACKGROUND.dark);
  });
});

describe('revealWindow', () => {
  it('restores, shows and focuses a minimised window', async () => {
    const electron = await fakeElectron();
    createMainWindow();
    const window = electron.windows.at(-1)!;
    window.minimized = true;
    revealWindow(window as unknown as BrowserWindow);
    expect(window.isMinimized()).toBe(false);
    expect(window.isVisible()).toBe(true);
    expect(window.focused).toBe(true);
  });
});
