import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { PlannerBridge } from '@shared/contract';
import { fakeElectron, type FakeElectron } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).createFakeElectron());

let electron: FakeElectron;
let planner: PlannerBridge;

beforeAll(async () => {
  electron = await fakeElectron();
  await import('../../../electron/preload/index');
  planner = electron.exposed.get('planner') as PlannerBridge;
});

describe('the preload', () => {
  it('exposes only window.planner, with only invoke and on', () => {
    expect([...electron.exposed.keys()]).toEqual(['planner']);
    expect(Object.keys(planner).sort()).toEqual(['invoke', 'on']);
    expect(Object.values(planner).every((value) => typeof value === 'function')).toBe(true);
    expect(Object.values(planner)).not.toContain(electron.ipcRenderer);
  });

  it('forwards a contract channel to ipcRenderer.invoke', async () => {
    electron.invocations.length = 0;
    expect(await planner.invoke('plans:list', {})).toEqual({ ok: true, data: 'answer to plans:list' });
    expect(electron.invocations).toEqual([{ channel: 'plans:list', input: {} }]);
  });

  it.each(['plans:format-disk', 'constructor', '__proto__', 42])(
    'refuses the unknown channel %s without reaching the main process',
    async (name) => {
      electron.invocations.length = 0;
      const answer = await (planner.invoke as (c: unknown, i: unknown) => Promise<unknown>)(name, {});
      expect(answer).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
      expect(electron.invocations).toEqual([]);
    },
  );

  it('gives listeners the payload alone, never the Electron event, until unsubscribed', () => {
    const received: unknown[][] = [];
    const unsubscribe = planner.on('plans:changed', (...args: unknown[]) => received.push(args));
    const electronEvent = { sender: electron.ipcRenderer, ports: [] };
    electron.ipcRenderer.emit('event:plans:changed', electronEvent, { id: 'a', revision: 2 });
    expect(received).toEqual([[{ id: 'a', revision: 2 }]]);

    unsubscribe();
    electron.ipcRenderer.emit('event:plans:changed', electronEvent, { id: 'a', revision: 3 });
    expect(received).toHaveLength(1);
    expect(electron.ipcRenderer.listenerCount('event:plans:changed')).toBe(0);
  });

  it('refuses to subscribe to an event that is not in the contract', () => {
    const on = planner.on as (event: string, listener: () => void) => () => void;
    expect(() => on('app:quit', () => {})).toThrow(/no event named "app:quit"/);
    expect(electron.ipcRenderer.eventNames()).toEqual([]);
  });
});
