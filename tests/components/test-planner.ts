/**
 * `window.planner` for component tests: the app's REAL services and contract
 * handlers (`openServices` + `dispatch`, exactly as the web harness builds
 * them) over a fresh temp data folder, called in-process instead of over
 * HTTP. No store rule is re-implemented here; what tests need beyond the
 * bridge is either a thin fault wrapper around the real dispatch (`failNext`,
 * `holdNext`) or a way to look at, or change, the files on disk the way
 * another program would.
 *
 * Every planner made here is closed and its folder removed after each test
 * (tests/components/setup.ts calls `disposeTestPlanners`).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AppEvent, Channel, ChannelInput, ChannelOutput, ErrorInfo, EventPayload, PlannerBridge, Result } from '@shared/contract';
import { Plan } from '@shared/plan';
import { dispatch, type Caller } from '../../electron/main/ipc/dispatch';
import { openServices, type OpenServices } from '../../electron/main/services';

type Listener = (payload: unknown) => void;

/** The store's clock starts here and ticks a second per reading, so dates are fixed and ordered. */
export const STORE_CLOCK_START = Date.parse('2026-03-02T09:00:00.000Z');

const PLAN_FILE = /^[0-9a-f-]{36}\.json$/;
/** The client of "another window" (saveElsewhere); the page is the in-process default client. */
const OTHER_WINDOW: Caller = { client: 'another-window' };
const live = new Set<TestPlanner>();

export class TestPlanner {
  /** Every call that reached the bridge, in order (faulted ones too). */
  readonly calls: { channel: Channel; input: unknown }[] = [];
  private readonly failures = new Map<Channel, ErrorInfo[]>();
  private readonly holds = new Map<Channel, Promise<void>[]>();
  private readonly listeners = new Map<AppEvent, Set<Listener>>();
  private readonly inFlight = new Set<Promise<unknown>>();
  private closed = false;

  constructor(
    readonly dataDir: string,
    private readonly services: OpenServices,
  ) {}

  get store(): OpenServices {
    return this.services;
  }

  readonly bridge: PlannerBridge = {
    invoke: (channel, input) => {
      this.calls.push({ channel, input });
      const work = this.invoke(channel, input);
      this.inFlight.add(work);
      void work.finally(() => this.inFlight.delete(work));
      return work as never;
    },
    on: (event, listener) => {
      const set = this.listeners.get(event) ?? new Set<Listener>();
      this.listeners.set(event, set);
      set.add(listener as Listener);
      return () => set.delete(listener as Listener);
    },
  };

  private async invoke(channel: Channel, input: unknown): Promise<Result<unknown>> {
    const hold = this.holds.get(channel)?.shift();
    if (hold) await hold;
    const failure = this.failures.get(channel)?.shift();
    if (failure) return { ok: false, error: failure };
    // After the test the folder is gone; a late autosave gets a plain error, not a crash.
    if (this.closed) return { ok: false, error: { code: 'io', message: 'The test is over.' } };
    // Like IPC and HTTP, the page and the service never share objects.
    const result = await dispatch(this.services.handlers, channel, structuredClone(input), () => {});
    return structuredClone(result);
  }

  /** Puts this planner on `window.planner`. */
  install(): this {
    Object.assign(window, { planner: this.bridge });
    return this;
  }

  uninstall(): void {
    if ((window as { planner?: unknown }).planner === this.bridge) delete (window as { planner?: unknown }).planner;
  }

  /** Fault: the next call(s) on `channel` answer `error` without reaching the services. */
  failNext(channel: Channel, error: ErrorInfo, times = 1): void {
    const queue = this.failures.get(channel) ?? [];
    for (let i = 0; i < times; i++) queue.push(error);
    this.failures.set(channel, queue);
  }

  /** Fault: the next call on `channel` waits (a slow disk) until the returned function is called. */
  holdNext(channel: Channel): () => void {
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    this.holds.set(channel, [...(this.holds.get(channel) ?? []), held]);
    return release;
  }

  /** Calls a channel through the real handlers, as the app would (as the page's client unless `caller`); throws on an error answer. */
  async call<C extends Channel>(channel: C, input: ChannelInput<C>, caller?: Caller): Promise<ChannelOutput<C>> {
    const result = await dispatch(this.services.handlers, channel, input, () => {}, caller);
    if (!result.ok) throw new Error(`${channel}: ${result.error.code}: ${result.error.message}`);
    return result.data as ChannelOutput<C>;
  }

