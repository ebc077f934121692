/**
 * The app's own origin. The built renderer is served from `app://bird-in-hand/`
 * (see protocol.ts), never from `file://`, so that "is this our page?" has one
 * exact answer used by the IPC sender check, the navigation guard and the
 * protocol handler alike.
 */

export const APP_SCHEME = 'app';
export const APP_HOST = 'bird-in-hand';
/** Where the main window loads the built renderer. */
export const APP_URL = `${APP_SCHEME}://${APP_HOST}/`;

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * Same scheme, host and port. Compared field by field because `URL.origin`
 * is the opaque `"null"` for custom schemes such as `app:`, and a prefix test
 * would let `app://bird-in-hand.evil/` through.
 */
function sameOrigin(a: URL, b: URL): boolean {
  return a.protocol === b.protocol && a.host === b.host;
}

/**
 * True when `url` belongs to the app's own page: `app://bird-in-hand/…`, or,
 * during `electron-vite dev` only, the dev server's origin (`devUrl`).
 * Anything else (other sites, `file:`, `about:blank`, a missing frame) is false.
 */
export function isAppUrl(url: string | null | undefined, devUrl?: string | null): boolean {
  if (!url) return false;
  const target = parse(url);
  if (!target) return false;
  if (target.protocol === `${APP_SCHEME}:` && target.host === APP_HOST) return true;
  const dev = devUrl ? parse(devUrl) : null;
  return dev !== null && sameOrigin(target, dev);
}

/**
 * The dev server URL electron-vite passes in `ELECTRON_RENDERER_URL`, or null.
 * A packaged app ignores it: an environment variable must never be able to
 * point the window (and its preload bridge to the plan files) at another site.
 */
export function rendererDevUrl(env: NodeJS.ProcessEnv, isPackaged: boolean): string | null {
  const url = env.ELECTRON_RENDERER_URL;
  if (isPackaged || !url) return null;
  const parsed = parse(url);
  return parsed && (parsed.protocol === 'http:' || parsed.protocol === 'https:') ? url : null;
}
