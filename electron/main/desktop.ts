/**
 * The desktop app's DesktopService: native windows, the save dialog, the
 * OS recent documents and tel:/mailto: links, behind the plain interface the
 * handlers know.
 */
import { basename, join } from 'node:path';
import { app, BrowserWindow, dialog, shell } from 'electron';
import { AppError } from '@shared/errors';
import type { DesktopService, ExportKind } from './desktop-service';
import { openExternal } from './open-external';
import { writeFileDurable } from './store/durable-write';
import type { AppWindows } from './windows';

export interface DesktopDeps {
  windows: () => AppWindows | null;
  plansDir: string;
  /** Rebuild the menu's Open Recent. */
  onRecentChanged: (ids: readonly string[]) => void;
}

/** The plan file of `planId` in the plans folder: what the OS lists as a recent document. */
export function planFilePath(plansDir: string, planId: string): string {
  return join(plansDir, `${planId}.json`);
}

/** The save dialog's words and file types for each kind of export. */
export const EXPORT_DIALOGS: Record<ExportKind, { title: string; filters: { name: string; extensions: string[] }[]; what: string }> = {
  plan: { title: 'Export plan', filters: [{ name: 'Bird in Hand plan', extensions: ['json', 'birdplan'] }], what: 'The plan' },
  calendar: { title: 'Export dates to your calendar', filters: [{ name: 'Calendar file', extensions: ['ics'] }], what: 'The calendar file' },
};

export function createDesktopService({ windows, plansDir, onRecentChanged }: DesktopDeps): DesktopService {
  return {
    openPlanWindow: async (planId) => {
      const manager = windows();
      if (!manager) throw new AppError('internal', 'Bird in Hand is still starting. Try again in a moment.');
      manager.openPlan(planId);
    },
    openCallModeWindow: async (planId, roleId) => {
      const manager = windows();
      if (!manager) throw new AppError('internal', 'Bird in Hand is still starting. Try again in a moment.');
      manager.openCallMode(planId, roleId);
    },
    exportToFile: async (fileName, text, kind = 'plan') => {
      const owner = BrowserWindow.getFocusedWindow();
      const { title, filters, what } = EXPORT_DIALOGS[kind];
      const options = { title, defaultPath: join(app.getPath('documents'), fileName), buttonLabel: 'Export', filters };
      const choice = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
      if (choice.canceled || !choice.filePath) return { saved: false, fileName };
      try {
        await writeFileDurable(choice.filePath, text);
      } catch (error) {
        const why = error instanceof Error && 'code' in error ? ` (${String((error as { code: unknown }).code)})` : '';
        throw new AppError('io', `${what} could not be written to ${choice.filePath}${why}. Choose a folder you can write to and try again.`);
      }
      return { saved: true, fileName: basename(choice.filePath) };
    },
    recentChanged: (ids) => {
      const first = ids[0];
      if (first) app.addRecentDocument(planFilePath(plansDir, first));
      onRecentChanged(ids);
    },
    pickFolder: async () => {
      const owner = BrowserWindow.getFocusedWindow();
      const options = { title: 'Keep plans in a folder', buttonLabel: 'Use this folder', properties: ['openDirectory', 'createDirectory'] as Array<'openDirectory' | 'createDirectory'> };
      const choice = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
      return choice.canceled ? null : (choice.filePaths[0] ?? null);
    },
    openLink: async (url) => {
      if (!(await openExternal(shell, url))) {
        throw new AppError('forbidden', 'Bird in Hand opens only phone numbers and e-mail addresses outside the app, and this link is neither.');
      }
    },
  };
}
