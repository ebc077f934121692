import { planPath } from '../plan/sections';

/** Where to fix what the board reports: the overview's editor tab (`?tab=offers` or `?tab=roles`). */
export function editorPath(planId: string, tab: 'offers' | 'roles'): string {
  return `${planPath(planId, 'overview')}?tab=${tab}`;
}
