import type { App, Session, WebContents } from 'electron';
import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  devContentSecurityPolicy,
  guardAllWebContents,
  hardenSession,
  hardenWebContents,
  secureWebPreferences,
} from '../../../electron/main/security';
import { FakeSession, FakeWebContents } from './fake-electron';

function directives(csp: string): Map<string, string[]> {
  return new Map(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([name = '', ...values]) => [name, values]));
}

/** Emits a navigation event the way Electron does and reports whether it was cancelled. */
function navigate(contents: FakeWebContents, kind: 'will-navigate' | 'will-redirect', url: string): boolean {
  let prevented = false;
  contents.emit(kind, { url, preventDefault: () => (prevented = true) }, url);
  return prevented;
}

describe('the content security policy', () => {
  const csp = directives(CONTENT_SECURITY_POLICY);

  it('allows scripts only from the app itself: no inline, no eval', () => {
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
    expect(csp.get('default-src')).toEqual(["'self'"]);
  });

  it('closes objects, base, forms and framing, and allows inline styles for Mantine', () => {
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'none'"]);
    expect(csp.get('form-action')).toEqual(["'none'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(csp.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(csp.get('connect-src')).toEqual(["'self'"]);
  });

  it('opens the dev server origin and its websocket only in the dev policy', () => {
    const dev = directives(devContentSecurityPolicy('http://localhost:5173/'));
    expect(dev.get('connect-src')).toEqual(["'self'", 'http://localhost:5173', 'ws://localhost:5173']);
    expect(dev.get('script-src')).toContain('http://localhost:5173');
    expect(dev.get('object-src')).toEqual(["'none'"]);
    expect(CONTENT_SECURITY_POLICY).not.toContain('localhost');
  });
});

describe('secureWebPreferences', () => {
  it('sandboxes and isolates the page with only the given preload', () => {
    expect(secureWebPreferences('/app/out/preload/index.cjs')).toEqual({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      preload: '/app/out/preload/index.cjs',
    });
  });
});

describe('hardenWebContents', () => {
  const harden = (devUrl?: string) => {
    const contents = new FakeWebContents();
    hardenWebContents(contents as unknown as WebContents, devUrl);
    return contents;
  };

  it('cancels navigation and redirects to another site', () => {
    const contents = harden();
    expect(navigate(contents, 'will-navigate', 'https://example.com/')).toBe(true);
    expect(navigate(contents, 'will-redirect', 'https://example.com/login')).toBe(true);
    expect(navigate(contents, 'will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(navigate(contents, 'will-navigate', 'app://bird-in-hand.evil/')).toBe(true);
  });

  it('lets the app navigate within its own origin', () => {
    const contents = harden();
    expect(navigate(contents, 'will-navigate', 'app://bird-in-hand/plans/3')).toBe(false);
    expect(navigate(contents, 'will-redirect', 'app://bird-in-hand/')).toBe(false);
  });

  it('allows the dev server only when one is given', () => {
    expect(navigate(harden('http://localhost:5173'), 'will-navigate', 'http://localhost:5173/plans')).toBe(false);
    expect(navigate(harden(), 'will-navigate', 'http://localhost:5173/plans')).toBe(true);
  });

  it('denies window.open and refuses to attach webviews', () => {
    const contents = harden();
    expect(contents.windowOpenHandler?.({ url: 'app://bird-in-hand/' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler?.({ url: 'https://example.com' })).toEqual({ action: 'deny' });
    let prevented = false;
    contents.emit('will-attach-webview', { preventDefault: () => (prevented = true) }, {}, {});
    expect(prevented).toBe(true);
  });
});

describe('hardenSession', () => {
  const harden = () => {
    const session = new FakeSession();
    hardenSession(session as unknown as Session);
    return session;
  };

  it('refuses every permission request and check', async () => {
    const session = harden();
    const answers = await Promise.all(
      ['media', 'notifications', 'geolocation'].map(
        (permission) => new Promise((resolve) => session.permissionRequestHandler?.({}, permission, resolve, {})),
      ),
    );
    expect(answers).toEqual([false, false, false]);
    expect(session.permissionCheckHandler?.({}, 'clipboard-read', 'app://bird-in-hand', {})).toBe(false);
    expect(session.devicePermissionHandler?.({ deviceType: 'usb' })).toBe(false);
  });

  it('puts our policy on every response, replacing whatever the server sent', async () => {
    const session = harden();
    const response = await new Promise<{ responseHeaders: Record<string, string[]> }>((resolve) =>
      session.headersListener?.(
        { responseHeaders: { 'content-security-policy': ["script-src * 'unsafe-eval'"], 'Content-Type': ['text/html'] } },
        resolve,
      ),
    );
    expect(response.responseHeaders).toEqual({
      'Content-Type': ['text/html'],
      'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
    });
  });
});

describe('guardAllWebContents', () => {
  it('hardens every web contents the app creates', () => {
    const app = new EventEmitter();
    guardAllWebContents(app as unknown as App);
    const contents = new FakeWebContents();
    app.emit('web-contents-created', {}, contents);
    expect(contents.windowOpenHandler?.({ url: 'https://example.com' })).toEqual({ action: 'deny' });
    expect(navigate(contents, 'will-navigate', 'https://example.com')).toBe(true);
  });
});
