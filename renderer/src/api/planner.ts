/**
 * The only module that touches `window.planner`. The preload (desktop app) or
 * the harness bridge (browser) defines it; everything else in the renderer
 * calls `call()` and `onEvent()` and never sees the transport.
 */
import type {
  AppEvent,
  Channel,
  ChannelInput,
  ChannelOutput,
  ErrorCode,
  EventPayload,
  PlannerBridge,
} from '@shared/contract';

export const NO_BRIDGE_MESSAGE = 'This page must run inside Bird in Hand or its web harness.';

const UNREACHABLE_MESSAGE =
  'Bird in Hand could not reach its data service. Try again; if it keeps happening, restart the app.';

/** A failed call, in the contract's words: a code the UI can act on and a plain message. */
export class PlannerError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'PlannerError';
  }
}

/** The bridge, or a PlannerError saying plainly where this page must run. */
function bridge(): PlannerBridge {
  // Read through a cast rather than a global `Window` augmentation, so the
  // preload's own declaration (if any) can never clash with this one.
  const planner = (globalThis as { planner?: PlannerBridge }).planner;
  if (!planner) throw new PlannerError('internal', NO_BRIDGE_MESSAGE);
  return planner;
}

/** Whether a bridge is present (the app shows a plain page instead of failing calls). */
export function hasBridge(): boolean {
  return Boolean((globalThis as { planner?: PlannerBridge }).planner);
}

/**
 * Calls a contract channel. Resolves with the channel's data, or rejects with
 * a PlannerError carrying the contract's error code and message. A transport
 * failure (the bridge itself threw) becomes an `internal` PlannerError.
 */
export async function call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
  const planner = bridge();
  let result: Awaited<ReturnType<PlannerBridge['invoke']>>;
  try {
    result = await planner.invoke(channel, input);
  } catch (error) {
    console.error(`planner.invoke(${channel}) failed`, error);
    throw new PlannerError('internal', UNREACHABLE_MESSAGE);
  }
  if (!result.ok) throw new PlannerError(result.error.code, result.error.message);
  return result.data as ChannelOutput<C>;
}

/** Subscribes to a main → renderer event; returns the unsubscribe function. */
export function onEvent<E extends AppEvent>(event: E, listener: (payload: EventPayload<E>) => void): () => void {
  return bridge().on(event, listener);
}

/** The message to show for anything thrown by `call()` (or by code around it). */
export function errorMessage(error: unknown): string {
  if (error instanceof PlannerError) return error.message;
  return 'Something went wrong inside Bird in Hand. Try again; if it keeps happening, restart the app.';
}

/** Whether `error` is a PlannerError with the given code. */
export function isPlannerError(error: unknown, code?: ErrorCode): error is PlannerError {
  return error instanceof PlannerError && (code === undefined || error.code === code);
}
