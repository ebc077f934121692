/**
 * The one generic contract handler, shared by Electron's ipcMain and the web
 * harness's HTTP server: it checks the channel, parses the input with the
 * channel's zod schema, calls the service and wraps the answer. It never
 * throws; every failure becomes `{ ok: false, error: { code, message } }`.
 */
import type { z } from 'zod';
import { contract, describeName, isChannel, type Channel, type ChannelInput, type ChannelOutput, type Result } from '@shared/contract';
import { AppError } from '@shared/errors';

/**
 * Who is asking: one client per window (Electron: the sender's webContents)
 * or per page (web harness: an id the page makes up when it loads). The plan
 * store keeps each client's save base apart, so what one window reads never
 * makes another window's stale save acceptable. The transport sets it, never
 * the request body.
 */
export interface Caller {
  client: string;
}

/** The caller of in-process use (tests, benches): one client. */
export const LOCAL_CALLER: Caller = Object.freeze({ client: 'local' });

/** One async function per channel; inputs arrive already validated. */
export type Handlers = {
  [C in Channel]: (input: z.output<(typeof contract)[C]['input']>, caller?: Caller) => Promise<ChannelOutput<C>>;
};

const INTERNAL_MESSAGE = 'Something went wrong inside Bird in Hand. Try again; if it keeps happening, restart the app.';

export type Logger = (message: string, error: unknown) => void;

function describeIssues(error: z.ZodError): string {
  const first = error.issues.slice(0, 3).map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message));
  const more = error.issues.length > 3 ? ` (and ${error.issues.length - 3} more)` : '';
  return `The request was not valid. ${first.join('; ')}${more}`;
}

export async function dispatch(
  handlers: Handlers,
  channel: unknown,
  input: unknown,
  log: Logger = (m, e) => console.error(m, e),
  caller: Caller = LOCAL_CALLER,
): Promise<Result<unknown>> {
  if (!isChannel(channel)) {
    return { ok: false, error: { code: 'unknown-channel', message: `There is no channel named ${describeName(channel)}.` } };
  }
  const parsed = contract[channel].input.safeParse(input);
  if (!parsed.success) return { ok: false, error: { code: 'validation', message: describeIssues(parsed.error) } };
  try {
    const handler = handlers[channel] as (i: unknown, c: Caller) => Promise<unknown>;
    const data = await handler(parsed.data, caller);
    // The output schema is the promise made to the renderer; checking it here
    // turns a service bug into a clear error instead of a broken screen.
    const checked = contract[channel].output.safeParse(data);
    if (!checked.success) {
      log(`Output of ${channel} broke the contract`, checked.error);
      return { ok: false, error: { code: 'internal', message: INTERNAL_MESSAGE } };
    }
    return { ok: true, data: checked.data };
  } catch (error) {
    if (error instanceof AppError) return { ok: false, error: error.toInfo() };
    log(`Handler for ${channel} failed`, error);
    return { ok: false, error: { code: 'internal', message: INTERNAL_MESSAGE } };
  }
}

/** Typed helper for callers that know the channel statically (tests, harness). */
export type TypedDispatch = <C extends Channel>(channel: C, input: ChannelInput<C>) => Promise<Result<ChannelOutput<C>>>;
