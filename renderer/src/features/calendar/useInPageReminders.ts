/**
 * Reminders in the browser harness, where there is no main process to show
 * desktop notifications: the same shared schedule, shown in the page (and
 * through the browser's Notification API when the user has allowed it).
 * The desktop app leaves this off: its main process reminds for all windows.
 */
import { createElement, useEffect, useRef } from 'react';
import { notifications } from '@mantine/notifications';
import { useNavigate } from 'react-router';
import { dueReminders, reminderSchedule, type Reminder } from '@shared/calendar';
import { call, onEvent } from '../../api/planner';
import { planPath } from '../plan/sections';
import { ReminderMessage } from './ReminderMessage';
import { onRemindersSettingChanged } from './reminders-setting-events';

/** Reminders this page has shown (one page, one set: a reload may show a due one again). */
const shown = new Set<string>();

/** Longest wait between checks, so a sleeping laptop or a far-off reminder never stalls. */
const MAX_WAIT_MS = 60_000;

export function useInPageReminders(active: boolean): void {
  // The navigate function changes with the route; reading it through a ref
  // keeps the effect alive across navigation.
  const navigate = useNavigate();
  const navigateRef = useRef(navigate);
  useEffect(() => {
    navigateRef.current = navigate;
  }, [navigate]);
  useEffect(() => {
    if (!active) return;
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    let schedule: Reminder[] = [];
    let timer: number | undefined;
    let live = true;
    const open = (planId: string) => navigateRef.current(planPath(planId, 'board'));

    const show = (r: Reminder) => {
      notifications.show({
        id: r.id, color: 'indigo', title: r.title, autoClose: false,
        message: createElement(ReminderMessage, { body: r.body, onOpen: () => (notifications.hide(r.id), open(r.planId)) }),
      });
      const system = globalThis.Notification;
      if (system?.permission === 'granted') {
        const n = new system(r.title, { body: r.body, tag: r.id });
        n.onclick = () => (window.focus(), open(r.planId));
      }
    };
    const check = () => {
      window.clearTimeout(timer);
      const now = Date.now();
      const due = dueReminders(schedule, now, shown);
      for (const r of due.superseded) shown.add(r.id);
      for (const r of due.show) {
        shown.add(r.id);
        show(r);
      }
      if (schedule.length) timer = window.setTimeout(check, Math.min(Math.max(0, (due.nextAt ?? Infinity) - now), MAX_WAIT_MS));
    };
    const load = () => {
      Promise.all([call('settings:get', {}), call('calendar:agenda', {})])
        .then(([settings, { dates }]) => {
          if (!live) return;
          schedule = settings.reminders ? reminderSchedule(dates, zone) : [];
          check();
        })
        .catch((error: unknown) => console.warn('Reminders could not be loaded', error));
    };
    load();
    const offPlans = onEvent('plans:changed', load);
    const offSetting = onRemindersSettingChanged(load);
    return () => {
      live = false;
      window.clearTimeout(timer);
      offPlans();
      offSetting();
    };
  }, [active]);
}
