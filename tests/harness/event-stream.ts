/**
 * Main → renderer events over Server-Sent Events: the web counterpart of
 * `webContents.send`. Each open page holds one stream; every event is sent
 * to every stream, as Electron sends `plans:changed` to every window.
 *
 * Unlike Electron's IPC, a stream connects a moment after the page loads and
 * reconnects after a hiccup; an event sent in between would be lost, and the
 * page would show an old plan. So each event has an id, the last ones are
 * kept, and a stream opened with the id the page last knew (the one served
 * with the bridge, or EventSource's own Last-Event-ID) gets what it missed.
 */
import type { ServerResponse } from 'node:http';
import { events, type AppEvent, type EventPayload } from '@shared/contract';

export interface EventStreams {
  /** Takes over `res` as an event stream until the client goes away or `closeAll`; first sends the events after `since`. */
  open(res: ServerResponse, since?: number): void;
  /** The id of the last event sent (0 before any): a page served now has seen everything up to it. */
  readonly lastId: number;
  /** Validates the payload (the sender checks, as the contract says) and sends it to every stream. */
  send<E extends AppEvent>(event: E, payload: EventPayload<E>): void;
  /** Ends every stream (graceful shutdown). */
  closeAll(): void;
  readonly size: number;
}

/** How many recent events a late stream can catch up on. */
export const KEPT_EVENTS = 500;

export function createEventStreams(): EventStreams {
  const streams = new Set<ServerResponse>();
  const kept: { id: number; frame: string }[] = [];
  let lastId = 0;
  return {
    open(res, since = lastId) {
      res.writeHead(200, {
        'Content-Type': 'text/event-stream; charset=utf-8',
        Connection: 'keep-alive',
      });
      // The comment line makes the headers and the stream visible to the
      // client at once, so it knows it is subscribed before anything happens.
      res.write(': connected\n\n');
      for (const { id, frame } of kept) if (id > since) res.write(frame);
      streams.add(res);
      res.on('close', () => streams.delete(res));
    },
    send(event, payload) {
      const data = events[event].parse(payload);
      lastId += 1;
      const frame = `id: ${lastId}\nevent: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
      kept.push({ id: lastId, frame });
      if (kept.length > KEPT_EVENTS) kept.shift();
      for (const res of streams) res.write(frame);
    },
    closeAll() {
      for (const res of streams) res.end();
      streams.clear();
    },
    get size() {
      return streams.size;
    },
    get lastId() {
      return lastId;
    },
  };
}
