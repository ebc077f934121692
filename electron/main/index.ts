/**
 * The Electron main process: one instance, sandboxed pages served from
 * `app://bird-in-hand/`, the contract's channels over IPC, and the same
 * services the web harness runs, over the user's data folder. Plus the
 * desktop parts: the native menu, plan windows, recent documents, and plan
 * files handed over by the OS or a second launch.
 */
import { join } from 'node:path';
import { app, dialog, ipcMain, protocol, session, type BrowserWindow } from 'electron';
import type { Settings } from '@shared/settings';
import { isAppUrl, rendererDevUrl } from './app-origin';
import { installAppMenu } from './app-menu';
import { rendererDir } from './app-paths';
import { planFileFromArgv } from './argv';
import { createDesktopService } from './desktop';
import { broadcast, registerContract } from './ipc';
import { openPlanFile, type ClashChoice } from './open-plan-file';
import { createDesktopCallsheets } from './print/electron-print';
import { registerAppScheme, serveAppProtocol } from './protocol';
import { CONTENT_SECURITY_POLICY, devContentSecurityPolicy, guardAllWebContents, hardenSession } from './security';
import { openServices, type OpenServices } from './services';
import { agendaDates } from './calendar/agenda';
import { DesktopReminders } from './reminders';
import { AppWindows } from './windows';

const devUrl = rendererDevUrl(process.env, app.isPackaged);

/**
 * The data folder: `BIRD_IN_HAND_DATA_DIR` when set (tests, portable use),
 * otherwise `data/` in the app's user data folder.
 */
function dataDir(): string {
  return process.env.BIRD_IN_HAND_DATA_DIR || join(app.getPath('userData'), 'data');
}

/** Set once the services, IPC and windows are up; nothing opens before that. */
let windows: AppWindows | null = null;
let services: OpenServices | null = null;
/** Plan files the OS handed over before the app was ready (macOS `open-file` at launch). */
const pendingFiles: string[] = [];
let refreshMenu: () => void = () => {};
let reminders: DesktopReminders | null = null;

const CLASH_BUTTONS: Array<{ label: string; choice: ClashChoice }> = [
  { label: 'Open the existing plan', choice: 'open-existing' },
  { label: 'Import as a copy', choice: 'import-copy' },
  { label: 'Replace it (a backup is made first)', choice: 'replace' },
  { label: 'Cancel', choice: 'cancel' },
];

async function askOnClash(owner: BrowserWindow | null, planName: string): Promise<ClashChoice> {
  const options = {
    type: 'question' as const,
    title: 'This plan is already in Bird in Hand',
    message: `“${planName}” is already in Bird in Hand.`,
    detail: 'Open the plan you have, import the file as a separate copy, or replace your plan with the file.',
    buttons: CLASH_BUTTONS.map((button) => button.label),
    defaultId: 0,
    cancelId: CLASH_BUTTONS.length - 1,
  };
  const { response } = owner ? await dialog.showMessageBox(owner, options) : await dialog.showMessageBox(options);
  return CLASH_BUTTONS[response]?.choice ?? 'cancel';
}

/** Opens (importing if needed) a plan file and shows it in the main window. */
async function handlePlanFile(path: string): Promise<void> {
  if (!windows || !services) {
    pendingFiles.push(path);
    return;
  }
  const main = windows.openMain();
  const result = await openPlanFile(path, {
    plans: services.plans,
    plansDir: services.info.plansDir,
    askOnClash: (name) => askOnClash(main, name),
  });
  if (result.kind === 'failed') {
    await dialog.showMessageBox(main, { type: 'error', title: 'The plan file was not opened', message: 'The plan file was not opened', detail: result.message });
    return;
  }
  if (result.kind === 'cancelled') return;
  if (result.imported) broadcast('plans:changed', { id: result.planId, revision: result.revision ?? null });
  app.addRecentDocument(path);
  showPlanIn(main, result.planId);
}

