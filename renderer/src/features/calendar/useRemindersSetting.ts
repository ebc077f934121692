import { useCallback, useEffect, useState } from 'react';
import { notifications } from '@mantine/notifications';
import { call, errorMessage } from '../../api/planner';
import { remindersSettingChanged } from './reminders-setting-events';

/** The settings' reminders switch: `null` until read. Changes are saved at once. */
export function useRemindersSetting(): { on: boolean | null; set: (on: boolean) => void } {
  const [on, setOn] = useState<boolean | null>(null);
  useEffect(() => {
    let live = true;
    call('settings:get', {})
      .then((s) => live && setOn(s.reminders))
      .catch(() => live && setOn(true));
    return () => {
      live = false;
    };
  }, []);
  const set = useCallback((next: boolean) => {
    setOn(next);
    call('settings:set', { reminders: next }).then(remindersSettingChanged, (error: unknown) => {
      setOn(!next);
      notifications.show({ color: 'red', title: 'The reminders setting was not saved', message: errorMessage(error) });
    });
  }, []);
  return { on, set };
}
