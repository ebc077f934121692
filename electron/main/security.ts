/**
 * The security settings every window and session gets. Kept in one place so a
 * window added later (a second plan window, a hidden print window) cannot
 * forget one: they all call `secureWebPreferences` and are all caught by
 * `guardAllWebContents`.
 */
import type { App, Session, WebContents, WebPreferences } from 'electron';
import { APP_URL, isAppUrl } from './app-origin';

/**
 * The page may load only its own files. `style-src 'unsafe-inline'` is there
 * because Mantine writes style attributes and <style> tags at run time;
 * scripts get no such exception (no inline, no eval).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * The policy while running `electron-vite dev` only: the dev server's origin,
 * its hot-reload websocket, and inline scripts, because @vitejs/plugin-react
 * injects its Fast Refresh preamble as an inline module script. Never used by
 * a built or packaged app.
 */
export function devContentSecurityPolicy(devUrl: string): string {
  const { host, origin, protocol } = new URL(devUrl);
  const ws = `${protocol === 'https:' ? 'wss' : 'ws'}://${host}`;
  return CONTENT_SECURITY_POLICY.replace("script-src 'self'", `script-src 'self' 'unsafe-inline' ${origin}`).replace(
    "connect-src 'self'",
    `connect-src 'self' ${origin} ${ws}`,
  );
}

/**
 * The web preferences of every window: sandboxed, isolated, no Node, only our
 * preload. Spellcheck is off: on Windows and Linux Chromium's spellchecker
 * downloads its dictionaries from Google's CDN, and Bird in Hand sends nothing
 * anywhere. (Shipping dictionaries would be the other way; off is the honest
 * one until we do.)
 */
export function secureWebPreferences(preload: string): WebPreferences {
  return {
    sandbox: true,
    contextIsolation: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    spellcheck: false,
    preload,
  };
}

/**
 * Keeps a page inside the app: navigations and redirects to any other origin
 * are cancelled, `window.open` opens nothing, and <webview> cannot attach.
 * New app windows are made by the main process, never by the page.
 */
export function hardenWebContents(contents: WebContents, devUrl?: string | null): void {
  const stayInApp = (event: { url: string; preventDefault(): void }) => {
    if (!isAppUrl(event.url, devUrl)) {
      event.preventDefault();
      console.warn(`Blocked navigation away from Bird in Hand to ${event.url}`);
    }
  };
  contents.on('will-navigate', stayInApp);
  contents.on('will-redirect', stayInApp);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/**
 * Where the session's spellchecker would fetch dictionaries: inside the app's
 * own origin, which serves none, so even a spellchecker turned on by a later
 * change cannot reach the network.
 */
export const SPELLCHECK_DICTIONARY_URL = `${APP_URL}no-dictionaries/`;

/**
 * Refuses every permission (camera, notifications, geolocation, devices…): a
 * planner needs none. Turns the spellchecker off and points its dictionary
 * download at the app itself (see SPELLCHECK_DICTIONARY_URL). Adds the CSP to
 * every HTTP response too, which covers the dev server; `app://` responses
 * carry it from the protocol handler.
 */
export function hardenSession(session: Session, csp: string = CONTENT_SECURITY_POLICY): void {
  session.setSpellCheckerEnabled(false);
  session.setSpellCheckerDictionaryDownloadURL(SPELLCHECK_DICTIONARY_URL);
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.webRequest.onHeadersReceived((details, callback) => {
    const responseHeaders: Record<string, string | string[]> = { ...details.responseHeaders };
    // Drop any policy the server sent (in any letter case) so ours is the only one.
    for (const name of Object.keys(responseHeaders)) {
      if (name.toLowerCase() === 'content-security-policy') delete responseHeaders[name];
    }
    responseHeaders['Content-Security-Policy'] = [csp];
    callback({ responseHeaders });
  });
}

/** Applies `hardenWebContents` to every web contents the app ever creates. */
export function guardAllWebContents(app: App, devUrl?: string | null): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, devUrl));
}
