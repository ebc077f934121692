/**
 * A recording stand-in for the 'electron' module, for unit tests of the main
 * process and preload glue where the Electron binary is not installed. It
 * only stores what it is given and answers in Electron's documented shapes;
 * the tests then assert on what our code passed to Electron.
 *
 * Use: `vi.mock('electron', async () => (await import('./fake-electron')).createFakeElectron())`
 * and get the instance the code under test sees with `await fakeElectron()`;
 * or, to re-import an entry point with a clean fake, `vi.resetModules()` then
 * `vi.doMock('electron', () => fake)` with a new `createFakeElectron()`.
 */
import { EventEmitter } from 'node:events';

type Listener = (...args: unknown[]) => unknown;

export class FakeWebContents extends EventEmitter {
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  readonly sent: Array<{ channel: string; payload: unknown }> = [];
  destroyed = false;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
  send(channel: string, payload: unknown): void {
    this.sent.push({ channel, payload });
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  loading = false;
  isLoading(): boolean {
    return this.loading;
  }
}

export class FakeSession {
  permissionRequestHandler: Listener | null = null;
  permissionCheckHandler: Listener | null = null;
  devicePermissionHandler: Listener | null = null;
  headersListener: Listener | null = null;
  /** Electron's defaults: on, and dictionaries from Google's CDN (null = never changed). */
  spellCheckerEnabled = true;
  dictionaryDownloadUrl: string | null = null;
  setSpellCheckerEnabled(enable: boolean): void {
    this.spellCheckerEnabled = enable;
  }
  setSpellCheckerDictionaryDownloadURL(url: string): void {
    this.dictionaryDownloadUrl = url;
  }
  readonly webRequest = { onHeadersReceived: (listener: Listener) => void (this.headersListener = listener) };
  setPermissionRequestHandler(handler: Listener): void {
    this.permissionRequestHandler = handler;
  }
  setPermissionCheckHandler(handler: Listener): void {
    this.permissionCheckHandler = handler;
  }
  setDevicePermissionHandler(handler: Listener): void {
    this.devicePermissionHandler = handler;
  }
}

/** An order-preserving log of the calls the app made, e.g. `app.enableSandbox`. */
export type CallLog = string[];

export function createFakeElectron() {
  const calls: CallLog = [];
  const windows: FakeBrowserWindow[] = [];
  const windowWaiters: Array<(window: FakeBrowserWindow) => void> = [];

  class FakeBrowserWindow extends EventEmitter {
    static getAllWindows = () => windows.filter((w) => !w.destroyed);
    /** The window tests mark as focused (`focused = true`), newest first. */
    static getFocusedWindow = () => [...windows].reverse().find((w) => !w.destroyed && w.focused) ?? null;
    maximized = false;
    fullScreen = false;
    readonly webContents = new FakeWebContents();
    loadedUrl: string | null = null;
    visible = false;
    minimized = false;
    focused = false;
    destroyed = false;
    constructor(readonly options: Record<string, unknown> & { webPreferences?: Record<string, unknown> }) {
      super();
      calls.push('new BrowserWindow');
      windows.push(this);
      windowWaiters.splice(0).forEach((resolve) => resolve(this));
    }
    loadURL(url: string): Promise<void> {
      this.loadedUrl = url;
      return Promise.resolve();
    }
    show(): void {
      this.visible = true;
    }
    isVisible(): boolean {
      return this.visible;
    }
    isMinimized(): boolean {
      return this.minimized;
    }
    restore(): void {
      this.minimized = false;
    }
    focus(): void {
      this.focused = true;
    }
    isDestroyed(): boolean {
      return this.destroyed;
    }
    getNormalBounds() {
      const o = this.options as { x?: number; y?: number; width?: number; height?: number };
      return { x: o.x ?? 0, y: o.y ?? 0, width: o.width ?? 800, height: o.height ?? 600 };
    }
    isMaximized(): boolean {
      return this.maximized;
    }
    maximize(): void {
      this.maximized = true;
    }
    isFullScreen(): boolean {
      return this.fullScreen;
    }
    /** Closes like a user would: 'close', then destroyed, then 'closed'. */
    close(): void {
      this.emit('close', { preventDefault() {} });
      this.destroyed = true;
      this.emit('closed');
    }
  }

  class FakeApp extends EventEmitter {
    isPackaged = false;
    gotLock = true;
    userDataDir = '/nonexistent/user-data';
    quitCount = 0;
    exitCode: number | null = null;
    enableSandbox = () => void calls.push('app.enableSandbox');
    requestSingleInstanceLock = () => (calls.push('app.requestSingleInstanceLock'), this.gotLock);
    quit = () => void (this.quitCount += 1);
    exit = (code = 0) => void (this.exitCode = code);
    getPath = (name: string) => (name === 'userData' ? this.userDataDir : `/nonexistent/${name}`);
    getVersion = () => '0.1.0-test';
    whenReady = () => (calls.push('app.whenReady'), Promise.resolve());
    name = 'Bird in Hand';
    readonly recentDocuments: string[] = [];
    addRecentDocument = (path: string) => void this.recentDocuments.push(path);
    clearRecentDocuments = () => void this.recentDocuments.splice(0);
  }

  /** Desktop notifications, in the order shown; `click()` acts as the user clicking one. */
  const notifications: FakeNotification[] = [];
  const notificationWaiters: Array<(n: FakeNotification) => void> = [];
  class FakeNotification extends EventEmitter {
    static supported = true;
    static isSupported = () => FakeNotification.supported;
    shown = false;
    constructor(readonly options: { title: string; body: string }) {
      super();
    }
    show(): void {
      this.shown = true;
      notifications.push(this);
      notificationWaiters.splice(0).forEach((resolve) => resolve(this));
    }
    click(): void {
      this.emit('click');
    }
  }

  /** Menus: the last template given to buildFromTemplate, and what setApplicationMenu received. */
  const menus: { template: unknown[] | null; applied: unknown; sets: number } = { template: null, applied: null, sets: 0 };
  const menuWaiters: Array<() => void> = [];
  const displays = [{ id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1040 }, bounds: { x: 0, y: 0, width: 1920, height: 1080 } }];
  const openedPaths: string[] = [];
  /** What reached shell.openExternal, in order. */
  const openedExternal: string[] = [];
  const messageBoxes: Array<Record<string, unknown>> = [];
  const saveDialogs: Array<Record<string, unknown>> = [];
  /** What the next showMessageBox / showSaveDialog answer (tests set these). */
  const answers = { messageBox: 0, saveDialog: { canceled: true, filePath: undefined as string | undefined } };

