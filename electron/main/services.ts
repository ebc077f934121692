/**
 * Builds the services and contract handlers over one data folder. Used by the
 * Electron main process and by the web harness alike, so both run the same
 * code against the same files. No electron import: everything
 * Electron-specific is passed in.
 */
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { AppError } from '@shared/errors';
import { CURRENT_SCHEMA_VERSION } from '@shared/plan';
import type { AppInfo } from '@shared/contract';
import type { Settings } from '@shared/settings';
import type { DesktopService } from './desktop-service';
import type { CallsheetService } from './print/callsheet-service';
import { createHandlers } from './ipc/handlers';
import type { Handlers } from './ipc/dispatch';
import { parseConflictCopy } from '@shared/sync/conflict-copies';
import { watchFolder, type FolderWatch } from './store/folder-watch';
import { withIoErrors } from './store/io-errors';
import { copyPlansFolder, folderProblem } from './store/plans-folder';
import { planIdOfFile } from './store/plan-files';
import { PlanStore } from './store/plan-store';
import { SettingsStore } from './store/settings-store';

export interface ServiceOptions {
  dataDir: string;
  transport: AppInfo['transport'];
  version: string;
  platform?: string;
  /** `from: 'folder'`: seen in the plans folder by the watcher (another computer, another app). */
  onPlanChanged?: (id: string, revision: number | null, from?: 'window' | 'folder') => void;
  now?: () => Date;
  /**
   * Watch the plans folder for changes made elsewhere (a sync tool, another
   * app on the same folder) and tell them through onPlanChanged. The desktop
   * app and the web harness do; in-process tests do not.
   */
  watch?: boolean;
  /** Native windows and dialogs (desktop app); omitted in the browser harness, whose answer is `unsupported`. */
  desktop?: DesktopService;
  /** Call sheets saved as PDF (desktop app); omitted in the browser harness, whose answer is `unsupported`. */
  callsheets?: CallsheetService;
  /** Told after settings change (the desktop reminders follow their switch). */
  onSettingsChanged?: (settings: Settings) => void;
}

/** The id of a `plans:changed` that names no plan: the whole folder changed (every screen reloads its lists). */
const NIL_ID = '00000000-0000-4000-8000-000000000000';

export interface OpenServices {
  handlers: Handlers;
  plans: PlanStore;
  settings: SettingsStore;
  info: AppInfo;
  /** Resolves once the plans folder is watched (at once when not watching). */
  watching: Promise<void>;
  /** Stops watching the folder. */
  close(): Promise<void>;
}

export function dataPaths(dataDir: string) {
  return {
    plansDir: join(dataDir, 'plans'),
    trashDir: join(dataDir, 'trash'),
    backupsDir: join(dataDir, 'backups'),
    settingsFile: join(dataDir, 'settings.json'),
  };
}

export async function openServices(options: ServiceOptions): Promise<OpenServices> {
  const paths = dataPaths(options.dataDir);
  const settings = new SettingsStore({ file: paths.settingsFile });
  const chosen = (await settings.get().catch(() => null))?.plansFolder ?? null;
  const info: AppInfo = {
    name: 'Bird in Hand',
    version: options.version,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    transport: options.transport,
    platform: options.platform ?? process.platform,
    dataDir: options.dataDir,
    plansDir: paths.plansDir,
    plansFolder: options.dataDir,
    folderProblem: null,
  };
  const told = options.onPlanChanged ?? (() => {});
  let watcher: FolderWatch | undefined;
  const handlers = {} as Handlers;
  const services: OpenServices = {
    handlers,
    plans: undefined as unknown as PlanStore,
    settings,
    info,
    watching: Promise.resolve(),
    close: async () => watcher?.close(),
  };

  /**
   * Puts the store over `root` (plans/, trash/, backups/) and rebuilds the
   * handlers in place, so every transport keeps calling the same object. A
   * chosen folder that cannot be used is not created (it may be a drive not
   * mounted yet): the app says so and offers to pick another.
   */
  const openAt = async (root: string, problem: string | null) => {
    const at = dataPaths(root);
    const plans = new PlanStore({ plansDir: at.plansDir, trashDir: at.trashDir, backupsDir: at.backupsDir, now: options.now });
    if (!problem) await plans.init();
    await watcher?.close();
    watcher = options.watch && !problem ? watchPlans(plans, told) : undefined;
    Object.assign(info, { plansDir: at.plansDir, plansFolder: root, folderProblem: problem });
    Object.assign(handlers, createHandlers({
      plans, settings, info, onPlanChanged: options.onPlanChanged, desktop: options.desktop, callsheets: options.callsheets,
      onSettingsChanged: options.onSettingsChanged, now: options.now, useFolder,
    }));
    services.plans = plans;
    services.watching = watcher?.ready ?? Promise.resolve();
  };

  const useFolder = async (path: string, move: boolean): Promise<AppInfo> => {
    const target = resolve(path);
    if (move) await mkdir(target, { recursive: true }).catch(() => {});
    const problem = await folderProblem(target);
    if (problem) throw new AppError('io', `${problem} Choose another folder; nothing was changed.`);
    if (move && target !== info.plansFolder) await withIoErrors('save', () => copyPlansFolder(info.plansFolder!, target, (options.now ?? (() => new Date()))()));
    await settings.setPlansFolder(target === resolve(options.dataDir) ? null : target);
    await openAt(target, null);
    told(NIL_ID, null, 'folder');
    return info;
  };

  await openAt(chosen ?? options.dataDir, chosen ? await folderProblem(chosen) : null);
  await services.watching;
  return services;
}

/**
 * Tells each plan a change in the folder touched, unless it was this store's
 * own write: a plan file changed, appeared or went, or a sync tool's
 * conflict copy of it came or went (the plans screen lists those).
 */
function watchPlans(plans: PlanStore, told: NonNullable<ServiceOptions['onPlanChanged']>): FolderWatch {
  return watchFolder({
    dir: plans.plansDir,
    onChange: (names) =>
      void (async () => {
        for (const name of names) {
          const planId = planIdOfFile(name);
          const copyOf = planId ? undefined : parseConflictCopy(name)?.planId;
          try {
            if (planId) {
              const revision = await plans.changedOnDisk(planId);
              if (revision !== undefined) told(planId, revision, 'folder');
            } else if (copyOf) {
              told(copyOf, (await plans.peek(copyOf).catch(() => null))?.revision ?? null, 'folder');
            }
          } catch (error) {
            console.warn(`A change to ${name} in the plans folder could not be read:`, error);
          }
        }
      })(),
  });
}
