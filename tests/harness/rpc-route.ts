/**
 * `POST /rpc/<channel>`: the HTTP counterpart of `ipcMain.handle`. After the
 * transport checks (token, origin, content type, size, JSON) the body goes
 * to the very `dispatch` the desktop app uses, and its Result is the answer.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { LIMITS } from '@shared/limits';
import { dispatch, type Handlers } from '../../electron/main/ipc/dispatch';
import { isAllowedOrigin, readBody, refuse, sendError, sendJson, tokenMatches } from './http-util';

export const TOKEN_HEADER = 'x-bird-token';
/** The page's own client id (bridge.js makes one per page load); see Caller in dispatch.ts. */
export const CLIENT_HEADER = 'x-bird-client';
const CLIENT_ID = /^[A-Za-z0-9-]{1,64}$/;
export const RPC_PREFIX = '/rpc/';

export const FORBIDDEN_TOKEN_MESSAGE =
  'This request did not carry the web harness token. Open the address that `npm run web` printed (it ends with ?t=…) and try again.';
export const FORBIDDEN_ORIGIN_MESSAGE = 'This request came from another site; the web harness only answers its own page.';

export interface RpcContext {
  handlers: Handlers;
  token: string;
  port: number;
  limit?: number;
}

function isJson(req: IncomingMessage): boolean {
  const type = req.headers['content-type'];
  return typeof type === 'string' && type.split(';')[0]!.trim().toLowerCase() === 'application/json';
}

/** `/rpc/plans%3Alist` → `plans:list`; an undecodable name is passed on and refused by dispatch. */
function channelFrom(pathname: string): string {
  const raw = pathname.slice(RPC_PREFIX.length);
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Parses the body as the channel input; an empty body is `undefined`, as an IPC call without input. */
function parseInput(body: Buffer): { ok: true; input: unknown } | { ok: false; message: string } {
  let text: string;
  try {
    text = utf8.decode(body);
  } catch {
    return { ok: false, message: 'The request body was not UTF-8 text. Send the input as JSON.' };
  }
  if (text.trim() === '') return { ok: true, input: undefined };
  try {
    return { ok: true, input: JSON.parse(text) };
  } catch {
    return { ok: false, message: 'The request body was not valid JSON. Send the input as one JSON value.' };
  }
}

export async function handleRpc(req: IncomingMessage, res: ServerResponse, pathname: string, ctx: RpcContext): Promise<void> {
  const limit = ctx.limit ?? LIMITS.planBytes;
  if (req.method !== 'POST') {
    return refuse(res, 405, 'validation', 'Channels are called with POST.', { Allow: 'POST' });
  }
  const given = req.headers[TOKEN_HEADER];
  if (!tokenMatches(typeof given === 'string' ? given : undefined, ctx.token)) {
    return refuse(res, 401, 'forbidden', FORBIDDEN_TOKEN_MESSAGE);
  }
  if (!isAllowedOrigin(req, ctx.port)) return refuse(res, 403, 'forbidden', FORBIDDEN_ORIGIN_MESSAGE);
  if (!isJson(req)) {
    return refuse(res, 415, 'validation', 'The request must be JSON (Content-Type: application/json).');
  }
  const tooLarge = () =>
    refuse(res, 413, 'too-large', `The request is larger than ${limit} bytes, the most a plan may take. Nothing was saved.`);
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) return tooLarge();
  const read = await readBody(req, limit);
  if (!read.ok) {
    if (read.reason === 'too-large') return tooLarge();
    return; // The client went away; there is no one to answer.
  }
  const parsed = parseInput(read.body);
  if (!parsed.ok) return sendError(res, 400, 'validation', parsed.message);
  const client = req.headers[CLIENT_HEADER];
  const caller = { client: typeof client === 'string' && CLIENT_ID.test(client) ? `page-${client}` : 'page' };
  const result = await dispatch(ctx.handlers, channelFrom(pathname), parsed.input, undefined, caller);
  sendJson(res, 200, result);
}
