import { matchPath } from 'react-router';

/** The plan id of the current route (`/plans/:planId/...`), or null on the plans screen. */
export function planIdFromPath(pathname: string): string | null {
  const match = matchPath({ path: '/plans/:planId/*' }, pathname) ?? matchPath({ path: '/plans/:planId' }, pathname);
  return match?.params.planId ?? null;
}
