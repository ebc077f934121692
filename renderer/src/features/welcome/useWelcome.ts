import { useCallback, useEffect, useState } from 'react';
import { call } from '../../api/planner';
import { appInfo } from '../../app/app-info';

export type WelcomeState = { show: false } | { show: true; dataDir: string | null };

/**
 * Whether to show the first-run welcome (settings.welcomed is false), and
 * where the data lives. `dismiss` records that it was seen, in every window.
 */
export function useWelcome(): { welcome: WelcomeState; dismiss: () => void } {
  const [welcome, setWelcome] = useState<WelcomeState>({ show: false });

  useEffect(() => {
    let live = true;
    Promise.all([call('settings:get', {}), appInfo().catch(() => null)])
      .then(([settings, info]) => {
        if (live && !settings.welcomed) setWelcome({ show: true, dataDir: info?.dataDir ?? null });
      })
      // Not knowing is no reason to greet again: stay quiet.
      .catch((error: unknown) => console.warn('Could not tell whether this is the first run', error));
    return () => {
      live = false;
    };
  }, []);

  const dismiss = useCallback(() => {
    setWelcome({ show: false });
    call('settings:set', { welcomed: true }).catch((error: unknown) => console.warn('The welcome will show again next time', error));
  }, []);

  return { welcome, dismiss };
}
