import type { MantineColorScheme, MantineColorSchemeManager } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { call, errorMessage } from '../api/planner';
import { preferenceFromColorScheme } from './theme';

/**
 * A Mantine color-scheme manager backed by the app's settings file instead of
 * localStorage, so every window and the web harness share one preference.
 * `initial` comes from `settings:get`; changes are written with `settings:set`.
 */
export function settingsColorSchemeManager(initial: MantineColorScheme): MantineColorSchemeManager {
  let current = initial;
  return {
    get: () => current,
    set: (value) => {
      current = value;
      call('settings:set', { theme: preferenceFromColorScheme(value) }).catch((error: unknown) => {
        notifications.show({
          color: 'red',
          title: 'The theme was not remembered',
          message: `${errorMessage(error)} The theme changes for now but may reset next time.`,
        });
      });
    },
    subscribe: () => {},
    unsubscribe: () => {},
    clear: () => {
      current = 'auto';
    },
  };
}
