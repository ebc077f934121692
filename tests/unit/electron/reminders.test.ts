/**
 * The desktop reminders' Electron glue, with Electron mocked: what is shown,
 * when, and only once, and what a click does.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { planDates, type PlanDate } from '@shared/calendar';
import { DesktopReminders, MAX_WAIT_MS, type Timers } from '../../../electron/main/reminders';
import { call, offer, plan, role } from '../board/fixtures';
import { fakeElectron, type FakeElectron } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).createFakeElectron());

const HOUR = 3_600_000;
const DEADLINE = Date.parse('2026-12-02T22:00:00Z');
let electron: FakeElectron;
let now: number;
let dates: PlanDate[];
let enabled: boolean;
let pending: { run: () => void; at: number } | null;
const opened: string[] = [];

const timers: Timers = {
  set: (run, ms) => (pending = { run, at: now + ms }),
  clear: () => void (pending = null),
};

/** Moves the clock to the pending timer and runs it, as the real one would fire. */
function fireTimer(): void {
  const timer = pending;
  if (!timer) throw new Error('no timer pending');
  now = timer.at;
  pending = null;
  timer.run();
}

const testPlan = plan({
  offers: [offer({ company: 'Northwind', deadline: new Date(DEADLINE).toISOString(), deadlineTimeZone: 'UTC' })],
  dreamRoles: [role({ company: 'Lumen', callLog: [call('non-answer', '2026-11-25T10:00:00Z', { followUpOn: '2026-12-01' })] })],
});

function reminders(): DesktopReminders {
  return new DesktopReminders({
    loadDates: async () => dates,
    enabled: async () => enabled,
    openPlan: (planId) => void opened.push(planId),
    now: () => now,
    timeZone: 'UTC',
    timers,
  });
}

const titles = () => electron.notifications.map((n) => n.options.title);

beforeEach(async () => {
  electron = await fakeElectron();
  electron.notifications.splice(0);
  opened.splice(0);
  pending = null;
  enabled = true;
  now = DEADLINE - 30 * HOUR; // Tue Dec 1, 16:00 UTC: the follow-up (09:00 today) is due
  dates = planDates(testPlan, new Date(now));
});

describe('desktop reminders (main process)', () => {
  it('shows each due reminder once, however often the plans change', async () => {
    const scheduler = reminders();
    await scheduler.rebuild();
    expect(titles()).toEqual(['Follow up with Lumen today']);
    await scheduler.rebuild();
    await scheduler.rebuild();
    expect(titles()).toEqual(['Follow up with Lumen today']);
  });

  it('waits for the next reminder and shows it when its time comes: 24 hours, then 2 hours before the deadline', async () => {
    const scheduler = reminders();
    await scheduler.rebuild();
    expect(pending?.at).toBe(Math.min(DEADLINE - 24 * HOUR, now + MAX_WAIT_MS));
    while (electron.notifications.length < 2) fireTimer();
    expect(now).toBe(DEADLINE - 24 * HOUR);
    expect(titles()[1]).toBe('Plan B deadline within 24 hours: Northwind');
    while (electron.notifications.length < 3) fireTimer();
    expect(now).toBe(DEADLINE - 2 * HOUR);
    expect(titles()[2]).toBe('Plan B deadline within 2 hours: Northwind');
    await scheduler.rebuild();
    expect(electron.notifications).toHaveLength(3);
  });

  it('after a launch an hour before the deadline, shows only the 2-hour reminder', async () => {
    now = DEADLINE - HOUR;
    dates = planDates(testPlan, new Date(now));
    await reminders().rebuild();
    expect(titles().filter((t) => t.includes('deadline'))).toEqual(['Plan B deadline within 2 hours: Northwind']);
  });

  it('opens the plan when a reminder is clicked', async () => {
    await reminders().rebuild();
    electron.notifications[0]?.click();
    expect(opened).toEqual([testPlan.id]);
  });

  it('shows nothing while reminders are turned off, and what is due once they are back on', async () => {
    enabled = false;
    const scheduler = reminders();
    await scheduler.rebuild();
    expect(electron.notifications).toHaveLength(0);
    expect(pending).toBeNull();
    enabled = true;
    await scheduler.rebuild();
    expect(titles()).toEqual(['Follow up with Lumen today']);
  });

  it('shows nothing where the system has no notifications', async () => {
    (electron.Notification as unknown as { supported: boolean }).supported = false;
    try {
      await reminders().rebuild();
      expect(electron.notifications).toHaveLength(0);
    } finally {
      (electron.Notification as unknown as { supported: boolean }).supported = true;
    }
  });
});
