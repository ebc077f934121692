/** The native menu template: every item is a role or wired to a known action, per platform. */
import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { MENU_ACTIONS, PENDING_MENU_ACTIONS, type MenuAction } from '@shared/menu-actions';
import { buildMenuTemplate, MAIN_COMMANDS, type MenuHandlers } from '../../../electron/main/menu';

type Item = MenuItemConstructorOptions;

function recording() {
  const calls: string[] = [];
  const handlers: MenuHandlers = {
    action: (action) => void calls.push(`action:${action}`),
    openRecent: (id) => void calls.push(`open-recent:${id}`),
    clearRecent: () => void calls.push('clear-recent'),
    openDataFolder: () => void calls.push('open-data-folder'),
  };
  return { calls, handlers };
}

function flatten(items: readonly Item[]): Item[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

const recent = [
  { id: '11111111-1111-4111-8111-111111111111', name: 'Acme vs Globex' },
  { id: '22222222-2222-4222-8222-222222222222', name: 'R&D move' },
];

describe.each(['darwin', 'linux', 'win32'] as const)('the menu on %s', (platform) => {
  const { calls, handlers } = recording();
  const template = buildMenuTemplate({ platform, appName: 'Bird in Hand', recent }, handlers);
  const items = flatten(template);
  const byId = (id: string) => items.find((item) => item.id === id);

  it('has only separators, submenus, roles, or items whose click does what their id says', () => {
    for (const item of items) {
      if (item.type === 'separator' || item.role || (Array.isArray(item.submenu) && !item.click)) continue;
      if (item.enabled === false && !item.click) continue; // "No recent plans"
      expect(item.click, `${item.label} has no click`).toBeTypeOf('function');
      calls.length = 0;
      (item.click as () => void)();
      expect(calls).toHaveLength(1);
      const call = calls[0]!;
      if (call.startsWith('action:')) {
        expect(MENU_ACTIONS).toContain(call.slice('action:'.length));
        expect(call).toBe(`action:${item.id}`);
      } else {
        expect(MAIN_COMMANDS.some((command) => call.startsWith(command))).toBe(true);
      }
    }
  });

  it('offers every page action the palette knows', () => {
    const inMenu = new Set(items.map((item) => item.id));
    for (const action of MENU_ACTIONS) expect(inMenu.has(action), action).toBe(true);
  });

  it('puts shortcuts on New, Open, Undo, Redo, Find and Zoom', () => {
    for (const id of ['new-plan', 'open-plan', 'undo', 'redo', 'find'] as MenuAction[]) expect(byId(id)?.accelerator, id).toBeTruthy();
    for (const role of ['zoomIn', 'zoomOut', 'resetZoom']) expect(items.find((i) => i.role === role)?.accelerator, role).toBeTruthy();
    expect(byId('new-plan')?.accelerator).toBe('CmdOrCtrl+N');
  });

  it('uses roles for the clipboard, Close Window and full screen', () => {
    const roles = items.map((item) => item.role);
    expect(roles).toEqual(expect.arrayContaining(['cut', 'copy', 'paste', 'selectAll', 'close', 'togglefullscreen']));
  });

  it('lists recent plans (escaping & so it is not a mnemonic) and can clear them', () => {
    calls.length = 0;
    const second = byId(`open-recent:${recent[1]!.id}`)!;
    expect(second.label).toBe('R&&D move');
    (second.click as () => void)();
    expect(calls).toEqual([`open-recent:${recent[1]!.id}`]);
    expect(byId('clear-recent')).toBeDefined();
  });

  it('offers the call sheet items, enabled and with their shortcuts, and disables only pending actions', () => {
    expect(byId('print-call-sheet')).toMatchObject({ enabled: true, label: 'Print Call Sheet…', accelerator: 'CmdOrCtrl+P' });
    expect(byId('save-call-sheet-pdf')).toMatchObject({ enabled: true, label: 'Save Call Sheet as PDF…', accelerator: 'CmdOrCtrl+Shift+P' });
    for (const action of MENU_ACTIONS) {
      const item = byId(action);
      if (!item) continue;
      expect(item.enabled, action).toBe(!PENDING_MENU_ACTIONS.has(action));
    }
  });

  it('follows the platform: app menu and Window menu on macOS, Quit in File elsewhere', () => {
    const top = template.map((item) => item.label ?? item.role);
    if (platform === 'darwin') {
      expect(top).toEqual(['Bird in Hand', '&File', '&Edit', '&View', 'windowMenu', '&Help']);
      expect(byId('undo')).not.toHaveProperty('registerAccelerator');
    } else {
      expect(top).toEqual(['&File', '&Edit', '&View', '&Help']);
      const file = template[0]!.submenu as Item[];
      expect(file.at(-1)?.role).toBe('quit');
      // The page handles Ctrl+Z itself, so text fields keep their own undo.
      expect(byId('undo')).toMatchObject({ registerAccelerator: false });
      expect(byId('redo')).toMatchObject({ registerAccelerator: false });
    }
  });
});

describe('the menu with no recent plans', () => {
  it('says so instead of an empty submenu', () => {
    const items = flatten(buildMenuTemplate({ platform: 'linux', appName: 'Bird in Hand', recent: [] }, recording().handlers));
    expect(items.find((i) => i.id === 'open-recent:none')).toMatchObject({ label: 'No recent plans', enabled: false });
    expect(items.find((i) => i.id === 'clear-recent')).toBeUndefined();
  });

  it('has developer tools only when asked', () => {
    const roles = (developer: boolean) =>
      flatten(buildMenuTemplate({ platform: 'linux', appName: 'B', recent: [], developer }, recording().handlers)).map((i) => i.role);
    expect(roles(true)).toContain('toggleDevTools');
    expect(roles(false)).not.toContain('toggleDevTools');
  });
});
