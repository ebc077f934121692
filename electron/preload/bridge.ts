/**
 * `window.planner`, built from the contract's channel and event names and
 * nothing else. The page gets two functions; `ipcRenderer` itself, and the
 * Electron event object, never cross into it.
 */
import type { IpcRenderer, IpcRendererEvent } from 'electron';
import { CHANNELS, EVENTS, describeName, eventChannel, type AppEvent, type PlannerBridge } from '@shared/contract';

/** The part of ipcRenderer the bridge uses; tests pass a recording fake. */
export type BridgeIpc = Pick<IpcRenderer, 'invoke' | 'on' | 'removeListener'>;

/**
 * The bridge over `ipc`. Names are checked here as well as in main so a typo
 * or a hostile script gets a plain answer without reaching the main process.
 */
export function createPlannerBridge(ipc: BridgeIpc): PlannerBridge {
  const channels = new Set<string>(CHANNELS);
  const events = new Set<string>(EVENTS);
  const bridge: PlannerBridge = {
    invoke(channel, input) {
      if (typeof channel !== 'string' || !channels.has(channel)) {
        const name = describeName(channel);
        return Promise.resolve({ ok: false, error: { code: 'unknown-channel', message: `There is no channel named ${name}.` } });
      }
      return ipc.invoke(channel, input);
    },
    on(event, listener) {
      if (typeof event !== 'string' || !events.has(event)) {
        throw new TypeError(`There is no event named ${describeName(event)}; use one of ${EVENTS.join(', ')}.`);
      }
      if (typeof listener !== 'function') throw new TypeError(`The listener for ${event} must be a function.`);
      const channel = eventChannel(event as AppEvent);
      const forward = (_event: IpcRendererEvent, payload: unknown) => listener(payload as Parameters<typeof listener>[0]);
      ipc.on(channel, forward);
      return () => {
        ipc.removeListener(channel, forward);
      };
    },
  };
  return bridge;
}
