/**
 * The services behind each contract channel. Nothing here imports electron:
 * the desktop app and the web harness build the same handlers from the same
 * store and differ only in transport and in `AppInfo.transport`.
 */
import type { AppInfo } from '@shared/contract';
import { addRecentPlan } from '@shared/recent-plans';
import { LOCAL_CALLER, type Handlers } from './dispatch';
import { BROWSER_DESKTOP, type DesktopService } from '../desktop-service';
import { AppError } from '@shared/errors';
import { BROWSER_CALLSHEETS, callsheetFileName, type CallsheetService } from '../print/callsheet-service';
import type { Settings } from '@shared/settings';
import { agendaDates } from '../calendar/agenda';
import { planCalendar } from '../calendar/ics-export';
import type { PlanStore } from '../store/plan-store';
import { OtherVersions } from '../store/other-versions';
import { PlanRecovery } from '../store/recovery';
import type { SettingsStore } from '../store/settings-store';

export interface Services {
  plans: PlanStore;
  settings: SettingsStore;
  info: AppInfo;
  /** Told after any change to a plan file, to notify other windows. */
  onPlanChanged?: (id: string, revision: number | null) => void;
  /** Native windows, dialogs and recent documents; the default answers `unsupported` (browser harness). */
  desktop?: DesktopService;
  /** Call sheets saved as PDF (desktop app); the default answers `unsupported` (browser harness). */
  callsheets?: CallsheetService;
  /** Told after settings change (the reminders follow their switch). */
  onSettingsChanged?: (settings: Settings) => void;
  /** The clock for call-by dates in exports and the agenda. */
  now?: () => Date;
  /** Switches the plans folder (see `folder:use`); set by openServices, which owns the store. */
  useFolder?: (path: string, move: boolean) => Promise<AppInfo>;
}

export function createHandlers({ plans, settings, info, onPlanChanged = () => {}, desktop = BROWSER_DESKTOP, callsheets = BROWSER_CALLSHEETS, onSettingsChanged = () => {}, now = () => new Date(), useFolder }: Services): Handlers {
  const recovery = new PlanRecovery(plans);
  const otherVersions = new OtherVersions(plans, now);
  const changed = <T extends { id: string; revision: number }>(summary: T): T => {
    onPlanChanged(summary.id, summary.revision);
    return summary;
  };
  return {
    'plans:list': async () => {
      const listed = await recovery.list();
      return { plans: listed.plans, problems: [...listed.problems, ...(await otherVersions.list(listed.plans))] };
    },
    'plans:mergeOtherVersion': async ({ planId, file }) => {
      const merged = await otherVersions.merge(planId, file);
      changed(merged.plan);
      return merged;
    },
    'plans:create': async ({ from, name }, { client } = LOCAL_CALLER) => changed(await plans.create(from, name, client)),
    // Only plans:get hands a plan to a client to edit, so only it moves that
    // client's save base; every other read peeks (see PlanStore.peek).
    'plans:get': ({ id }, { client } = LOCAL_CALLER) => plans.get(id, client),
    'plans:save': async ({ plan, baseRevision }, { client } = LOCAL_CALLER) => {
      // dispatch has just parsed `plan` with the same Plan schema the store
      // uses; validating a large plan twice was most of a save's time.
      const result = await plans.save(plan, baseRevision, { validated: true, client });
      onPlanChanged(plan.id, result.revision);
      return result;
    },
    'plans:rename': async ({ id, name }, { client } = LOCAL_CALLER) => changed(await plans.rename(id, name, client)),
    'plans:duplicate': async ({ id, name }) => changed(await plans.duplicate(id, name)),
    'plans:delete': async ({ id }) => {
      const entry = await plans.delete(id);
      onPlanChanged(id, null);
      return entry;
    },
    'plans:restore': async ({ trashId }, { client } = LOCAL_CALLER) => changed(await plans.restore(trashId, client)),
    'plans:trash': () => plans.trash(),
    'plans:importText': async ({ text, replace }, { client } = LOCAL_CALLER) => changed(await plans.importText(text, replace ?? false, client)),
    'plans:export': ({ id }) => plans.exportPlan(id),
    'backups:list': ({ planId }) => plans.listBackups(planId),
    'backups:restore': async ({ planId, backupId }, { client } = LOCAL_CALLER) => changed(await plans.restoreBackup(planId, backupId, client)),
    'problems:restoreNewestBackup': async ({ planId }) => {
      const restored = await recovery.restoreNewestBackup(planId);
      changed(restored.plan);
      return restored;
    },
    'trash:purge': ({ trashId }) => recovery.purge(trashId),
    'trash:empty': () => recovery.emptyTrash(),
    'settings:get': () => settings.get(),
    'settings:set': async (patch) => {
      const next = await settings.set(patch);
      onSettingsChanged(next);
      return next;
    },
    'app:info': async () => info,
    'folder:pick': async () => ({ path: await desktop.pickFolder() }),
    'folder:use': async ({ path, move }) => {
      if (!useFolder) throw new AppError('unsupported', 'The plans folder cannot be changed here.');
      return useFolder(path, move);
    },
    'windows:openPlan': async ({ planId }) => {
      await plans.peek(planId); // a plan that is gone gets not-found here, before any window opens
      await desktop.openPlanWindow(planId);
      return { opened: true as const };
    },
    'windows:openCallMode': async ({ planId, roleId }) => {
      await plans.peek(planId);
      await desktop.openCallModeWindow(planId, roleId);
      return { opened: true as const };
    },
    'recent:opened': async ({ planId }) => {
      await plans.peek(planId); // only plans that exist become recent
      const current = await settings.get();
      const next = await settings.set({ recentPlanIds: addRecentPlan(current.recentPlanIds, planId) });
      desktop.recentChanged(next.recentPlanIds);
      return { recentPlanIds: next.recentPlanIds };
    },
    'links:open': async ({ url }) => {
      await desktop.openLink(url);
      return { opened: true as const };
    },
    'plans:exportToFile': async ({ id }) => {
      const { fileName, text } = await plans.exportPlan(id);
      return desktop.exportToFile(fileName, text);
    },
    'calendar:exportIcs': async ({ planId }) => planCalendar(await plans.peek(planId), now()),
    'calendar:exportIcsToFile': async ({ planId }) => {
      const { fileName, text, eventCount } = planCalendar(await plans.peek(planId), now());
      return { ...(await desktop.exportToFile(fileName, text, 'calendar')), eventCount };
    },
    'calendar:agenda': async () => ({ dates: await agendaDates(plans, now()) }),
    'callsheet:exportPdf': async (input) => {
      const plan = await plans.peek(input.planId);
      const role = input.target === 'pack' ? undefined : plan.dreamRoles.find((r) => r.id === input.target);
      if (input.target !== 'pack' && !role) {
        throw new AppError('not-found', 'This dream role is no longer in the plan. Pick another role or print the call pack.');
      }
      const suggestedName = role ? callsheetFileName('sheet', role.company || role.role) : callsheetFileName('pack', plan.name);
      return callsheets.exportPdf({ ...input, suggestedName });
    },
  };
}
