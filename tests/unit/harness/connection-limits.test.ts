/**
 * The web harness under hostile clients, with real sockets on 127.0.0.1:
 * a client that sends its headers a byte at a time is cut off, an
 * unauthenticated request's large body is not read after the 401, idle
 * keep-alive connections are closed, and connections beyond the cap are
 * refused. Every wait is on a socket event, never a sleep; the short limits
 * below keep each case well under a second.
 */
import { connect, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { HARNESS_LIMITS, type HarnessLimits } from '../../harness/server';
import { startFixture, type Fixture } from './harness-fixture';

let fx: Fixture | null = null;
const sockets: Socket[] = [];

afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.destroy();
  await fx?.cleanup();
  fx = null;
});

async function harness(limits: Partial<HarnessLimits>): Promise<{ port: number; fx: Fixture }> {
  fx = await startFixture({ limits });
  return { port: Number(new URL(fx.harness.origin).port), fx };
}

/** A raw TCP client; `closed` settles with everything the server sent once the socket is closed. */
async function open(port: number): Promise<{ socket: Socket; closed: Promise<string> }> {
  const socket = connect({ host: '127.0.0.1', port });
  sockets.push(socket);
  let received = '';
  socket.on('data', (chunk: Buffer) => void (received += chunk.toString('latin1')));
  socket.on('error', () => {}); // a reset by the server is an expected way to be cut off
  const closed = new Promise<string>((resolve) => socket.once('close', () => resolve(received)));
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', resolve);
    socket.once('error', reject);
  });
  return { socket, closed };
}

/** Server-side sockets, as the harness accepts them. */
function accepted(fixture: Fixture): Socket[] {
  const list: Socket[] = [];
  fixture.harness.server.on('connection', (socket: Socket) => list.push(socket));
  return list;
}

describe('the web harness limits its connections', () => {
  it('has header, request and keep-alive timeouts and a connection cap by default', () => {
    expect(HARNESS_LIMITS.headersTimeoutMs).toBeLessThanOrEqual(10_000);
    expect(HARNESS_LIMITS.requestTimeoutMs).toBeLessThanOrEqual(60_000);
    expect(HARNESS_LIMITS.keepAliveTimeoutMs).toBeLessThanOrEqual(5_000);
    expect(HARNESS_LIMITS.maxConnections).toBeLessThanOrEqual(100);
  });

  it('cuts off a client that sends its headers a byte at a time (slow loris)', async () => {
    const { port } = await harness({ headersTimeoutMs: 300, checkEveryMs: 50 });
    const { socket, closed } = await open(port);
    const started = Date.now();
    socket.write(`GET / HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nX-Slow: `);
    // One more byte every 20 ms keeps the socket busy but never finishes the headers.
    const drip = setInterval(() => socket.writable && socket.write('a'), 20);
    const answer = await closed;
    clearInterval(drip);
    expect(Date.now() - started).toBeGreaterThanOrEqual(250);
    expect(answer === '' || answer.startsWith('HTTP/1.1 408')).toBe(true);
  });

  it('closes the socket after a 401 without reading the rest of a large body', async () => {
    const { port, fx: fixture } = await harness({});
    const serverSide = accepted(fixture);
    const { socket, closed } = await open(port);
    const declared = 100 * 1024 * 1024;
    socket.write(
      `POST /rpc/plans%3Alist HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Type: application/json\r\nContent-Length: ${declared}\r\n\r\n`,
    );
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    let written = 0;
    let connected = true;
    void closed.then(() => (connected = false));
    while (connected && written < declared) {
      written += chunk.length;
      if (!socket.write(chunk)) {
        await new Promise<void>((resolve) => {
          socket.once('drain', resolve);
          socket.once('close', resolve);
        });
      }
    }
    const answer = await closed;
    expect(answer).toMatch(/^HTTP\/1\.1 401 /);
    expect(answer.toLowerCase()).toContain('connection: close');
    expect(written).toBeLessThan(declared);
    // What the harness took in: the headers, what was already in flight, and at most the linger allowance.
    expect(serverSide[0]!.bytesRead).toBeLessThan(4 * 1024 * 1024);
  });

  it('closes an idle keep-alive connection after the keep-alive timeout', async () => {
    const { port } = await harness({ keepAliveTimeoutMs: 200 });
    const { socket, closed } = await open(port);
    socket.write(`GET / HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n\r\n`);
    const started = Date.now();
    const answer = await closed;
    expect(answer).toMatch(/^HTTP\/1\.1 200 /);
    expect(Date.now() - started).toBeGreaterThanOrEqual(150);
  });

  it('refuses connections beyond the cap, and takes new ones once there is room', async () => {
    const { port, fx: fixture } = await harness({ maxConnections: 3 });
    const serverSide = accepted(fixture);
    const first = [await open(port), await open(port), await open(port)];
    // The harness has taken all three before the fourth arrives.
    while (serverSide.length < 3) await new Promise((resolve) => fixture.harness.server.once('connection', resolve));
    const dropped = new Promise((resolve) => fixture.harness.server.once('drop', resolve));
    const extra = await open(port);
    expect(await extra.closed).toBe('');
    await dropped;

    const leaving = new Promise((resolve) => serverSide[0]!.once('close', resolve));
    first[0]!.socket.destroy();
    await leaving;
    const next = await open(port);
    next.socket.write(`GET / HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nConnection: close\r\n\r\n`);
    expect(await next.closed).toMatch(/^HTTP\/1\.1 200 /);
  });
});
