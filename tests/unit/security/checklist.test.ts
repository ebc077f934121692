/**
 * The security checklist, item by item, as far as it can be checked without
 * the Electron binary: window preferences for every window (source-level and
 * through the mocked module), sender validation on every channel, a preload
 * exposing only the contract, the CSP in the HTML and on every answer of the
 * web harness, and shell.openExternal limited to an allow-list.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { IpcMain } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '@shared/contract';
import { isAppUrl, registerContract } from '../../../electron/main/ipc';
import type { Handlers } from '../../../electron/main/ipc/dispatch';
import { isAllowedExternalUrl, openExternal } from '../../../electron/main/open-external';
import { CONTENT_SECURITY_POLICY } from '../../../electron/main/security';
import { createPlannerBridge, type BridgeIpc } from '../../../electron/preload/bridge';
import { createMainWindow } from '../../../electron/main/window';
import { fakeElectron } from '../electron/fake-electron';
import { raw, startFixture } from '../harness/harness-fixture';

vi.mock('electron', async () => (await import('../electron/fake-electron')).createFakeElectron());

const ROOT = resolve(import.meta.dirname, '../../..');

async function sourceFiles(dir: string): Promise<string[]> {
  const names = await readdir(join(ROOT, dir), { recursive: true });
  return names.filter((n) => /\.(ts|tsx|mjs|js)$/.test(n)).map((n) => join(ROOT, dir, n));
}

/** The text between the parentheses of a call starting at `open` (the index of its "("). */
function callArguments(text: string, open: number): string {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '(') depth++;
    if (text[i] === ')' && --depth === 0) return text.slice(open + 1, i);
  }
  throw new Error('unbalanced call');
}

