/**
 * The desktop parts of the main process (menu, plan windows, window bounds,
 * recent plans, plan files handed over by a second launch) through the real
 * entry, the recording Electron fake and real services over a temp folder.
 */
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { FakeBrowserWindow, FakeElectron } from './fake-electron';
import { useMainProcess } from './launch-main';

const entry = useMainProcess();
let folder: string;
let electron: FakeElectron;
const fromApp = { senderFrame: { url: 'app://bird-in-hand/' }, sender: { id: 1 } };

beforeEach(() => {
  electron = entry.electron();
  folder = entry.folder();
});

async function launch() {
  const menu = electron.nextMenu();
  const window = await entry.launch();
  await menu;
  return window;
}

async function invoke<T = unknown>(channel: string, input: unknown): Promise<{ ok: boolean; data: T; error?: { code: string; message: string } }> {
  return (await electron.ipcHandlers.get(channel)!(fromApp, input)) as never;
}

function flatten(items: readonly MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

const eventsOf = (window: FakeBrowserWindow, channel: string) => window.webContents.sent.filter((m) => m.channel === channel).map((m) => m.payload);

describe('the desktop app', () => {
  it('installs the menu, and its actions reach the focused window as menu:action', async () => {
    const main = await launch();
    const items = flatten(electron.menus.template as MenuItemConstructorOptions[]);
    main.focused = true;
    (items.find((i) => i.id === 'new-plan')!.click as () => void)();
    expect(eventsOf(main, 'event:menu:action')).toEqual([{ action: 'new-plan' }]);
  });

  it('opens a plan in its own secure window at the plan address, once per plan', async () => {
    await launch();
    const plan = (await invoke<{ id: string }>('plans:create', { from: 'sample' })).data;
    const opened = electron.nextWindow();
    expect(await invoke('windows:openPlan', { planId: plan.id })).toMatchObject({ ok: true, data: { opened: true } });
    const window = await opened;
    expect(window.loadedUrl).toBe(`app://bird-in-hand/#/plans/${plan.id}/overview`);
    expect(window.options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false });
    await invoke('windows:openPlan', { planId: plan.id });
    expect(electron.BrowserWindow.getAllWindows()).toHaveLength(2);
    expect(window.focused).toBe(true);
    expect(await invoke('windows:openPlan', { planId: '33333333-3333-4333-8333-333333333333' })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
  });

  it('tells every open window when a plan is saved in one of them', async () => {
    const main = await launch();
    const plan = (await invoke<{ id: string; revision: number }>('plans:create', { from: 'blank' })).data;
    await invoke('windows:openPlan', { planId: plan.id });
    const planWindow = electron.windows.at(-1)!;
    const full = (await invoke<{ revision: number }>('plans:get', { id: plan.id })).data;
    await invoke('plans:save', { plan: full, baseRevision: full.revision });
    for (const window of [main, planWindow]) {
      expect(eventsOf(window, 'event:plans:changed')).toContainEqual({ id: plan.id, revision: 2 });
    }
  });

  it('restores remembered bounds, moving a window from an unplugged monitor onto the screen, and remembers new ones', async () => {
    await mkdir(join(folder, 'data'), { recursive: true });
    const settingsFile = join(folder, 'data', 'settings.json');
    const settings = { schemaVersion: 1, theme: 'dark', recentPlanIds: [], welcomed: true, windowBounds: { main: { x: 4000, y: 300, width: 1000, height: 700 } } };
    await writeFile(settingsFile, JSON.stringify(settings));
    const main = await launch();
    expect(main.options).toMatchObject({ x: 460, y: 170, width: 1000, height: 700 });

    main.options.x = 10;
    main.options.y = 20;
    main.close();
    await vi.waitFor(async () => {
      const saved = JSON.parse(await readFile(settingsFile, 'utf8')) as typeof settings;
      expect(saved.windowBounds.main).toEqual({ x: 10, y: 20, width: 1000, height: 700, maximized: false });
    });
  });

  it('keeps recent plans in settings, newest first, and lists them in Open Recent', async () => {
    await launch();
    const a = (await invoke<{ id: string }>('plans:create', { from: 'blank', name: 'Plan A' })).data;
    const b = (await invoke<{ id: string }>('plans:create', { from: 'blank', name: 'Plan B' })).data;
    await invoke('recent:opened', { planId: a.id });
    expect(await invoke('recent:opened', { planId: b.id })).toMatchObject({ data: { recentPlanIds: [b.id, a.id] } });
    const recentLabels = () =>
      flatten(electron.menus.template as MenuItemConstructorOptions[]).filter((i) => String(i.id).startsWith('open-recent:')).map((i) => i.label);
    await vi.waitFor(() => expect(recentLabels()).toEqual(['Plan B', 'Plan A']));
    expect(electron.app.recentDocuments.at(-1)).toBe(join(folder, 'data', 'plans', `${b.id}.json`));

    // A recent plan that was deleted drops out of the menu.
    await invoke('plans:delete', { id: b.id });
    await invoke('recent:opened', { planId: a.id });
    await vi.waitFor(() => expect(recentLabels()).toEqual(['Plan A']));
  });

  it('imports a plan file handed over by a second launch and shows it', async () => {
    const main = await launch();
    const plan = (await invoke<{ id: string }>('plans:create', { from: 'sample', name: 'Shared plan' })).data;
    const exported = (await invoke<{ text: string }>('plans:export', { id: plan.id })).data;
    await invoke('plans:delete', { id: plan.id });
    const file = join(folder, 'Shared plan.bird-in-hand.json');
    await writeFile(file, exported.text);

    electron.app.emit('second-instance', {}, ['/opt/bird-in-hand', '--no-sandbox', 'Shared plan.bird-in-hand.json'], folder, {});
    await vi.waitFor(() => expect(eventsOf(main, 'event:plans:open')).toEqual([{ planId: plan.id }]));
    expect((await invoke('plans:get', { id: plan.id })).ok).toBe(true);
    expect(electron.app.recentDocuments).toContain(file);
  });

  it('asks before touching a plan that is already there, and explains a file that is not a plan', async () => {
    const main = await launch();
    const plan = (await invoke<{ id: string }>('plans:create', { from: 'sample', name: 'Mine' })).data;
    const file = join(folder, 'mine.json');
    await writeFile(file, (await invoke<{ text: string }>('plans:export', { id: plan.id })).data.text);
    electron.answers.messageBox = 0; // Open the existing plan
    electron.app.emit('second-instance', {}, ['app', file], folder, {});
    await vi.waitFor(() => expect(eventsOf(main, 'event:plans:open')).toEqual([{ planId: plan.id }]));
    expect(electron.messageBoxes[0]).toMatchObject({ message: '“Mine” is already in Bird in Hand.' });
    expect((await invoke<{ plans: unknown[] }>('plans:list', {})).data.plans).toHaveLength(1);

    const junk = join(folder, 'notes.json');
    await writeFile(junk, '{"hello": "world"}');
    electron.app.emit('second-instance', {}, ['app', junk], folder, {});
    await vi.waitFor(() => expect(electron.messageBoxes).toHaveLength(2));
    expect(electron.messageBoxes[1]).toMatchObject({ type: 'error', detail: expect.stringMatching(/^notes\.json: /) });
    expect((await invoke<{ plans: unknown[] }>('plans:list', {})).data.plans).toHaveLength(1);
  });

  it('exports through the save dialog with a durable write, and reports a cancel', async () => {
    await launch();
    const plan = (await invoke<{ id: string }>('plans:create', { from: 'sample', name: 'Export me' })).data;
    expect(await invoke('plans:exportToFile', { id: plan.id })).toMatchObject({ ok: true, data: { saved: false } });
    const target = join(folder, 'out.bird-in-hand.json');
    electron.answers.saveDialog = { canceled: false, filePath: target };
    expect(await invoke('plans:exportToFile', { id: plan.id })).toMatchObject({ ok: true, data: { saved: true, fileName: 'out.bird-in-hand.json' } });
    const written = JSON.parse(await readFile(target, 'utf8')) as { id: string; name: string };
    expect(written).toMatchObject({ id: plan.id, name: 'Export me' });
    expect(electron.saveDialogs[0]).toMatchObject({ defaultPath: expect.stringMatching(/Export me\.bird-in-hand\.json$/) });
  });

  it('saves a plan’s dates as an .ics file through the save dialog, durably', async () => {
    await launch();
    const plan = (await invoke<{ id: string }>('plans:create', { from: 'sample', name: 'Dates' })).data;
    const target = join(folder, 'dates.ics');
    electron.answers.saveDialog = { canceled: false, filePath: target };
    const result = await invoke<{ saved: boolean; fileName: string; eventCount: number }>('calendar:exportIcsToFile', { planId: plan.id });
    expect(result).toMatchObject({ ok: true, data: { saved: true, fileName: 'dates.ics' } });
    expect(result.data.eventCount).toBeGreaterThan(0);
    const text = await readFile(target, 'utf8');
    expect(text.startsWith('BEGIN:VCALENDAR')).toBe(true);
    expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(result.data.eventCount);
    expect(electron.saveDialogs[0]).toMatchObject({ title: 'Export dates to your calendar', filters: [{ extensions: ['ics'] }], defaultPath: expect.stringMatching(/Dates dates\.ics$/) });
  });

  it('reminds from the main process once a saved plan has a deadline in 2 hours, and a click opens it on the board', async () => {
    const main = await launch();
    const created = (await invoke<{ id: string }>('plans:create', { from: 'sample' })).data;
    const full = (await invoke<Record<string, unknown> & { revision: number; offers: Array<Record<string, unknown>> }>('plans:get', { id: created.id })).data;
    const soon = new Date(Date.now() + 90 * 60_000).toISOString();
    const offers = full.offers.map((o) => (o.isPlanB ? { ...o, deadline: soon, deadlineTimeZone: 'UTC' } : o));
    const shown = electron.nextNotification();
    await invoke('plans:save', { plan: { ...full, offers }, baseRevision: full.revision });
    const notification = await shown;
    expect(notification.options.title).toMatch(/^Plan B deadline within 2 hours: /);
    notification.click();
    expect(eventsOf(main, 'event:plans:open')).toContainEqual({ planId: created.id, section: 'board' });
    expect(electron.notifications.filter((n) => n.options.title.startsWith('Plan B deadline'))).toHaveLength(1);
  });
});
