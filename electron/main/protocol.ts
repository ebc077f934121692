/**
 * Serves the built renderer from the app's own origin, `app://bird-in-hand/`,
 * instead of `file://`: one exact origin for the CSP, the IPC sender check and
 * the navigation guard, and no access to the rest of the disk. Only files
 * inside the renderer folder are ever served.
 */
import { readFile, realpath, stat } from 'node:fs/promises';
import { extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { Protocol } from 'electron';
import { APP_HOST, APP_SCHEME } from './app-origin';
import { contentTypeFor } from './content-types';
import { CONTENT_SECURITY_POLICY } from './security';

/**
 * Must run before the app is ready. `standard` gives the scheme real origins
 * and relative URL resolution, `secure` makes it a secure context like https,
 * `supportFetchAPI` lets the page fetch its own files, and `codeCache` lets
 * V8 keep the compiled app code between launches (only for standard schemes):
 * evaluating the app's JavaScript is the largest single cost of opening it.
 */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);
}

export type AppRequestHandler = (request: Request) => Promise<Response>;

/** True when `target` is `root` itself or lies below it. */
function isInside(root: string, target: string): boolean {
  const rel = relative(root, target);
  return !isAbsolute(rel) && rel !== '..' && !rel.startsWith(`..${sep}`);
}

/** The decoded path of a request for our host, or null for anything else. */
function requestedPath(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return null;
  try {
    // Decoding turns `..%2F` into `../`; the containment check below runs on
    // the decoded, resolved path, so encoded traversal is caught as well.
    const path = decodeURIComponent(parsed.pathname);
    return path.includes('\0') ? null : path;
  } catch {
    return null;
  }
}

/** The real path of a regular file inside `root`, or null. Symlinks leading out are refused. */
async function fileInside(root: string, target: string): Promise<string | null> {
  try {
    if (!(await stat(target)).isFile()) return null;
    const [realRoot, realTarget] = await Promise.all([realpath(root), realpath(target)]);
    return isInside(realRoot, realTarget) ? realTarget : null;
  } catch {
    return null;
  }
}

/**
 * The `app:` request handler over `rootDir` (the built renderer). `/` and
 * unknown paths without a file extension (client-side routes such as
 * `/plans/123`) get `index.html`; a missing asset, a path outside the root or
 * another host gets 404. Every response carries the CSP.
 */
export function createAppRequestHandler(rootDir: string, csp: string = CONTENT_SECURITY_POLICY): AppRequestHandler {
  const root = resolve(rootDir);
  const headers = (contentType: string) => ({
    'Content-Type': contentType,
    'Content-Security-Policy': csp,
    'X-Content-Type-Options': 'nosniff',
  });
  const notFound = () =>
    new Response('Not found: this address is not part of Bird in Hand.', {
      status: 404,
      headers: headers('text/plain; charset=utf-8'),
    });
  const send = async (file: string, method: string) => {
    const body = method === 'HEAD' ? null : new Uint8Array(await readFile(file));
    return new Response(body, { status: 200, headers: headers(contentTypeFor(file)) });
  };

  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return new Response('Bird in Hand only reads its own files.', { status: 405, headers: headers('text/plain; charset=utf-8') });
    }
    const path = requestedPath(request.url);
    if (path === null) return notFound();
    const target = resolve(root, `.${path}`);
    if (!isInside(root, target)) return notFound();

    const file = await fileInside(root, path.endsWith('/') ? join(target, 'index.html') : target);
    if (file) return send(file, request.method);
    if (extname(path) !== '') return notFound();
    const index = await fileInside(root, join(root, 'index.html'));
    return index ? send(index, request.method) : notFound();
  };
}

/** Registers the `app:` handler on the default session's protocol (after ready). */
export function serveAppProtocol(protocol: Pick<Protocol, 'handle'>, rootDir: string, csp?: string): void {
  protocol.handle(APP_SCHEME, createAppRequestHandler(rootDir, csp));
}
