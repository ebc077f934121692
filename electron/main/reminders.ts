/**
 * Desktop reminders: one scheduler in the main process for every window, so
 * a reminder shows once however many windows are open. It runs the shared
 * pure schedule (shared/calendar/reminders.ts) over the dates of all plans,
 * rebuilt at launch and whenever a plan or the settings change, and shows
 * each due reminder as an Electron Notification; clicking one opens the plan
 * on the board. Shown ids are kept for the session, so a rebuild never shows
 * one twice.
 */
import { Notification } from 'electron';
import { dueReminders, reminderSchedule, type PlanDate, type Reminder } from '@shared/calendar';

/** Longest wait between checks, so sleep, clock changes or a far-off reminder never stall the timer. */
export const MAX_WAIT_MS = 15 * 60_000;

export interface Timers {
  set(run: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

export interface ReminderDeps {
  /** The dates of every plan (see agendaDates). */
  loadDates(): Promise<PlanDate[]>;
  /** The settings' `reminders` switch. */
  enabled(): Promise<boolean>;
  /** Show the plan on the board (a reminder was clicked). */
  openPlan(planId: string): void;
  now?: () => number;
  /** The user's zone, for 09:00 reminders. */
  timeZone?: string;
  timers?: Timers;
}

const REAL_TIMERS: Timers = {
  // unref: a pending reminder never keeps the process alive on its own.
  set: (run, ms) => setTimeout(run, ms).unref(),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export class DesktopReminders {
  private readonly shown = new Set<string>();
  /** Electron drops a notification's click handler once it is garbage-collected: keep them. */
  private readonly live = new Set<Notification>();
  private schedule: Reminder[] = [];
  private timer: unknown = null;
  private queue: Promise<void> = Promise.resolve();
  private readonly now: () => number;
  private readonly timers: Timers;
  private readonly timeZone: string;

  constructor(private readonly deps: ReminderDeps) {
    this.now = deps.now ?? Date.now;
    this.timers = deps.timers ?? REAL_TIMERS;
    this.timeZone = deps.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  }

  /** Reloads every plan's dates and shows what is due. Calls run one after another. */
  rebuild(): Promise<void> {
    this.queue = this.queue.then(() => this.build()).catch((error: unknown) => console.error('Reminders could not be rebuilt', error));
    return this.queue;
  }

  /** Stops the timer (app quitting). */
  stop(): void {
    if (this.timer !== null) this.timers.clear(this.timer);
    this.timer = null;
  }

  private async build(): Promise<void> {
    this.schedule = (await this.deps.enabled()) ? reminderSchedule(await this.deps.loadDates(), this.timeZone) : [];
    this.check();
  }

  private check(): void {
    this.stop();
    const now = this.now();
    const due = dueReminders(this.schedule, now, this.shown);
    for (const r of due.superseded) this.shown.add(r.id);
    for (const r of due.show) {
      this.shown.add(r.id);
      this.notify(r);
    }
    if (due.nextAt !== null) this.timer = this.timers.set(() => this.check(), Math.min(Math.max(0, due.nextAt - now), MAX_WAIT_MS));
    else if (this.schedule.length > 0) this.timer = this.timers.set(() => this.check(), MAX_WAIT_MS);
  }

  private notify(reminder: Reminder): void {
    if (!Notification.isSupported()) return;
    const notification = new Notification({ title: reminder.title, body: reminder.body });
    this.live.add(notification);
    notification.on('click', () => {
      this.live.delete(notification);
      this.deps.openPlan(reminder.planId);
    });
    notification.on('close', () => this.live.delete(notification));
    notification.show();
  }
}
