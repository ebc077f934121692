/**
 * What only the desktop app can do for a contract channel: open native
 * windows and save dialogs, tell the OS about recent documents. The handlers
 * receive it as a plain object, so they stay free of electron imports; the
 * web harness gets `BROWSER_DESKTOP`, which answers `unsupported` in words a
 * person can act on.
 */
import { AppError } from '@shared/errors';

/** What is being saved: a plan file, or a plan's dates as a calendar. */
export type ExportKind = 'plan' | 'calendar';

export interface DesktopService {
  /** Opens (or brings forward) a window showing the plan. */
  openPlanWindow(planId: string): Promise<void>;
  /** Opens (or brings forward) the plan's call mode window for one dream role (`next`: the first in the call order). */
  openCallModeWindow(planId: string, roleId: string): Promise<void>;
  /**
   * Asks where to save `text` (suggesting `fileName`) and writes it durably;
   * `saved: false` when cancelled. `kind` picks the dialog's words and file types.
   */
  exportToFile(fileName: string, text: string, kind?: ExportKind): Promise<{ saved: boolean; fileName: string }>;
  /** The recent plans changed (rebuild the Open Recent menu, tell the OS). */
  recentChanged(recentPlanIds: readonly string[]): void;
  /** Hands a `tel:` or `mailto:` link to the OS (dial, write); refuses anything off the allow-list. */
  openLink(url: string): Promise<void>;
  /** A native folder picker; null when cancelled. */
  pickFolder(): Promise<string | null>;
}

/** The browser harness: no native windows or dialogs; recent plans still live in settings. */
export const BROWSER_DESKTOP: DesktopService = {
  openPlanWindow: async () => {
    throw new AppError(
      'unsupported',
      'A new window is not available in the browser. Open the plan in another tab instead (middle-click or Ctrl+click its name).',
    );
  },
  openCallModeWindow: async () => {
    throw new AppError('unsupported', 'Call mode opens in this window in the browser.');
  },
  exportToFile: async () => {
    throw new AppError('unsupported', 'Saving through a file dialog is only in the desktop app. In the browser, Export downloads the file.');
  },
  recentChanged: () => {},
  openLink: async () => {
    throw new AppError('unsupported', 'In the browser, phone and e-mail links open by themselves; nothing needs the app for that.');
  },
  pickFolder: async () => {
    throw new AppError('unsupported', 'In the browser there is no folder picker: type the folder’s path instead.');
  },
};
