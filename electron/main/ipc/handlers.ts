/**
 * The services behind each contract channel. Nothing here imports electron:
 * the desktop app and the web harness build the same handlers from the same
 * store and differ only in transport and in `AppInfo.transport`.
 */
import type { AppInfo } from '@shared/contract';
import type { Handlers } from './dispatch';
import type { PlanStore } from '../store/plan-store';
import type { SettingsStore } from '../store/settings-store';

export interface Services {
  plans: PlanStore;
  settings: SettingsStore;
  info: AppInfo;
  /** Told after any change to a plan file, to notify other windows. */
  onPlanChanged?: (id: string, revision: number | null) => void;
}

export function createHandlers({ plans, settings, info, onPlanChanged = () => {} }: Services): Handlers {
  const changed = <T extends { id: string; revision: number }>(summary: T): T => {
    onPlanChanged(summary.id, summary.revision);
    return summary;
  };
  return {
    'plans:list': () => plans.list(),
    'plans:create': async ({ from, name }) => changed(await plans.create(from, name)),
    'plans:get': ({ id }) => plans.get(id),
    'plans:save': async ({ plan, baseRevision }) => {
      const result = await plans.save(plan, baseRevision);
      onPlanChanged(plan.id, result.revision);
      return result;
    },
    'plans:rename': async ({ id, name }) => changed(await plans.rename(id, name)),
    'plans:duplicate': async ({ id, name }) => changed(await plans.duplicate(id, name)),
    'plans:delete': async ({ id }) => {
      const entry = await plans.delete(id);
      onPlanChanged(id, null);
      return entry;
    },
    'plans:restore': async ({ trashId }) => changed(await plans.restore(trashId)),
    'plans:trash': () => plans.trash(),
    'settings:get': () => settings.get(),
    'settings:set': (patch) => settings.set(patch),
    'app:info': async () => info,
  };
}
