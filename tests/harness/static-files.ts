/**
 * Serves the built renderer (out/renderer) as the desktop app's protocol
 * handler does (same content types, same CSP), plus
 * the bridge script injected into index.html so `window.planner` exists
 * before the app's module script runs.
 */
import { readFile, realpath, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, resolve, sep } from 'node:path';
import { contentTypeFor } from '../../electron/main/content-types';

/** Where the bridge is served; it is a harness route, never a renderer file. */
export const BRIDGE_PATH = '/__harness/bridge.js';
export const BRIDGE_TAG = `<script src="${BRIDGE_PATH}"></script>`;

const HTML = 'text/html; charset=utf-8';
const JAVASCRIPT = contentTypeFor('bridge.js');

/**
 * Puts the bridge tag right before the first `<script` in the head. A classic
 * script placed before a module script runs first (modules are deferred), so
 * `window.planner` is ready when the app starts. Without any head script the
 * tag goes at the end of the head.
 */
export function injectBridge(html: string): string {
  const headEnd = html.search(/<\/head>/i);
  const firstScript = html.search(/<script\b/i);
  if (firstScript !== -1 && (headEnd === -1 || firstScript < headEnd)) {
    return html.slice(0, firstScript) + BRIDGE_TAG + html.slice(firstScript);
  }
  if (headEnd !== -1) return html.slice(0, headEnd) + BRIDGE_TAG + html.slice(headEnd);
  return BRIDGE_TAG + html;
}

/**
 * Maps a request path to a file inside `root`, or null when it is not a
 * clean path there. Any `..` segment is refused outright (even though URL
 * parsing would fold it away), and the resolved path must stay under `root`.
 */
export function resolveInside(root: string, rawPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const segments = decoded.split('/');
  if (segments.some((s) => s === '..' || s === '.')) return null;
  const full = resolve(root, '.' + decoded);
  return full === root || full.startsWith(root + sep) ? full : null;
}

/** True for a regular file whose real path is still inside `root` (symlinks leading out are refused, as on the desktop). */
async function isFileInside(root: string, path: string): Promise<boolean> {
  try {
    if (!(await stat(path)).isFile()) return false;
    const [realRoot, realPath] = await Promise.all([realpath(root), realpath(path)]);
    return realPath.startsWith(realRoot + sep);
  } catch {
    return false;
  }
}

function sendText(req: IncomingMessage, res: ServerResponse, status: number, type: string, body: Buffer | string): void {
  const buffer = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
  res.writeHead(status, { 'Content-Type': type, 'Content-Length': buffer.length });
  res.end(req.method === 'HEAD' ? undefined : buffer);
}

export function sendNotFound(req: IncomingMessage, res: ServerResponse): void {
  sendText(req, res, 404, 'text/plain; charset=utf-8', 'Not found.');
}

export async function sendIndex(req: IncomingMessage, res: ServerResponse, root: string): Promise<void> {
  const html = await readFile(resolve(root, 'index.html'), 'utf8');
  sendText(req, res, 200, HTML, injectBridge(html));
}

/**
 * A renderer file, or index.html for app routes (paths without an
 * extension, so a missing asset is a plain 404 rather than a page of HTML).
 */
export async function serveRendererFile(req: IncomingMessage, res: ServerResponse, root: string, rawPath: string): Promise<void> {
  const full = resolveInside(root, rawPath);
  if (full === null) return sendNotFound(req, res);
  if (full === root || full === resolve(root, 'index.html')) return sendIndex(req, res, root);
  if (await isFileInside(root, full)) return sendText(req, res, 200, contentTypeFor(full), await readFile(full));
  if (extname(full) === '') return sendIndex(req, res, root);
  return sendNotFound(req, res);
}

/**
 * The bridge script, read from disk on each request (no build step, no cache),
 * with the id of the last event sent, so the page's event stream starts there.
 */
export async function serveBridge(req: IncomingMessage, res: ServerResponse, bridgeFile: string, lastEventId: number): Promise<void> {
  const script = (await readFile(bridgeFile, 'utf8')).replace('__LAST_EVENT_ID__', String(lastEventId));
  sendText(req, res, 200, JAVASCRIPT, script);
}
