import { get, type ClientRequest, type IncomingMessage } from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Harness } from '../../harness/server';
import { BRIDGE_PATH } from '../../harness/static-files';
import { raw, rpc, startFixture, type Fixture } from './harness-fixture';

interface SseFrame {
  event: string;
  data: unknown;
}

/**
 * A minimal event-stream reader: resolves `connected` once the harness has
 * registered the stream, and hands out frames in order. `ended` resolves
 * when the server ends the stream.
 */
function openEvents(harness: Harness, token = harness.token, query = '') {
  const frames: SseFrame[] = [];
  const waiting: ((frame: SseFrame) => void)[] = [];
  let request: ClientRequest | undefined;
  let markConnected: () => void = () => {};
  let markEnded: () => void = () => {};
  const connected = new Promise<void>((resolve) => (markConnected = resolve));
  const ended = new Promise<void>((resolve) => (markEnded = resolve));
  const response = new Promise<number>((resolve, reject) => {
    request = get(`${harness.origin}/__harness/events?t=${encodeURIComponent(token)}${query}`, { agent: false }, (res) => {
      resolve(res.statusCode ?? 0);
      let buffer = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        buffer += chunk;
        let end: number;
        while ((end = buffer.indexOf('\n\n')) !== -1) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          if (block.startsWith(': connected')) markConnected();
          const event = /^event: (.*)$/m.exec(block)?.[1];
          const data = /^data: (.*)$/m.exec(block)?.[1];
          if (event === undefined || data === undefined) continue;
          const frame = { event, data: JSON.parse(data) as unknown };
          const waiter = waiting.shift();
          if (waiter) waiter(frame);
          else frames.push(frame);
        }
      });
      res.on('end', () => markEnded());
    });
    request.on('error', reject);
  });
  return {
    response,
    connected,
    ended,
    next: () => new Promise<SseFrame>((resolve) => (frames.length ? resolve(frames.shift()!) : waiting.push(resolve))),
    close: () => request?.destroy(),
  };
}

let fx: Fixture;
beforeEach(async () => {
  fx = await startFixture();
});
afterEach(() => fx.cleanup());

describe('web harness: GET /__harness/events', () => {
  it('delivers plans:changed after a create and after a save', async () => {
    const events = openEvents(fx.harness);
    expect(await events.response).toBe(200);
    await events.connected;

    const created = (await rpc(fx.harness, 'plans:create', { from: 'blank', name: 'Offer from Acme' })).json() as {
      ok: true;
      data: { id: string; revision: number };
    };
    expect(await events.next()).toEqual({ event: 'plans:changed', data: { id: created.data.id, revision: created.data.revision } });

    const saved = (await rpc(fx.harness, 'plans:save', { plan: created.data, baseRevision: created.data.revision })).json();
    expect(saved).toMatchObject({ ok: true, data: { revision: created.data.revision + 1 } });
    expect(await events.next()).toEqual({ event: 'plans:changed', data: { id: created.data.id, revision: created.data.revision + 1 } });
    events.close();
  });

  it('a stream opened late gets the events sent since the id its page was served with, and none before', async () => {
    const servedWith = async () => {
      const bridge = await raw(fx.harness, { path: BRIDGE_PATH });
      return Number(/var lastEventId = Number\('(\d+)'\)/.exec(bridge.text)?.[1]);
    };
    const first = await servedWith();
    const acme = (await rpc(fx.harness, 'plans:create', { from: 'blank', name: 'Offer from Acme' })).json() as { data: { id: string } };
    const second = await servedWith();
    expect(second).toBe(first + 1);
    const harbor = (await rpc(fx.harness, 'plans:create', { from: 'blank', name: 'Offer from Harbor' })).json() as { data: { id: string } };

    // The first page's stream connects only now: both creates came before it.
    const late = openEvents(fx.harness, fx.harness.token, `&since=${first}`);
    await late.connected;
    expect((await late.next()).data).toMatchObject({ id: acme.data.id });
    expect((await late.next()).data).toMatchObject({ id: harbor.data.id });
    late.close();

    // A page served after the first create starts after it.
    const after = openEvents(fx.harness, fx.harness.token, `&since=${second}`);
    await after.connected;
    expect((await after.next()).data).toMatchObject({ id: harbor.data.id });
    after.close();
  });

  it('sends event-stream headers with the common security headers', async () => {
    const res = await new Promise<IncomingMessage>((resolve, reject) => {
      const req = get(`${fx.harness.origin}/__harness/events?t=${fx.harness.token}`, { agent: false }, (r) => {
        resolve(r);
        r.destroy();
      });
      req.on('error', reject);
    });
    expect(res.headers['content-type']).toBe('text/event-stream; charset=utf-8');
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('refuses a stream without the right token', async () => {
    const none = await raw(fx.harness, { path: '/__harness/events' });
    expect(none.status).toBe(401);
    expect(none.json()).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const wrong = await raw(fx.harness, { path: '/__harness/events?t=not-the-token' });
    expect(wrong.status).toBe(401);
    const foreign = await raw(fx.harness, { path: `/__harness/events?t=${fx.harness.token}`, headers: { origin: 'http://evil.example' } });
    expect(foreign.status).toBe(403);
  });

  it('ends open streams when the harness closes, and close() still returns', async () => {
    const events = openEvents(fx.harness);
    await events.connected;
    await fx.harness.close();
    await events.ended;
    await expect(raw(fx.harness, { path: '/' })).rejects.toThrow();
  });
});
