/**
 * A real, in-memory implementation of the contract's channels for component
 * tests (jsdom has no main process). Inputs and outputs go through the real
 * `dispatch` (the same zod checks as the app), plans come from the real
 * `samplePlan` / `blankPlan`, and saves follow the store's revision rule.
 * Tests may queue a failure for a channel, or change a plan "elsewhere"
 * (another window or a sync tool) to provoke conflicts.
 */
import type {
  AppEvent,
  Channel,
  ErrorInfo,
  EventPayload,
  PlannerBridge,
  PlanSummary,
  Result,
  StoreProblem,
  TrashEntry,
} from '@shared/contract';
import { AppError } from '@shared/errors';
import { parsePlanImport } from '@shared/import/plan-import';
import { blankPlan } from '@shared/new-plan';
import { PLAN_MIGRATIONS } from '@shared/migrations';
import { CURRENT_SCHEMA_VERSION, Plan } from '@shared/plan';
import { summarizePlan } from '@shared/plan-summary';
import { addRecentPlan } from '@shared/recent-plans';
import { samplePlan } from '@shared/sample-plan';
import { DEFAULT_SETTINGS, type Settings } from '@shared/settings';
import { planDates } from '@shared/calendar';
import { planCalendar } from '../../electron/main/calendar/ics-export';
import { dispatch, type Handlers } from '../../electron/main/ipc/dispatch';

type Listener = (payload: unknown) => void;

export class FakePlanner {
  readonly plans = new Map<string, Plan>();
  readonly trash = new Map<string, { plan: Plan; entry: TrashEntry }>();
  problems: StoreProblem[] = [];
  // Reminders off: in-page reminder pop-ups would cover the screens other tests look at.
  settings: Settings = { ...DEFAULT_SETTINGS, reminders: false };
  /** Every call that reached the bridge, in order. */
  readonly calls: { channel: Channel; input: unknown }[] = [];
  private readonly failures = new Map<Channel, ErrorInfo[]>();
  private readonly listeners = new Map<AppEvent, Set<Listener>>();
  private clock = Date.parse('2026-03-02T09:00:00.000Z');

  readonly bridge: PlannerBridge = {
    invoke: async (channel, input) => {
      this.calls.push({ channel, input });
      const failure = this.failures.get(channel)?.shift();
      if (failure) return { ok: false, error: failure } as Result<never>;
      const result = await dispatch(this.handlers, channel, input, () => {});
      return result as never;
    },
    on: (event, listener) => {
      const set = this.listeners.get(event) ?? new Set<Listener>();
      this.listeners.set(event, set);
      set.add(listener as Listener);
      return () => set.delete(listener as Listener);
    },
  };

  /** Puts this fake on `window.planner`. */
  install(): this {
    Object.assign(window, { planner: this.bridge });
    return this;
  }

  uninstall(): void {
    delete (window as { planner?: unknown }).planner;
  }

  /** The next call(s) on `channel` fail with this error, without touching the data. */
  failNext(channel: Channel, error: ErrorInfo, times = 1): void {
    const queue = this.failures.get(channel) ?? [];
    for (let i = 0; i < times; i++) queue.push(error);
    this.failures.set(channel, queue);
  }

  /** Adds a plan as if it had been saved earlier. */
  seed(from: 'blank' | 'sample', name?: string): Plan {
    const now = this.now();
    const base = from === 'sample' ? samplePlan(now) : blankPlan(name ?? 'Untitled plan', now);
    const plan = { ...base, name: name ?? base.name, revision: 1 };
    this.plans.set(plan.id, plan);
    return plan;
  }

  /** Another window or a sync tool writes the plan; `notify` sends `plans:changed` as main would. */
  changeElsewhere(id: string, recipe: (plan: Plan) => Plan, notify: boolean): Plan {
    const current = this.mustGet(id);
    const next = { ...recipe(current), revision: current.revision + 1, updatedAt: this.now().toISOString() };
    this.plans.set(id, next);
    if (notify) this.emit('plans:changed', { id, revision: next.revision });
    return next;
  }

  emit<E extends AppEvent>(event: E, payload: EventPayload<E>): void {
    // Like IPC, events arrive asynchronously, never inside the sender's call.
    queueMicrotask(() => this.listeners.get(event)?.forEach((listener) => listener(payload)));
  }

  private now(): Date {
    this.clock += 1_000;
    return new Date(this.clock);
  }

  private mustGet(id: string): Plan {
    const plan = this.plans.get(id);
    if (!plan) throw new AppError('not-found', 'This plan is not in the plans folder any more.');
    return plan;
  }

  private summary(plan: Plan): PlanSummary {
    return summarizePlan(plan, new Date(this.clock));
  }