/** Shows a plan in `window` (on the board when asked), once its page is up. */
function showPlanIn(window: BrowserWindow, planId: string, section?: 'board'): void {
  const payload = section ? { planId, section } : { planId };
  if (window.webContents.isLoading()) {
    window.webContents.once('did-finish-load', () => broadcast('plans:open', payload, [window]));
  } else {
    broadcast('plans:open', payload, [window]);
  }
}

async function start(): Promise<void> {
  const csp = devUrl ? devContentSecurityPolicy(devUrl) : CONTENT_SECURITY_POLICY;
  hardenSession(session.defaultSession, csp);
  serveAppProtocol(protocol, rendererDir, csp);

  const folder = dataDir();
  let menuTimer: ReturnType<typeof setTimeout> | null = null;
  let remindersTimer: ReturnType<typeof setTimeout> | null = null;
  const opened = await openServices({
    dataDir: folder,
    transport: 'electron',
    version: app.getVersion(),
    watch: true,
    onPlanChanged: (id, revision, from) => {
      broadcast('plans:changed', { id, revision, ...(from ? { from } : {}) });
      // A rename or delete may change Open Recent; settle autosaves first.
      if (menuTimer) clearTimeout(menuTimer);
      menuTimer = setTimeout(() => refreshMenu(), 1500);
      // Autosaves come in bursts: rebuild the reminders once they settle.
      if (remindersTimer) clearTimeout(remindersTimer);
      remindersTimer = setTimeout(() => void reminders?.rebuild(), 1500);
    },
    onSettingsChanged: () => void reminders?.rebuild(),
    desktop: createDesktopService({
      windows: () => windows,
      plansDir: join(folder, 'plans'),
      onRecentChanged: () => refreshMenu(),
    }),
    callsheets: createDesktopCallsheets(devUrl),
  });
  services = opened;
  registerContract(ipcMain, opened.handlers, (url) => isAppUrl(url, devUrl));

  // The theme only picks the first frame's background; a settings file that
  // cannot be read is reported by the page itself through settings:get.
  const settings = await opened.settings.get().catch(() => null as Settings | null);
  windows = new AppWindows({ devUrl, theme: settings?.theme ?? 'system' }, opened.settings, settings?.windowBounds ?? {});
  const menu = installAppMenu({ windows, plans: opened.plans, settings: opened.settings, dataDir: folder, developer: !app.isPackaged });
  refreshMenu = () => void menu.refresh();
  windows.openMain();
  reminders = new DesktopReminders({
    loadDates: () => agendaDates(opened.plans, new Date()),
    enabled: async () => (await opened.settings.get()).reminders,
    openPlan: (planId) => {
      if (windows) showPlanIn(windows.openMain(), planId, 'board');
    },
  });
  void reminders.rebuild();

  const fromArgv = planFileFromArgv(process.argv, process.cwd());
  for (const path of [...(fromArgv ? [fromArgv] : []), ...pendingFiles.splice(0)]) await handlePlanFile(path);
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

// These must happen before `ready`: the sandbox applies to every renderer,
// the scheme's privileges are fixed at startup, the guard must see the very
// first web contents, and macOS sends `open-file` for a double-clicked plan
// before the app is ready.
app.enableSandbox();
registerAppScheme(protocol);
guardAllWebContents(app, devUrl);

if (!app.requestSingleInstanceLock()) {
  // Another instance owns the data folder; it gets our arguments through
  // 'second-instance' and brings its window forward (or opens the plan file).
  app.quit();
} else {
  app.on('second-instance', (_event, argv: string[], workingDirectory: string) => {
    const file = planFileFromArgv(argv, workingDirectory);
    if (file) void handlePlanFile(file);
    else windows?.openMain();
  });
  app.on('open-file', (event, path: string) => {
    event.preventDefault();
    void handlePlanFile(path);
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    // macOS: clicking the dock icon with no window open reopens one.
    if (windows && windows.any() === null) windows.openMain();
  });
  app.whenReady().then(start).catch(failToStart);
}
