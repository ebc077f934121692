import type { BrowserWindow, IpcMain } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CHANNELS, type AppInfo } from '@shared/contract';
import { AppError } from '@shared/errors';
import { broadcast, isAppUrl, registerContract } from '../../../electron/main/ipc';
import type { Handlers } from '../../../electron/main/ipc/dispatch';
import { fakeElectron, type FakeElectron } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).createFakeElectron());

const INFO: AppInfo = {
  name: 'Bird in Hand',
  version: '0.1.0',
  schemaVersion: 1,
  transport: 'electron',
  platform: 'linux',
  dataDir: '/data',
  plansDir: '/data/plans',
};
const PLAN_ID = '0b7c4f7e-8a51-4a59-9d3f-2d5c0c1e6a10';

/**
 * Service stand-ins: these tests are about the IPC glue (who may call, what
 * comes back), so each service only records that it ran or throws on cue.
 */
function recordingHandlers(called: string[]): Handlers {
  const record = (channel: string) => async () => {
    called.push(channel);
    if (channel === 'app:info') return INFO;
    if (channel === 'plans:get') throw new AppError('not-found', 'That plan is not in your plans folder any more.');
    throw new Error('EACCES: permission denied, open /home/someone/secret/plans/x.json');
  };
  return Object.fromEntries(CHANNELS.map((channel) => [channel, record(channel)])) as unknown as Handlers;
}

const APP_FRAME = { senderFrame: { url: 'app://bird-in-hand/plans' }, sender: { id: 1 } };
let electron: FakeElectron;
let called: string[];
let logged: string[];

beforeEach(async () => {
  electron = await fakeElectron();
  electron.ipcHandlers.clear();
  called = [];
  logged = [];
  registerContract(electron.ipcMain as unknown as IpcMain, recordingHandlers(called), (url) => isAppUrl(url), (message) =>
    logged.push(message),
  );
});

const invoke = (channel: string, input: unknown, event: unknown = APP_FRAME) => electron.ipcHandlers.get(channel)!(event, input);

describe('registerContract', () => {
  it('registers exactly the contract channels', () => {
    expect([...electron.ipcHandlers.keys()].sort()).toEqual([...CHANNELS].sort());
  });

  it('answers the app page through the service', async () => {
    expect(await invoke('app:info', {})).toEqual({ ok: true, data: INFO });
    expect(called).toEqual(['app:info']);
  });

  it.each([
    ['another site', { senderFrame: { url: 'https://example.com/' } }],
    ['a look-alike host', { senderFrame: { url: 'app://bird-in-hand.evil/' } }],
    ['a local file', { senderFrame: { url: 'file:///tmp/evil.html' } }],
    ['a frame that is gone', { senderFrame: null }],
  ])('refuses %s without calling the service', async (_what, event) => {
    const answer = await invoke('app:info', {}, event);
    expect(answer).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(called).toEqual([]);
  });

  it('passes validation errors through without calling the service', async () => {
    const answer = await invoke('plans:get', { id: 'not-an-id', extra: true });
    expect(answer).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(called).toEqual([]);
  });

  it('turns an AppError into its own code and message', async () => {
    expect(await invoke('plans:get', { id: PLAN_ID })).toEqual({
      ok: false,
      error: { code: 'not-found', message: 'That plan is not in your plans folder any more.' },
    });
  });

  it('turns any other failure into internal, with no path or stack for the page', async () => {
    const answer = (await invoke('plans:list', {})) as { ok: false; error: { code: string; message: string } };
    expect(answer.ok).toBe(false);
    expect(answer.error.code).toBe('internal');
    expect(answer.error.message).not.toMatch(/EACCES|secret|\/home|\n\s+at /);
    expect(logged).toEqual(['Handler for plans:list failed']);
  });

  it('removes its handlers when asked', () => {
    const own = new Map<string, unknown>();
    const unregister = registerContract(
      { handle: (c: string, l: unknown) => void own.set(c, l), removeHandler: (c: string) => void own.delete(c) } as unknown as IpcMain,
      recordingHandlers(called),
      () => true,
    );
    expect(own.size).toBe(CHANNELS.length);
    unregister();
    expect(own.size).toBe(0);
  });
});

describe('isAppUrl', () => {
  it('accepts only the app origin, and the dev server when one is running', () => {
    expect(isAppUrl('app://bird-in-hand/')).toBe(true);
    expect(isAppUrl('app://bird-in-hand/plans/1?x=1#y')).toBe(true);
    expect(isAppUrl('app://bird-in-hand.evil/')).toBe(false);
    expect(isAppUrl('app://other/')).toBe(false);
    expect(isAppUrl('https://bird-in-hand/')).toBe(false);
    expect(isAppUrl('about:blank')).toBe(false);
    expect(isAppUrl('not a url')).toBe(false);
    expect(isAppUrl(undefined)).toBe(false);
    expect(isAppUrl('http://localhost:5173/plans', 'http://localhost:5173')).toBe(true);
    expect(isAppUrl('http://localhost:5174/', 'http://localhost:5173')).toBe(false);
    expect(isAppUrl('http://localhost:5173/')).toBe(false);
  });
});

describe('broadcast', () => {
  const windows = () => {
    new electron.BrowserWindow({});
    new electron.BrowserWindow({});
    const gone = new electron.BrowserWindow({});
    gone.destroyed = true;
    return electron.windows.slice(-3);
  };

  it('sends a valid event to every open window, payload only', () => {
    const [first, second, gone] = windows();
    const told = broadcast('plans:changed', { id: PLAN_ID, revision: 4 }, [first, second, gone] as unknown as BrowserWindow[]);
    expect(told).toBe(2);
    for (const window of [first, second]) {
      expect(window!.webContents.sent).toEqual([{ channel: 'event:plans:changed', payload: { id: PLAN_ID, revision: 4 } }]);
    }
    expect(gone!.webContents.sent).toEqual([]);
  });

  it('sends nothing when the payload breaks the event schema', () => {
    const [first] = windows();
    const bad = { id: 'nope', revision: 'four' } as unknown as { id: string; revision: number };
    expect(broadcast('plans:changed', bad, [first] as unknown as BrowserWindow[])).toBe(0);
    expect(first!.webContents.sent).toEqual([]);
  });

  it('defaults to all open windows', () => {
    electron.windows.forEach((window) => (window.destroyed = true));
    const [first, second] = windows();
    expect(broadcast('plans:changed', { id: PLAN_ID, revision: null })).toBe(2);
    expect(first!.webContents.sent).toEqual([{ channel: 'event:plans:changed', payload: { id: PLAN_ID, revision: null } }]);
    expect(second!.webContents.sent).toHaveLength(1);
  });
});