describe('every window uses secureWebPreferences', () => {
  it('in the source: each `new BrowserWindow(` in electron/ passes webPreferences: secureWebPreferences(…)', async () => {
    let found = 0;
    for (const file of await sourceFiles('electron')) {
      const text = await readFile(file, 'utf8');
      for (const match of text.matchAll(/new\s+BrowserWindow\s*\(/g)) {
        found++;
        const args = callArguments(text, match.index + match[0].length - 1);
        expect(args, `${file}: a BrowserWindow without secure preferences`).toMatch(/webPreferences:\s*secureWebPreferences\(/);
        // Nothing may loosen them afterwards in the same options object.
        expect(args).not.toMatch(/nodeIntegration:\s*true|contextIsolation:\s*false|sandbox:\s*false|webSecurity:\s*false/);
      }
      // Nor may a window be made another way (e.g. a hidden print window via a helper) that spreads loose prefs.
      expect(text, file).not.toMatch(/webPreferences:\s*\{/);
    }
    expect(found).toBeGreaterThan(0);
  });

  it('at run time: the window made by the app has exactly the secure preferences', async () => {
    const electron = await fakeElectron();
    createMainWindow();
    expect(electron.windows.at(-1)!.options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false, webviewTag: false });
  });
});

describe('sender validation on every channel', () => {
  const FOREIGN = [undefined, 'https://evil.example/', 'file:///etc/passwd', 'app://other-host/', 'http://127.0.0.1:5173/', 'about:blank', 'devtools://devtools/'];

  it.each(CHANNELS)('%s refuses every frame but the app’s own, without calling the service', async (channel) => {
    const electron = await fakeElectron();
    electron.ipcHandlers.clear();
    const called: string[] = [];
    const handlers = Object.fromEntries(CHANNELS.map((c) => [c, async () => void called.push(c)])) as unknown as Handlers;
    const remove = registerContract(electron.ipcMain as unknown as IpcMain, handlers, (url) => isAppUrl(url), () => {});
    try {
      for (const url of FOREIGN) {
        const answer = await electron.ipcHandlers.get(channel)!({ senderFrame: url === undefined ? null : { url } }, {});
        expect(answer, String(url)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      }
      expect(called).toEqual([]);
    } finally {
      remove();
    }
  });
});

describe('the preload exposes only the contract', () => {
  it('forwards contract channels and nothing else, not even prototype names or event channels', async () => {
    const invoked: string[] = [];
    const ipc = { invoke: async (c: string) => void invoked.push(c), on: () => ipc, removeListener: () => ipc } as unknown as BridgeIpc;
    const bridge = createPlannerBridge(ipc);
    expect(Object.keys(bridge).sort()).toEqual(['invoke', 'on']);
    for (const name of ['ipcRenderer', '__proto__', 'constructor', 'toString', 'event:plans:changed', 'plans:list ', 'PLANS:LIST']) {
      expect(await bridge.invoke(name as never, {} as never)).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
    }
    expect(invoked).toEqual([]);
    for (const channel of CHANNELS) await bridge.invoke(channel, {} as never);
    expect(invoked).toEqual(CHANNELS);
  });
});

describe('the content security policy reaches the page', () => {
  it('is in renderer/index.html as a meta tag equal to the policy main sends (less frame-ancestors, which a meta tag cannot carry)', async () => {
    const html = await readFile(join(ROOT, 'renderer/index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html.replace(/\s+/g, ' '));
    const headerPolicy = CONTENT_SECURITY_POLICY.split('; ').filter((d) => !d.startsWith('frame-ancestors')).join('; ');
    expect(meta?.[1]?.replace(/\s*;\s*/g, '; ').trim()).toBe(headerPolicy);
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  });

  it('is on every answer of the web harness: the page, assets, missing files and rpc', async () => {
    const fx = await startFixture();
    try {
      for (const path of ['/', '/assets/app.js', '/nope.png', '/plans/some/route']) {
        const res = await raw(fx.harness, { path });
        expect(res.headers['content-security-policy'], path).toBe(CONTENT_SECURITY_POLICY);
      }
    } finally {
      await fx.cleanup();
    }
  });
});

describe('shell.openExternal is limited to an allow-list', () => {
  it.each([
    'tel:+44 20 7946 0000',
    'tel:+16175550134',
    'tel:(617) 555-0134',
    'tel:617.555.0134',
    'tel:+1-617-555-0134;ext=12',
    'tel:617 555 0134 x12',
    'mailto:recruiter@example.com',
    'mailto:dana.ortiz+jobs@lumen-health.co.uk',
  ])('opens %j (calling or writing to a contact)', async (url) => {
    const opened: string[] = [];
    expect(await openExternal({ openExternal: async (u: string) => void opened.push(u) }, url)).toBe(true);
    expect(opened).toEqual([url]);
  });

  it.each([
    // Other schemes: web, files, scripts, shares, programs.
    'https://example.com',
    'http://127.0.0.1:8080',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'smb://server/share',
    'ms-msdt:/id PCWDiagnostic',
    'vscode://file/x',
    'callto:+16175550134',
    'sms:+16175550134',
    // mailto: with headers, several recipients, credentials or no address.
    'mailto:?attach=/etc/passwd',
    'mailto:a@example.com?attach=/etc/passwd',
    'mailto:a@example.com?subject=hi',
    'mailto:a@example.com?cc=b@example.com',
    'mailto:a@example.com&attach=x',
    'mailto:a@example.com,b@example.com',
    'mailto:a@example.com;b@example.com',
    'mailto:a@example.com#x',
    'mailto://user:pass@host',
    'mailto:user@localhost',
    'mailto:@example.com',
    'mailto:a@-example.com',
    'mailto:a b@example.com',
    'mailto:',
    // tel: that is not a number: UNC paths, letters, scripts, separators only.
    'tel:\\\\host\\share',
    'tel:\\host\\share',
    'tel:/\\host/share',
    'tel://host/share',
    'tel:+1;phone-context=evil.example',
    'tel:1-800-FLOWERS',
    'tel:12',
    'tel:+',
    'tel:() - .',
    'tel:1234567890123456',
    'tel:+16175550134;ext=',
    'tel:+16175550134?x=1',
    'tel:javascript:alert(1)',
    // Encoded tricks, control characters, look-alike Unicode, sheer length.
    'tel:%2B16175550134',
    'mailto:a%40example.com',
    'mailto:a@example.com%3Fattach=/etc/passwd',
    'tel:\u0000123',
    'tel:+1617\n5550134',
    'tel:\u202e4310555716',
    'tel:+１６１７５５５０１３４',
    'mailto:a@exаmple.com',
    'mailto:ａ@example.com',
    ` tel:+16175550134`,
    `tel:+16175550134 `,
    `mailto:${'a'.repeat(65)}@example.com`,
    `mailto:a@${'b'.repeat(300)}.com`,
    `tel:${'1'.repeat(5000)}`,
    '',
    'not a url',
  ])('refuses %j', async (url) => {
    const opened: string[] = [];
    expect(isAllowedExternalUrl(url)).toBe(false);
    expect(await openExternal({ openExternal: async (u: string) => void opened.push(u) }, url)).toBe(false);
    expect(opened).toEqual([]);
  });

  it('refuses what is not a string', async () => {
    for (const value of [null, undefined, 42, ['tel:+16175550134'], { toString: () => 'tel:+16175550134' }]) {
      expect(isAllowedExternalUrl(value)).toBe(false);
    }
  });

  it('is the only place electron/ calls shell.openExternal', async () => {
    const callers = [];
    for (const file of await sourceFiles('electron')) {
      if (/\.openExternal\(/.test(await readFile(file, 'utf8'))) callers.push(file.slice(ROOT.length + 1));
    }
    expect(callers).toEqual(['electron/main/open-external.ts']);
  });
});