  const ipcHandlers = new Map<string, Listener>();
  const protocolHandlers = new Map<string, Listener>();
  const schemes: unknown[] = [];
  const errorBoxes: Array<{ title: string; content: string }> = [];
  const errorBoxWaiters: Array<(box: { title: string; content: string }) => void> = [];
  const exposed = new Map<string, unknown>();
  const invocations: Array<{ channel: string; input: unknown }> = [];
  const ipcRenderer = Object.assign(new EventEmitter(), {
    invoke: (channel: string, input: unknown) => (invocations.push({ channel, input }), Promise.resolve({ ok: true, data: `answer to ${channel}` })),
  });

  return {
    calls,
    windows,
    /** Resolves with the next BrowserWindow the code under test creates. */
    nextWindow: () => new Promise<FakeBrowserWindow>((resolve) => windowWaiters.push(resolve)),
    errorBoxes,
    /** Resolves with the next error dialog the code under test shows. */
    nextErrorBox: () => new Promise<{ title: string; content: string }>((resolve) => errorBoxWaiters.push(resolve)),
    ipcHandlers,
    protocolHandlers,
    schemes,
    app: new FakeApp(),
    BrowserWindow: FakeBrowserWindow,
    Notification: FakeNotification,
    notifications,
    /** Resolves with the next notification the code under test shows. */
    nextNotification: () => new Promise<FakeNotification>((resolve) => notificationWaiters.push(resolve)),
    nativeTheme: { shouldUseDarkColors: false },
    session: { defaultSession: new FakeSession() },
    menus,
    /** Resolves after the next Menu.setApplicationMenu call. */
    nextMenu: () => new Promise<void>((resolve) => menuWaiters.push(resolve)),
    displays,
    openedPaths,
    openedExternal,
    messageBoxes,
    saveDialogs,
    answers,
    Menu: {
      buildFromTemplate: (template: unknown[]) => ((menus.template = template), { template }),
      setApplicationMenu: (menu: unknown) => {
        menus.applied = menu;
        menus.sets += 1;
        menuWaiters.splice(0).forEach((resolve) => resolve());
      },
    },
    screen: {
      getAllDisplays: () => displays,
      getPrimaryDisplay: () => displays[0],
    },
    shell: {
      openPath: (path: string) => (openedPaths.push(path), Promise.resolve('')),
      openExternal: (url: string) => (openedExternal.push(url), Promise.resolve()),
    },
    dialog: {
      showMessageBox: (...args: unknown[]) => {
        messageBoxes.push(args.at(-1) as Record<string, unknown>);
        return Promise.resolve({ response: answers.messageBox, checkboxChecked: false });
      },
      showSaveDialog: (...args: unknown[]) => {
        saveDialogs.push(args.at(-1) as Record<string, unknown>);
        return Promise.resolve(answers.saveDialog);
      },
      showErrorBox: (title: string, content: string) => {
        errorBoxes.push({ title, content });
        errorBoxWaiters.splice(0).forEach((resolve) => resolve({ title, content }));
      },
    },
    ipcMain: {
      handle: (channel: string, listener: Listener) => {
        if (ipcHandlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
        calls.push(`ipcMain.handle:${channel}`);
        ipcHandlers.set(channel, listener);
      },
      removeHandler: (channel: string) => void ipcHandlers.delete(channel),
    },
    /** Preload side: what was put into the page's world, and what reached ipcRenderer.invoke. */
    exposed,
    invocations,
    ipcRenderer,
    contextBridge: { exposeInMainWorld: (key: string, api: unknown) => void exposed.set(key, api) },
    protocol: {
      registerSchemesAsPrivileged: (list: unknown[]) => (calls.push('protocol.registerSchemesAsPrivileged'), schemes.push(...list)),
      handle: (scheme: string, handler: Listener) => (calls.push(`protocol.handle:${scheme}`), protocolHandlers.set(scheme, handler)),
    },
  };
}

export type FakeElectron = ReturnType<typeof createFakeElectron>;
export type FakeBrowserWindow = InstanceType<FakeElectron['BrowserWindow']>;

/** The fake the code under test received from its `import ... from 'electron'`. */
export async function fakeElectron(): Promise<FakeElectron> {
  return (await import('electron')) as unknown as FakeElectron;
}
