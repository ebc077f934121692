/**
 * Small HTTP pieces shared by the harness routes: the headers every answer
 * carries, JSON error answers in the contract's Result shape, the loopback
 * guards (Host, Origin, token) and a size-limited body reader.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ErrorCode } from '@shared/contract';
import { CONTENT_SECURITY_POLICY } from '../../electron/main/security';

/** Headers on every harness answer: the desktop CSP, no sniffing, no caching. */
export function setCommonHeaders(res: ServerResponse): void {
  res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Cache-Control', 'no-store');
  // The first address carries the token in `?t=`: never leak it in a Referer.
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
  res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
  res.setHeader('X-Frame-Options', 'DENY');
}

/** Answers with a contract-shaped failure `{ ok: false, error: { code, message } }`. */
export function sendError(res: ServerResponse, status: number, code: ErrorCode, message: string, extraHeaders: Record<string, string> = {}): void {
  sendJson(res, status, { ok: false, error: { code, message } }, extraHeaders);
}

/**
 * Refuses a request whose body has not been read, with `Connection: close`.
 * With that header Node ends the socket once the answer is written, instead
 * of draining and discarding whatever body the client keeps sending (which
 * let an unauthenticated client stream gigabytes into the harness); see
 * tests/unit/harness/connection-limits.test.ts. Callers must not resume the
 * request first: a resumed request is read to its end.
 */
export function refuse(
  res: ServerResponse,
  status: number,
  code: ErrorCode,
  message: string,
  extraHeaders: Record<string, string> = {},
): void {
  sendError(res, status, code, message, { ...extraHeaders, Connection: 'close' });
}

export function sendJson(res: ServerResponse, status: number, body: unknown, extraHeaders: Record<string, string> = {}): void {
  if (res.headersSent) {
    res.end();
    return;
  }
  const text = JSON.stringify(body);
  res.writeHead(status, {
    ...extraHeaders,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
  });
  res.end(text);
}

/**
 * The hosts the harness answers to. Anything else is refused, so a page on
 * another site cannot reach the harness through DNS rebinding (a name that
 * first resolves to the attacker and then to 127.0.0.1 still sends its own
 * name in `Host`).
 */
export function allowedHosts(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`];
}

export function isAllowedHost(req: IncomingMessage, port: number): boolean {
  const host = req.headers.host?.toLowerCase();
  return host !== undefined && allowedHosts(port).includes(host);
}

/**
 * Browsers send `Origin` on every POST fetch and on cross-origin requests;
 * when present it must be the harness's own page. Requests without it come
 * from non-browser clients (tests, curl), which still need the token.
 */
export function isAllowedOrigin(req: IncomingMessage, port: number): boolean {
  const origin = req.headers.origin;
  if (origin === undefined) return true;
  return allowedHosts(port).some((host) => origin === `http://${host}`);
}

/** Constant-time token comparison; hashing first makes the lengths equal. */
export function tokenMatches(given: string | undefined | null, token: string): boolean {
  if (typeof given !== 'string' || given.length === 0) return false;
  const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest();
  return timingSafeEqual(digest(given), digest(token));
}

export type BodyResult = { ok: true; body: Buffer } | { ok: false; reason: 'too-large' | 'aborted' };

/**
 * Reads the request body up to `limit` bytes. Past the limit it stops
 * keeping data (it is drained and dropped so the client can read the 413)
 * and answers `too-large`; memory never grows beyond the limit.
 */
export function readBody(req: IncomingMessage, limit: number): Promise<BodyResult> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const settle = (result: BodyResult) => {
      if (settled) return;
      settled = true;
      resolve(result);
    };
    req.on('data', (chunk: Buffer) => {
      if (settled) return;
      size += chunk.length;
      if (size > limit) {
        chunks.length = 0;
        settle({ ok: false, reason: 'too-large' });
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => settle({ ok: true, body: Buffer.concat(chunks, size) }));
    req.on('error', () => settle({ ok: false, reason: 'aborted' }));
    req.on('close', () => settle({ ok: false, reason: 'aborted' }));
  });
}
