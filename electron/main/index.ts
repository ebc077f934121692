/**
 * The Electron main process: one instance, sandboxed pages served from
 * `app://bird-in-hand/`, the contract's channels over IPC, and the same
 * services the web harness runs, over the user's data folder.
 */
import { join } from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, protocol, session } from 'electron';
import type { Settings } from '@shared/settings';
import { isAppUrl, rendererDevUrl } from './app-origin';
import { rendererDir } from './app-paths';
import { broadcast, registerContract } from './ipc';
import { registerAppScheme, serveAppProtocol } from './protocol';
import { CONTENT_SECURITY_POLICY, devContentSecurityPolicy, guardAllWebContents, hardenSession } from './security';
import { openServices } from './services';
import { createMainWindow, revealWindow, type MainWindowOptions } from './window';

const devUrl = rendererDevUrl(process.env, app.isPackaged);

/**
 * The data folder: `BIRD_IN_HAND_DATA_DIR` when set (tests, portable use),
 * otherwise `data/` in the app's user data folder.
 */
function dataDir(): string {
  return process.env.BIRD_IN_HAND_DATA_DIR || join(app.getPath('userData'), 'data');
}

let mainWindow: BrowserWindow | null = null;
/** Set once the services and IPC are up; no window opens before that. */
let windowOptions: MainWindowOptions | null = null;

function openMainWindow(options: MainWindowOptions): void {
  mainWindow = createMainWindow(options);
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
}

async function start(): Promise<void> {
  const csp = devUrl ? devContentSecurityPolicy(devUrl) : CONTENT_SECURITY_POLICY;
  hardenSession(session.defaultSession, csp);
  serveAppProtocol(protocol, rendererDir, csp);

  const folder = dataDir();
  const services = await openServices({
    dataDir: folder,
    transport: 'electron',
    version: app.getVersion(),
    onPlanChanged: (id, revision) => broadcast('plans:changed', { id, revision }),
  });
  registerContract(ipcMain, services.handlers, (url) => isAppUrl(url, devUrl));

  // The theme only picks the first frame's background; a settings file that
  // cannot be read is reported by the page itself through settings:get.
  const theme = await services.settings.get().then((settings: Settings) => settings.theme).catch(() => 'system' as const);
  windowOptions = { devUrl, theme };
  openMainWindow(windowOptions);
}

function failToStart(error: unknown): void {
  console.error('Bird in Hand could not start', error);
  const detail = error instanceof Error ? error.message : String(error);
  dialog.showErrorBox(
    'Bird in Hand could not start',
    `${detail}\n\nCheck that the data folder (${dataDir()}) exists and that you can write to it, then open Bird in Hand again. Your plans were not changed.`,
  );
  app.exit(1);
}

// These three must happen before `ready`: the sandbox applies to every
// renderer, the scheme's privileges are fixed at startup, and the guard must
// see the very first web contents.
app.enableSandbox();
registerAppScheme(protocol);
guardAllWebContents(app, devUrl);

if (!app.requestSingleInstanceLock()) {
  // Another instance owns the data folder; it will bring its window forward.
  app.quit();
} else {
  app.on('second-instance', () => {
    if (mainWindow) revealWindow(mainWindow);
    else if (windowOptions) openMainWindow(windowOptions);
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    // macOS: clicking the dock icon with no window open reopens one.
    if (windowOptions && BrowserWindow.getAllWindows().length === 0) openMainWindow(windowOptions);
  });
  app.whenReady().then(start).catch(failToStart);
}
