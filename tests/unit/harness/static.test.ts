import { readFile, symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../electron/main/security';
import { injectBridge, resolveInside } from '../../harness/static-files';
import { APP_JS, raw, startFixture, type Fixture } from './harness-fixture';

const BRIDGE_TAG = '<script src="/__harness/bridge.js"></script>';

describe('web harness: the renderer pages', () => {
  let fx: Fixture;
  beforeEach(async () => {
    fx = await startFixture();
  });
  afterEach(() => fx.cleanup());

  it('serves index.html with the bridge injected right before the module script, and the desktop CSP', async () => {
    const res = await raw(fx.harness, { path: '/' });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['cache-control']).toBe('no-store');
    const bridgeAt = res.text.indexOf(BRIDGE_TAG);
    const moduleAt = res.text.indexOf('<script type="module"');
    expect(bridgeAt).toBeGreaterThan(res.text.indexOf('<head>'));
    expect(bridgeAt + BRIDGE_TAG.length).toBe(moduleAt);
    expect(res.text.split(BRIDGE_TAG)).toHaveLength(2);
    // The token is never written into the page.
    expect(res.text).not.toContain(fx.harness.token);
  });

  it('serves app routes (no extension) as index.html, and /index.html itself the same way', async () => {
    for (const path of ['/plans/123', '/index.html', '/?t=abc']) {
      const res = await raw(fx.harness, { path });
      expect(res.status).toBe(200);
      expect(res.text).toContain(BRIDGE_TAG);
    }
  });

  it('serves assets with their content types, and a missing asset as 404 (not as HTML)', async () => {
    const js = await raw(fx.harness, { path: '/assets/app.js' });
    expect(js.status).toBe(200);
    expect(js.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(js.text).toBe(APP_JS);
    const css = await raw(fx.harness, { path: '/assets/app.css' });
    expect(css.headers['content-type']).toBe('text/css; charset=utf-8');
    const missing = await raw(fx.harness, { path: '/assets/gone.js' });
    expect(missing.status).toBe(404);
    expect(missing.text).not.toContain('<html');
  });

  it('serves the bridge script from tests/harness/bridge.js, with the last event id filled in', async () => {
    const res = await raw(fx.harness, { path: '/__harness/bridge.js' });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/javascript; charset=utf-8');
    const source = await readFile(join(import.meta.dirname, '../../harness/bridge.js'), 'utf8');
    expect(source).toContain("Number('__LAST_EVENT_ID__')");
    expect(res.text).toBe(source.replace('__LAST_EVENT_ID__', '0'));
  });

  it('never serves a file outside the renderer folder', async () => {
    const attempts = [
      '/../package.json',
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/%2E%2E/%2E%2E/package.json',
      '/assets/..%2f..%2fsecret.txt',
      '/..%5csecret.txt',
      '/assets/%00.js',
    ];
    for (const path of attempts) {
      const res = await raw(fx.harness, { path });
      expect(res.status, path).toBe(404);
      expect(res.text, path).not.toContain('outside the renderer');
      expect(res.text, path).not.toContain('"name"');
    }
  });

  it('refuses a symlink inside the renderer that leads out of it', async () => {
    await symlink(join(fx.root, 'secret.txt'), join(fx.rendererDir, 'assets', 'leak.txt'));
    const res = await raw(fx.harness, { path: '/assets/leak.txt' });
    expect(res.status).toBe(404);
    expect(res.text).not.toContain('outside the renderer');
  });

  it('answers only GET and HEAD on pages', async () => {
    const head = await raw(fx.harness, { method: 'HEAD', path: '/' });
    expect(head.status).toBe(200);
    expect(head.text).toBe('');
    const put = await raw(fx.harness, { method: 'PUT', path: '/index.html', body: 'x' });
    expect(put.status).toBe(405);
  });
});

describe('injectBridge', () => {
  it('puts the tag before the first script of the head', () => {
    const html = '<html><head><title>x</title><script src="/a.js"></script><script type="module" src="/b.js"></script></head></html>';
    expect(injectBridge(html)).toBe(`<html><head><title>x</title>${BRIDGE_TAG}<script src="/a.js"></script><script type="module" src="/b.js"></script></head></html>`);
  });

  it('puts the tag at the end of the head when the head has no script', () => {
    const html = '<html><head><title>x</title></head><body><script type="module" src="/b.js"></script></body></html>';
    expect(injectBridge(html)).toBe(`<html><head><title>x</title>${BRIDGE_TAG}</head><body><script type="module" src="/b.js"></script></body></html>`);
  });
});

describe('resolveInside', () => {
  it('keeps clean paths inside the root and refuses the rest', () => {
    const root = join('/srv', 'renderer');
    expect(resolveInside(root, '/assets/app.js')).toBe(join(root, 'assets', 'app.js'));
    expect(resolveInside(root, '/')).toBe(root);
    for (const bad of ['/../x', '/a/../../x', '/%2e%2e/x', '/a%5c..%5cx', '/%zz', '/a\0b']) expect(resolveInside(root, bad)).toBeNull();
  });
});