  private write(plan: Plan): Plan {
    this.plans.set(plan.id, plan);
    this.emit('plans:changed', { id: plan.id, revision: plan.revision });
    return plan;
  }

  private readonly handlers: Handlers = {
    'plans:list': async () => ({
      plans: [...this.plans.values()].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)).map((p) => this.summary(p)),
      problems: this.problems,
    }),
    'plans:create': async ({ from, name }) => this.write(this.seed(from, name)),
    'plans:get': async ({ id }) => this.mustGet(id),
    'plans:save': async ({ plan, baseRevision }) => {
      const current = this.mustGet(plan.id);
      if (current.revision !== baseRevision) {
        throw new AppError('conflict', 'This plan was changed elsewhere since your edits began.');
      }
      const saved = this.write({ ...plan, revision: baseRevision + 1, updatedAt: this.now().toISOString() });
      return { revision: saved.revision, updatedAt: saved.updatedAt };
    },
    'plans:rename': async ({ id, name }) => {
      const current = this.mustGet(id);
      return this.summary(this.write({ ...current, name, revision: current.revision + 1, updatedAt: this.now().toISOString() }));
    },
    'plans:duplicate': async ({ id, name }) => {
      const current = this.mustGet(id);
      const at = this.now().toISOString();
      const copy = { ...current, id: crypto.randomUUID(), name: name ?? `${current.name} (copy)`, revision: 1, createdAt: at, updatedAt: at };
      return this.summary(this.write(copy));
    },
    'plans:delete': async ({ id }) => {
      const plan = this.mustGet(id);
      const deletedAt = this.now();
      const entry: TrashEntry = { trashId: `${id}--${deletedAt.getTime()}`, planId: id, name: plan.name, deletedAt: deletedAt.toISOString() };
      this.plans.delete(id);
      this.trash.set(entry.trashId, { plan, entry });
      this.emit('plans:changed', { id, revision: null });
      return entry;
    },
    'plans:restore': async ({ trashId }) => {
      const item = this.trash.get(trashId);
      if (!item) throw new AppError('not-found', 'That plan is no longer in the trash.');
      this.trash.delete(trashId);
      return this.summary(this.write(item.plan));
    },
    'plans:trash': async () => ({ entries: [...this.trash.values()].map((t) => t.entry) }),
    'settings:get': async () => this.settings,
    'settings:set': async (patch) => {
      this.settings = { ...this.settings, ...patch };
      return this.settings;
    },
    'plans:importText': async ({ text, replace }) => {
      const plan = parsePlanImport(text, { version: CURRENT_SCHEMA_VERSION, migrations: PLAN_MIGRATIONS, schema: Plan });
      const clash = this.plans.has(plan.id) && !replace;
      const at = this.now().toISOString();
      const imported = clash ? { ...plan, id: crypto.randomUUID(), createdAt: at } : plan;
      return this.summary(this.write({ ...imported, revision: (this.plans.get(imported.id)?.revision ?? 0) + 1, updatedAt: at }));
    },
    'plans:export': async ({ id }) => {
      const plan = this.mustGet(id);
      return { fileName: `${plan.name}.bird-in-hand.json`, text: `${JSON.stringify(plan, null, 2)}\n` };
    },
    'backups:list': async () => ({ entries: [] }),
    'backups:restore': async () => {
      throw new AppError('not-found', 'That backup is not there any more.');
    },
    'windows:openPlan': async () => {
      throw new AppError('unsupported', 'Open the plan in another tab: this window cannot open windows.');
    },
    'recent:opened': async ({ planId }) => {
      this.settings = { ...this.settings, recentPlanIds: addRecentPlan(this.settings.recentPlanIds, planId) };
      return { recentPlanIds: this.settings.recentPlanIds };
    },
    'plans:exportToFile': async () => {
      throw new AppError('unsupported', 'Saving to a file needs the desktop app; use Export to download it.');
    },
    'calendar:exportIcs': async ({ planId }) => planCalendar(this.mustGet(planId), new Date(this.clock)),
    'calendar:exportIcsToFile': async () => {
      throw new AppError('unsupported', 'Saving to a file needs the desktop app; use Export to download it.');
    },
    'calendar:agenda': async () => ({ dates: [...this.plans.values()].flatMap((p) => planDates(p, new Date(this.clock))) }),
    'callsheet:exportPdf': async () => {
      throw new AppError('unsupported', 'Use Print and choose "Save as PDF" in the browser\'s print dialog.');
    },
    'app:info': async () => ({
      name: 'Bird in Hand',
      version: '0.0.0-test',
      schemaVersion: 1,
      transport: 'web',
      platform: 'test',
      dataDir: '/memory',
      plansDir: '/memory/plans',
    }),
  };
}
