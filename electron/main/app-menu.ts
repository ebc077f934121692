/**
 * Installs the native menu and keeps Open Recent current. Menu actions go to
 * the focused window as `menu:action`; with no window open (macOS), the main
 * window opens first.
 */
import { app, BrowserWindow, Menu, shell } from 'electron';
import type { MenuAction } from '@shared/menu-actions';
import { recentPlansThatExist } from '@shared/recent-plans';
import { broadcast } from './ipc';
import { buildMenuTemplate } from './menu';
import type { PlanStore } from './store/plan-store';
import type { SettingsStore } from './store/settings-store';
import type { AppWindows } from './windows';

export interface AppMenuDeps {
  windows: AppWindows;
  plans: Pick<PlanStore, 'list'>;
  settings: Pick<SettingsStore, 'get' | 'set'>;
  dataDir: string;
  developer: boolean;
}

/** The window a menu action is for: the focused one, or the main window (opened if needed). */
function targetWindow(windows: AppWindows): BrowserWindow {
  return BrowserWindow.getFocusedWindow() ?? windows.openMain();
}

/** Sends a page action to one window (validated like every event). */
export function sendToWindow(window: BrowserWindow, action: MenuAction): void {
  broadcast('menu:action', { action }, [window]);
}

/** Builds and sets the menu; returns `refresh`, which rebuilds it from the current recent plans. */
export function installAppMenu(deps: AppMenuDeps): { refresh: () => Promise<void> } {
  const refresh = async () => {
    let recent: Array<{ id: string; name: string }> = [];
    try {
      const [settings, { plans }] = await Promise.all([deps.settings.get(), deps.plans.list()]);
      recent = recentPlansThatExist(settings.recentPlanIds, plans);
    } catch (error) {
      console.warn('Open Recent could not be filled', error);
    }
    const template = buildMenuTemplate(
      { platform: process.platform, appName: app.name || 'Bird in Hand', recent, developer: deps.developer },
      {
        action: (action) => sendToWindow(targetWindow(deps.windows), action),
        openRecent: (planId) => {
          const window = targetWindow(deps.windows);
          broadcast('plans:open', { planId }, [window]);
        },
        clearRecent: () => {
          app.clearRecentDocuments();
          void deps.settings.set({ recentPlanIds: [] }).then(refresh);
        },
        openDataFolder: () => {
          void shell.openPath(deps.dataDir).then((problem) => {
            if (problem) console.warn(`The data folder could not be opened: ${problem}`);
          });
        },
      },
    );
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  };
  void refresh();
  return { refresh };
}