  /** A plan made by the real store, as if created earlier. */
  seed(from: 'blank' | 'sample', name?: string): Promise<Plan> {
    return this.call('plans:create', name === undefined ? { from } : { from, name });
  }

  /** Saves `recipe(plan)` through the real store, as an earlier session would have; returns the plan on disk. */
  async seedWith(from: 'blank' | 'sample', recipe: (plan: Plan) => Plan): Promise<Plan> {
    const plan = await this.seed(from);
    await this.call('plans:save', { plan: recipe(plan), baseRevision: plan.revision });
    return this.read(plan.id);
  }

  /** The plan file on disk, parsed (throws if it is not there). */
  read(id: string): Plan {
    return Plan.parse(JSON.parse(readFileSync(this.planPath(id), 'utf8')));
  }

  has(id: string): boolean {
    return existsSync(this.planPath(id));
  }

  /** The ids of the plan files on disk. */
  planIds(): string[] {
    return readdirSync(join(this.dataDir, 'plans'))
      .filter((name) => PLAN_FILE.test(name))
      .map((name) => name.replace(/\.json$/, ''));
  }

  /** The file names in the trash folder. */
  trashFiles(): string[] {
    return existsSync(join(this.dataDir, 'trash')) ? readdirSync(join(this.dataDir, 'trash')) : [];
  }

  planPath(id: string): string {
    return join(this.dataDir, 'plans', `${id}.json`);
  }

  /**
   * Another window saves the plan: through the real handlers (so main's
   * `plans:changed` event reaches this page, as it reaches every window).
   */
  async saveElsewhere(id: string, recipe: (plan: Plan) => Plan): Promise<Plan> {
    const current = await this.call('plans:get', { id }, OTHER_WINDOW);
    await this.call('plans:save', { plan: recipe(current), baseRevision: current.revision }, OTHER_WINDOW);
    return this.read(id);
  }

  /**
   * A sync tool puts another device's save in place: the file's bytes change
   * on disk, with the next revision (or, `keepRevision`, the same one, as an
   * editor or a merge would leave it) and no event is sent.
   */
  async syncElsewhere(id: string, recipe: (plan: Plan) => Plan, opts: { keepRevision?: boolean } = {}): Promise<Plan> {
    const current = this.read(id);
    const next = { ...recipe(current), revision: current.revision + (opts.keepRevision ? 0 : 1) };
    await writeFile(this.planPath(id), `${JSON.stringify(next, null, 2)}\n`);
    return next;
  }

  /** A main → renderer event (a menu action, say); like IPC, it arrives after the current task. */
  emit<E extends AppEvent>(event: E, payload: EventPayload<E>): void {
    queueMicrotask(() => this.listeners.get(event)?.forEach((listener) => listener(payload)));
  }

  /** Lets calls in progress finish, then removes the data folder. */
  async dispose(): Promise<void> {
    this.closed = true;
    this.uninstall();
    while (this.inFlight.size > 0) await Promise.allSettled([...this.inFlight]);
    await rm(this.dataDir, { recursive: true, force: true });
  }
}

/**
 * Where the temp data folders go: memory-backed /dev/shm where there is one,
 * so the store's fsyncs cost nothing on a busy machine (the same code runs;
 * durability itself is the unit tests' business), else the OS temp folder.
 */
const DATA_ROOT = existsSync('/dev/shm') ? '/dev/shm' : tmpdir();

/** A planner over the real services and a new temp data folder. */
export async function createTestPlanner(): Promise<TestPlanner> {
  const dataDir = await mkdtemp(join(DATA_ROOT, 'bird-in-hand-components-'));
  let clock = STORE_CLOCK_START;
  const planner: TestPlanner = new TestPlanner(
    dataDir,
    await openServices({
      dataDir,
      transport: 'web',
      version: '0.0.0-test',
      platform: 'test',
      now: () => new Date((clock += 1_000)),
      onPlanChanged: (id, revision) => planner.emit('plans:changed', { id, revision }),
    }),
  );
  live.add(planner);
  return planner;
}

/** Closes every planner of the test that just ended and removes its folder. */
export async function disposeTestPlanners(): Promise<void> {
  const planners = [...live];
  live.clear();
  await Promise.all(planners.map((p) => p.dispose()));
}
