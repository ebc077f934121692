import { useEffect, useState } from 'react';
import type { AppInfo } from '@shared/contract';
import { appInfo } from './app-info';

/** `app:info` once loaded (null before, or if it failed: callers assume the browser). */
export function useAppInfo(): AppInfo | null {
  const [info, setInfo] = useState<AppInfo | null>(null);
  useEffect(() => {
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
