import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createAppRequestHandler,
  registerAppScheme,
  serveAppProtocol,
  type AppRequestHandler,
} from '../../../electron/main/protocol';
import { CONTENT_SECURITY_POLICY } from '../../../electron/main/security';

const INDEX = '<!doctype html><title>Bird in Hand</title><div id="root"></div>';
const SECRET = 'the-secret-outside-the-renderer';

let folder: string;
let handle: AppRequestHandler;

beforeEach(async () => {
  // folder/secret.txt sits beside the renderer root, one `..` away.
  folder = await mkdtemp(join(tmpdir(), 'bih-protocol-'));
  const root = join(folder, 'renderer');
  await mkdir(join(root, 'assets'), { recursive: true });
  await writeFile(join(root, 'index.html'), INDEX);
  await writeFile(join(root, 'assets', 'app-1a2b.js'), 'console.log("app")');
  await writeFile(join(root, 'assets', 'app-1a2b.css'), 'body{margin:0}');
  await writeFile(join(root, 'assets', 'font.woff2'), new Uint8Array([0x77, 0x4f, 0x46, 0x32]));
  await writeFile(join(folder, 'secret.txt'), SECRET);
  handle = createAppRequestHandler(root);
});

afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

const get = (url: string, method = 'GET') => handle(new Request(url, { method }));

describe('the app:// protocol handler', () => {
  it('serves index.html for the root with the CSP and an HTML content type', async () => {
    const response = await get('app://bird-in-hand/');
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(INDEX);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('serves built assets with their content types', async () => {
    const script = await get('app://bird-in-hand/assets/app-1a2b.js');
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await script.text()).toBe('console.log("app")');
    expect((await get('app://bird-in-hand/assets/app-1a2b.css')).headers.get('content-type')).toBe('text/css; charset=utf-8');
    const font = await get('app://bird-in-hand/assets/font.woff2');
    expect(font.headers.get('content-type')).toBe('font/woff2');
    expect(new Uint8Array(await font.arrayBuffer())).toEqual(new Uint8Array([0x77, 0x4f, 0x46, 0x32]));
  });

  it('falls back to index.html for client-side routes, but not for missing files', async () => {
    const route = await get('app://bird-in-hand/plans/2b6f/board');
    expect(route.status).toBe(200);
    expect(await route.text()).toBe(INDEX);
    const missing = await get('app://bird-in-hand/assets/missing.js');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it.each([
    'app://bird-in-hand/../secret.txt',
    'app://bird-in-hand/../../etc/passwd.txt',
    'app://bird-in-hand/..%2fsecret.txt',
    'app://bird-in-hand/%2e%2e%2fsecret.txt',
    'app://bird-in-hand/assets/..%2f..%2fsecret.txt',
    'app://bird-in-hand/..%5csecret.txt',
    'app://bird-in-hand/%2e%2e/secret.txt',
  ])('refuses to leave the renderer folder: %s', async (url) => {
    const response = await get(url);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain(SECRET);
  });

  it('never serves a file from outside the folder, even for a traversal that looks like a route', async () => {
    const response = await get('app://bird-in-hand/../../etc/passwd');
    // The URL parser folds the `..` away, leaving the route /etc/passwd: the app page, not the system file.
    expect(await response.text()).toBe(INDEX);
  });

  it('refuses a symlink that leads out of the folder', async () => {
    await symlink(join(folder, 'secret.txt'), join(folder, 'renderer', 'assets', 'link.txt'));
    const response = await get('app://bird-in-hand/assets/link.txt');
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain(SECRET);
  });

  it('answers only for its own host and only reads', async () => {
    expect((await get('app://somewhere-else/index.html')).status).toBe(404);
    expect((await get('app://bird-in-hand/index.html', 'POST')).status).toBe(405);
    const head = await get('app://bird-in-hand/', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });
});

describe('scheme registration', () => {
  it('registers app: as a standard, secure scheme that supports fetch', () => {
    const schemes: unknown[] = [];
    registerAppScheme({ registerSchemesAsPrivileged: (list) => void schemes.push(...list) });
    expect(schemes).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } }]);
  });

  it('installs the handler for the app scheme over the given folder', async () => {
    const installed = new Map<string, (request: Request) => Response | Promise<Response>>();
    serveAppProtocol({ handle: (scheme, handler) => void installed.set(scheme, handler) }, join(folder, 'renderer'));
    expect([...installed.keys()]).toEqual(['app']);
    const response = await installed.get('app')!(new Request('app://bird-in-hand/'));
    expect(await response.text()).toBe(INDEX);
  });
});
