/**
 * Builds the services and contract handlers over one data folder. Used by the
 * Electron main process and by the web harness alike, so both run the same
 * code against the same files. No electron import: everything
 * Electron-specific is passed in.
 */
import { join } from 'node:path';
import { CURRENT_SCHEMA_VERSION } from '@shared/plan';
import type { AppInfo } from '@shared/contract';
import type { Settings } from '@shared/settings';
import type { DesktopService } from './desktop-service';
import type { CallsheetService } from './print/callsheet-service';
import { createHandlers } from './ipc/handlers';
import type { Handlers } from './ipc/dispatch';
import { PlanStore } from './store/plan-store';
import { SettingsStore } from './store/settings-store';

export interface ServiceOptions {
  dataDir: string;
  transport: AppInfo['transport'];
  version: string;
  platform?: string;
  onPlanChanged?: (id: string, revision: number | null) => void;
  now?: () => Date;
  /** Native windows and dialogs (desktop app); omitted in the browser harness, whose answer is `unsupported`. */
  desktop?: DesktopService;
  /** Call sheets saved as PDF (desktop app); omitted in the browser harness, whose answer is `unsupported`. */
  callsheets?: CallsheetService;
  /** Told after settings change (the desktop reminders follow their switch). */
  onSettingsChanged?: (settings: Settings) => void;
}

export interface OpenServices {
  handlers: Handlers;
  plans: PlanStore;
  settings: SettingsStore;
  info: AppInfo;
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
  const plans = new PlanStore({ plansDir: paths.plansDir, trashDir: paths.trashDir, backupsDir: paths.backupsDir, now: options.now });
  await plans.init();
  const settings = new SettingsStore({ file: paths.settingsFile });
  const info: AppInfo = {
    name: 'Bird in Hand',
    version: options.version,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    transport: options.transport,
    platform: options.platform ?? process.platform,
    dataDir: options.dataDir,
    plansDir: paths.plansDir,
  };
  const handlers = createHandlers({
    plans, settings, info, onPlanChanged: options.onPlanChanged, desktop: options.desktop, callsheets: options.callsheets,
    onSettingsChanged: options.onSettingsChanged, now: options.now,
  });
  return { handlers, plans, settings, info };
}
