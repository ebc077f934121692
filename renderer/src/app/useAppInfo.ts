import { useEffect, useState } from 'react';
import type { AppInfo } from '@shared/contract';
import { hasBridge } from '../api/planner';
import { appInfo } from './app-info';

/** `app:info` once loaded (null before, or if it failed: callers assume the browser). */
export function useAppInfo(): AppInfo | null {
  const [info, setInfo] = useState<AppInfo | null>(null);
  useEffect(() => {
    // No bridge (a piece rendered on its own): nothing to ask, and no failure worth a warning.
    if (!hasBridge()) return;
    let live = true;
    appInfo()
      .then((value) => live && setInfo(value))
      .catch((error: unknown) => console.warn('app:info failed', error));
    return () => {
      live = false;
    };
  }, []);
  return info;
}
