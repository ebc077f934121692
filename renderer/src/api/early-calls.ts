/**
 * Calls started at startup, before React renders, so the data a screen needs
 * travels while the app's code is still being parsed, instead of after. The
 * first screen that asks for the same channel and input takes the started
 * call (once); any later ask makes a fresh call, so nothing stale is reused.
 */
import type { Channel, ChannelInput, ChannelOutput } from '@shared/contract';
import { call, hasBridge } from './planner';

const started = new Map<string, Promise<unknown>>();
/** Calls started early that have answered, by the same key, until taken. */
const answered = new Map<string, unknown>();

const keyOf = (channel: Channel, input: unknown) => `${channel} ${JSON.stringify(input)}`;

/** Starts a call now, to be taken by `callOrTakeEarly`. Does nothing without a bridge. */
export function startEarly<C extends Channel>(channel: C, input: ChannelInput<C>): void {
  if (!hasBridge()) return;
  const promise = call(channel, input);
  // Failures surface to whoever takes the call; an untaken one is not an error.
  promise.catch(() => undefined);
  const key = keyOf(channel, input);
  started.set(key, promise);
  void promise.then(
    (data) => {
      if (started.get(key) === promise) answered.set(key, data);
    },
    () => undefined,
  );
}

/** The call started early for this channel and input, taken once; otherwise a fresh call. */
export function callOrTakeEarly<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
  const key = keyOf(channel, input);
  const early = started.get(key);
  if (!early) return call(channel, input);
  started.delete(key);
  answered.delete(key);
  return early as Promise<ChannelOutput<C>>;
}

/**
 * The answer of a call started early, taken once, if it has already come
 * back: the first screen can then render with its data in the same pass as
 * the app around it. Undefined when it is still travelling or failed (take it
 * with `callOrTakeEarly` then).
 */
export function takeEarlyAnswer<C extends Channel>(channel: C, input: ChannelInput<C>): ChannelOutput<C> | undefined {
  const key = keyOf(channel, input);
  if (!answered.has(key)) return undefined;
  const data = answered.get(key) as ChannelOutput<C>;
  answered.delete(key);
  started.delete(key);
  return data;
}
