/**
 * Electron's side of the contract: every channel goes through one ipcMain
 * handler that refuses requests from any page but the app's own, then hands
 * over to the shared `dispatch` (validation, service call, error wrapping).
 */
import { BrowserWindow, type IpcMain, type IpcMainInvokeEvent } from 'electron';
import { CHANNELS, eventChannel, events, type AppEvent, type EventPayload, type Result } from '@shared/contract';
import { dispatch, type Handlers, type Logger } from './ipc/dispatch';

export { isAppUrl } from './app-origin';

export { eventChannel };

/** Decides from the sending frame's URL whether a request comes from the app's own page. */
export type SenderCheck = (frameUrl: string | undefined) => boolean;

const FORBIDDEN: Result<never> = {
  ok: false,
  error: {
    code: 'forbidden',
    message: 'This request did not come from Bird in Hand’s own page, so it was refused. Nothing was read or changed.',
  },
};

/**
 * Registers a handler for exactly the contract's channels and returns a
 * function that removes them again. A request whose sender frame is gone or
 * is not the app's page gets `forbidden` and the service is never called.
 */
export function registerContract(
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>,
  handlers: Handlers,
  isTrustedSender: SenderCheck,
  log?: Logger,
): () => void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, async (event: IpcMainInvokeEvent, input: unknown) => {
      const frameUrl = event.senderFrame?.url;
      if (!isTrustedSender(frameUrl)) {
        console.warn(`Refused ${channel} from a page that is not Bird in Hand: ${frameUrl ?? '(no frame)'}`);
        return FORBIDDEN;
      }
      // One window, one client: its save base is its own (see Caller).
      return dispatch(handlers, channel, input, log, { client: `window-${event.sender.id}` });
    });
  }
  return () => CHANNELS.forEach((channel) => ipcMain.removeHandler(channel));
}

/**
 * Sends an event to every open window after checking the payload against the
 * event's schema. An invalid payload is a bug in main: it is logged and not
 * sent, rather than failing the save that triggered it. Returns how many
 * windows were told.
 */
export function broadcast<E extends AppEvent>(
  event: E,
  payload: EventPayload<E>,
  windows: readonly BrowserWindow[] = BrowserWindow.getAllWindows(),
): number {
  const checked = events[event].safeParse(payload);
  if (!checked.success) {
    console.error(`Not sending ${event}: its payload broke the contract`, checked.error);
    return 0;
  }
  let told = 0;
  for (const window of windows) {
    if (window.isDestroyed() || window.webContents.isDestroyed()) continue;
    window.webContents.send(eventChannel(event), checked.data);
    told += 1;
  }
  return told;
}
