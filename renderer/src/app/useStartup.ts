import { useEffect, useState } from 'react';
import type { MantineColorScheme } from '@mantine/core';
import { callOrTakeEarly } from '../api/early-calls';
import { hasBridge } from '../api/planner';
import { colorSchemeFromPreference } from './theme';

/** What the app needs before its first paint: is there a bridge, and which theme. */
export type Startup =
  | { state: 'loading' }
  | { state: 'no-bridge' }
  | { state: 'ready'; colorScheme: MantineColorScheme };

/**
 * Reads the theme preference once at startup. A settings file that cannot be
 * read is not worth blocking the app for: it then follows the system theme.
 */
export function useStartup(): Startup {
  const [startup, setStartup] = useState<Startup>(() => (hasBridge() ? { state: 'loading' } : { state: 'no-bridge' }));

  useEffect(() => {
    if (!hasBridge()) return;
    let live = true;
    callOrTakeEarly('settings:get', {})
      .then((settings) => colorSchemeFromPreference(settings.theme))
      .catch((error: unknown) => {
        console.warn('Could not read the settings; following the system theme.', error);
        return 'auto' as const;
      })
      .then((colorScheme) => {
        if (live) setStartup({ state: 'ready', colorScheme });
      });
    return () => {
      live = false;
    };
  }, []);

  return startup;
}
