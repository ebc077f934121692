/**
 * Main → renderer events over Server-Sent Events: the web counterpart of
 * `webContents.send`. Each open page holds one stream; every event is sent
 * to every stream, as Electron sends `plans:changed` to every window.
 */
import type { ServerResponse } from 'node:http';
import { events, type AppEvent, type EventPayload } from '@shared/contract';

export interface EventStreams {
  /** Takes over `res` as an event stream until the client goes away or `closeAll`. */
  open(res: ServerResponse): void;
  /** Validates the payload (the sender checks, as the contract says) and sends it to every stream. */
  send<E extends AppEvent>(event: E, payload: EventPayload<E>): void;
  /** Ends every stream (graceful shutdown). */
  closeAll(): void;
  readonly size: number;
}

export function createEventStreams(): EventStreams {
  const streams = new Set<ServerResponse>();
  return {
    open(res) {
      res.writeHead(200, {
        'Content-Type': 'text/event-stream; charset=utf-8',
        Connection: 'keep-alive',
      });
      // The comment line makes the headers and the stream visible to the
      // client at once, so it knows it is subscribed before anything happens.
      res.write(': connected\n\n');
      streams.add(res);
      res.on('close', () => streams.delete(res));
    },
    send(event, payload) {
      const data = events[event].parse(payload);
      const frame = `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
      for (const res of streams) res.write(frame);
    },
    closeAll() {
      for (const res of streams) res.end();
      streams.clear();
    },
    get size() {
      return streams.size;
    },
  };
}
