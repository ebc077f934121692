/**
 * The web harness: the desktop app's services and contract handlers
 * (`openServices`, `dispatch`) over HTTP on 127.0.0.1, serving the built
 * renderer with a bridge that defines `window.planner`. Same renderer, same
 * services, same files; only the transport differs. Used by `npm run web`
 * and by the Playwright specs.
 *
 * Safety on a shared machine: loopback only, a per-run token on every call,
 * Origin and Host checks (other sites, DNS rebinding), no CORS headers;
 * header, request and keep-alive timeouts, a connection cap, and a refused
 * request's body is not read on (see `refuse`).
 */
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { openServices } from '../../electron/main/services';
import { createEventStreams, type EventStreams } from './event-stream';
import { isAllowedHost, isAllowedOrigin, refuse, sendError, setCommonHeaders, tokenMatches } from './http-util';
import { FORBIDDEN_ORIGIN_MESSAGE, FORBIDDEN_TOKEN_MESSAGE, handleRpc, RPC_PREFIX } from './rpc-route';
import { BRIDGE_PATH, sendNotFound, serveBridge, serveRendererFile } from './static-files';
import type { Handlers } from '../../electron/main/ipc/dispatch';

/** The repository root (this file lives in tests/harness/). */
export const REPO_ROOT = resolve(import.meta.dirname, '../..');
export const EVENTS_PATH = '/__harness/events';
const BRIDGE_FILE = join(import.meta.dirname, 'bridge.js');

export interface HarnessOptions {
  /** The data folder (plans/, trash/, settings.json). Default: a fresh temp folder, kept after close. */
  dataDir?: string;
  /** Default 0: any free port. */
  port?: number;
  /** The built renderer. Default: out/renderer in the repository. */
  rendererDir?: string;
  /** Default: 24 random bytes, base64url, new on every run. */
  token?: string;
  /** The clock the store uses (tests pin it). */
  now?: () => Date;
  /** Connection limits; tests shorten them. Default: HARNESS_LIMITS. */
  limits?: Partial<HarnessLimits>;
}

export interface HarnessLimits {
  /** The whole request line and headers must arrive within this (a slow-loris client is cut off). */
  headersTimeoutMs: number;
  /** The whole request, body included (a plan is at most a few MB, on loopback). */
  requestTimeoutMs: number;
  /** An idle keep-alive connection is closed after this. */
  keepAliveTimeoutMs: number;
  /** Connections open at once; more are refused (closed) at once. A page needs about 7. */
  maxConnections: number;
  /** How often Node checks the two timeouts above. */
  checkEveryMs: number;
}

export const HARNESS_LIMITS: HarnessLimits = {
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
  keepAliveTimeoutMs: 5_000,
  maxConnections: 64,
  checkEveryMs: 1_000,
};

export interface Harness {
  /** The address to open: it carries the token in `?t=`. */
  url: string;
  /** `http://127.0.0.1:<port>` */
  origin: string;
  token: string;
  dataDir: string;
  /** True when no data folder was given and a temp folder was made for this run. */
  dataDirIsTemporary: boolean;
  /** The listening node:http server (bound to 127.0.0.1 only). */
  server: Server;
  /** Stops accepting, ends event streams, waits for calls in progress, then closes. */
  close(): Promise<void>;
}

async function appVersion(): Promise<string> {
  const pkg = JSON.parse(await readFile(join(REPO_ROOT, 'package.json'), 'utf8')) as { version?: string };
  return pkg.version ?? '0.0.0';
}

function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolvePort, reject) => {
    server.once('error', reject);
    server.listen({ port, host: '127.0.0.1', exclusive: true }, () => {
      server.off('error', reject);
      resolvePort((server.address() as AddressInfo).port);
    });
  });
}

interface RouteContext {
  handlers: Handlers;
  streams: EventStreams;
  token: string;
  port: () => number;
  rendererDir: string;
  closing: () => boolean;
}

