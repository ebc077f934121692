/**
 * The native menu as a pure template: a function of the platform, the
 * handlers and the recent plans, so every item's wiring is tested without
 * Electron. App actions are not performed here: they are sent to the page
 * (`menu:action`), which knows what is focused and which plan is open.
 */
import type { MenuItemConstructorOptions } from 'electron';
import { PENDING_MENU_ACTIONS, type MenuAction } from '@shared/menu-actions';

/** Things the main process does itself, without the page. */
export const MAIN_COMMANDS = ['open-recent', 'clear-recent', 'open-data-folder'] as const;
export type MainCommand = (typeof MAIN_COMMANDS)[number];

export interface MenuHandlers {
  /** Sends `menu:action` to the focused window. */
  action(action: MenuAction): void;
  openRecent(planId: string): void;
  clearRecent(): void;
  openDataFolder(): void;
}

export interface MenuOptions {
  platform: NodeJS.Platform;
  appName: string;
  /** Most recent first; plans that no longer exist are left out by the caller. */
  recent: ReadonlyArray<{ id: string; name: string }>;
  /** Adds Reload and Developer Tools (never in a packaged app). */
  developer?: boolean;
}

type Item = MenuItemConstructorOptions;

/** An item that asks the page to perform `action`. Its `id` is the action, for tests and lookups. */
function act(handlers: MenuHandlers, action: MenuAction, label: string, extra: Partial<Item> = {}): Item {
  const pending = PENDING_MENU_ACTIONS.has(action);
  return {
    id: action,
    // A feature that is not built yet says so in its label instead of doing nothing.
    label: pending ? `${label} (in a later version)` : label,
    enabled: !pending,
    click: () => handlers.action(action),
    ...extra,
  };
}

const separator: Item = { type: 'separator' };

function recentSubmenu(options: MenuOptions, handlers: MenuHandlers): Item[] {
  if (options.recent.length === 0) return [{ id: 'open-recent:none', label: 'No recent plans', enabled: false }];
  return [
    ...options.recent.slice(0, 10).map<Item>((plan) => ({
      id: `open-recent:${plan.id}`,
      // `&` would become a mnemonic on Windows and Linux.
      label: plan.name.replaceAll('&', '&&') || 'Untitled plan',
      click: () => handlers.openRecent(plan.id),
    })),
    separator,
    { id: 'clear-recent', label: 'Clear Recent', click: () => handlers.clearRecent() },
  ];
}

/**
 * Undo and Redo are app actions, not the `undo`/`redo` roles: the page decides
 * (a focused text field undoes typing; elsewhere the plan's last edit). On
 * Windows and Linux the shortcut is only shown (`registerAccelerator: false`),
 * so the key press reaches the page, which already handles it; on macOS the
 * menu owns Cmd+Z and the page receives the action.
 */
function editMenu(options: MenuOptions, handlers: MenuHandlers): Item {
  const mac = options.platform === 'darwin';
  const pageKey = mac ? {} : { registerAccelerator: false };
  return {
    label: '&Edit',
    submenu: [
      act(handlers, 'undo', 'Undo', { accelerator: 'CmdOrCtrl+Z', ...pageKey }),
      act(handlers, 'redo', 'Redo', { accelerator: mac ? 'Shift+Cmd+Z' : 'Ctrl+Y', ...pageKey }),
      separator,
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      ...(mac ? [{ role: 'pasteAndMatchStyle' } as Item, { role: 'delete' } as Item] : []),
      { role: 'selectAll' },
      separator,
      act(handlers, 'find', 'Find…', { accelerator: 'CmdOrCtrl+F' }),
      act(handlers, 'command-palette', 'Command Palette…', { accelerator: 'CmdOrCtrl+K' }),
    ],
  };
}

/** The application menu template for `options.platform`. */
export function buildMenuTemplate(options: MenuOptions, handlers: MenuHandlers): Item[] {
  const mac = options.platform === 'darwin';
  const appMenu: Item = {
    label: options.appName,
    submenu: [
      { role: 'about' },
      separator,
      { role: 'services' },
      separator,
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      separator,
      { role: 'quit' },
    ],
  };
  const file: Item = {
    label: '&File',
    submenu: [
      act(handlers, 'new-plan', 'New Plan', { accelerator: 'CmdOrCtrl+N' }),
      act(handlers, 'open-plan', 'Open…', { accelerator: 'CmdOrCtrl+O' }),
      { id: 'open-recent', label: 'Open Recent', submenu: recentSubmenu(options, handlers) },
      separator,
      act(handlers, 'import-plan', 'Import Plan…', { accelerator: 'CmdOrCtrl+Shift+O' }),
      act(handlers, 'export-plan', 'Export Plan…', { accelerator: 'CmdOrCtrl+Shift+E' }),
      act(handlers, 'export-calendar', 'Add Dates to Calendar (.ics)…'),
      separator,
      act(handlers, 'print-call-sheet', 'Print Call Sheet…', { accelerator: 'CmdOrCtrl+P' }),
      act(handlers, 'save-call-sheet-pdf', 'Save Call Sheet as PDF…', { accelerator: 'CmdOrCtrl+Shift+P' }),
      separator,
      { role: 'close', label: 'Close Window' },
      ...(mac ? [] : [separator, { role: 'quit' } as Item]),
    ],
  };
  const view: Item = {
    label: '&View',
    submenu: [
      act(handlers, 'show-board', 'Board', { accelerator: 'CmdOrCtrl+1' }),
      act(handlers, 'show-scenarios', 'Scenarios', { accelerator: 'CmdOrCtrl+2' }),
      act(handlers, 'show-scripts', 'Scripts', { accelerator: 'CmdOrCtrl+3' }),
      act(handlers, 'show-call-sheets', 'Call Sheets', { accelerator: 'CmdOrCtrl+4' }),
      act(handlers, 'start-call', 'Call Mode: Next Call', { accelerator: 'CmdOrCtrl+Shift+K' }),
      separator,
      act(handlers, 'toggle-theme', 'Toggle Light and Dark Theme', { accelerator: 'CmdOrCtrl+Shift+L' }),
      separator,
      { role: 'resetZoom', accelerator: 'CmdOrCtrl+0' },
      { role: 'zoomIn', accelerator: 'CmdOrCtrl+Plus' },
      { role: 'zoomOut', accelerator: 'CmdOrCtrl+-' },
      separator,
      { role: 'togglefullscreen' },
      ...(options.developer ? [separator, { role: 'reload' } as Item, { role: 'toggleDevTools' } as Item] : []),
    ],
  };
  const windowMenu: Item = { role: 'windowMenu' };
  const help: Item = {
    role: 'help',
    label: '&Help',
    submenu: [
      act(handlers, 'show-shortcuts', 'Keyboard Shortcuts', { accelerator: 'CmdOrCtrl+/' }),
      { id: 'open-data-folder', label: 'Open Data Folder', click: () => handlers.openDataFolder() },
    ],
  };
  return [...(mac ? [appMenu] : []), file, editMenu(options, handlers), view, ...(mac ? [windowMenu] : []), help];
}