async function route(req: IncomingMessage, res: ServerResponse, ctx: RouteContext): Promise<void> {
  setCommonHeaders(res);
  const port = ctx.port();
  if (!isAllowedHost(req, port)) {
    return refuse(res, 403, 'forbidden', `The web harness only answers at 127.0.0.1:${port} or localhost:${port}.`);
  }
  const target = req.url ?? '/';
  if (!target.startsWith('/')) return refuse(res, 400, 'validation', 'The request address must be a path.');
  const rawPath = target.split('?')[0]!;
  if (rawPath.startsWith(RPC_PREFIX)) return handleRpc(req, res, rawPath, { handlers: ctx.handlers, token: ctx.token, port });
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    return refuse(res, 405, 'validation', 'Only GET is served here; channels are called with POST /rpc/<channel>.', { Allow: 'GET, HEAD' });
  }
  if (rawPath === EVENTS_PATH) {
    if (req.method !== 'GET') return refuse(res, 405, 'validation', 'The event stream is read with GET.', { Allow: 'GET' });
    const query = new URL(target, 'http://127.0.0.1').searchParams;
    if (!tokenMatches(query.get('t'), ctx.token)) return refuse(res, 401, 'forbidden', FORBIDDEN_TOKEN_MESSAGE);
    if (!isAllowedOrigin(req, port)) return refuse(res, 403, 'forbidden', FORBIDDEN_ORIGIN_MESSAGE);
    if (ctx.closing()) return sendError(res, 503, 'io', 'The web harness is shutting down.');
    return ctx.streams.open(res, eventsSince(req, query));
  }
  if (rawPath === BRIDGE_PATH) return serveBridge(req, res, BRIDGE_FILE, ctx.streams.lastId);
  if (rawPath.startsWith('/__harness/')) return sendNotFound(req, res);
  return serveRendererFile(req, res, ctx.rendererDir, rawPath);
}

/**
 * Where a new event stream starts: after the last event this page received
 * (EventSource sends it again on reconnect), else after the one it was served
 * with (`since`), else from now.
 */
function eventsSince(req: IncomingMessage, query: URLSearchParams): number | undefined {
  for (const raw of [req.headers['last-event-id'], query.get('since')]) {
    const id = Number(raw);
    if (typeof raw === 'string' && raw !== '' && Number.isSafeInteger(id) && id >= 0) return id;
  }
  return undefined;
}

/** Starts the harness on 127.0.0.1. Fails with a plain message when the renderer is not built. */
export async function startHarness(opts: HarnessOptions = {}): Promise<Harness> {
  const rendererDir = resolve(opts.rendererDir ?? join(REPO_ROOT, 'out', 'renderer'));
  if (!existsSync(join(rendererDir, 'index.html'))) {
    throw new Error(`The web harness found no built renderer (${join(rendererDir, 'index.html')} is missing). Run \`npm run build\` first.`);
  }
  if (opts.token !== undefined && opts.token.length < 16) {
    throw new Error('The web harness token must be at least 16 characters long.');
  }
  const dataDirIsTemporary = opts.dataDir === undefined;
  const dataDir = opts.dataDir === undefined ? await mkdtemp(join(tmpdir(), 'bird-in-hand-web-')) : resolve(opts.dataDir);
  await mkdir(dataDir, { recursive: true });
  const token = opts.token ?? randomBytes(24).toString('base64url');

  const streams = createEventStreams();
  const services = await openServices({
    dataDir,
    transport: 'web',
    version: await appVersion(),
    now: opts.now,
    watch: true,
    onPlanChanged: (id, revision, from) => streams.send('plans:changed', { id, revision, ...(from ? { from } : {}) }),
  });
  const { handlers } = services;
  await services.watching;

  let port = 0;
  let closing: Promise<void> | null = null;
  // Every call until both its work and its response are done, so close() can
  // wait for calls in progress. The work counts apart from the response: a
  // page closed mid-save ends the response early while the save still writes.
  const inFlight = new Set<Promise<unknown>>();
  const ctx: RouteContext = { handlers, streams, token, port: () => port, rendererDir, closing: () => closing !== null };
  const answer = (req: IncomingMessage, res: ServerResponse) => {
    const answered = new Promise<void>((settle) => res.once('close', () => settle()));
    const work = route(req, res, ctx).catch((error: unknown) => {
      console.error('The web harness failed to answer', req.method, req.url, error);
      if (res.headersSent) res.destroy();
      else sendError(res, 500, 'internal', 'Something went wrong inside the web harness. Try again; if it keeps happening, restart `npm run web`.');
    });
    const done = Promise.all([answered, work]);
    inFlight.add(done);
    void done.then(() => inFlight.delete(done));
  };
  const limits = { ...HARNESS_LIMITS, ...opts.limits };
  const server = createServer(
    {
      headersTimeout: limits.headersTimeoutMs,
      requestTimeout: limits.requestTimeoutMs,
      keepAliveTimeout: limits.keepAliveTimeoutMs,
      connectionsCheckingInterval: limits.checkEveryMs,
    },
    answer,
  );
  server.maxConnections = limits.maxConnections;
  port = await listen(server, opts.port ?? 0);
  const origin = `http://127.0.0.1:${port}`;

  async function shutDown(): Promise<void> {
    const closed = new Promise<void>((settle) => server.close(() => settle()));
    streams.closeAll();
    while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
    // Every response is done: what is left are idle keep-alive connections.
    server.closeAllConnections();
    await closed;
    await services.close();
  }

  return {
    url: `${origin}/?t=${token}`,
    origin,
    token,
    dataDir,
    dataDirIsTemporary,
    server,
    close: () => (closing ??= shutDown()),
  };
}
