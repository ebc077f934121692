/**
 * Test fixture for the web harness: a real server on 127.0.0.1 over a fresh
 * temp data folder and a tiny temp renderer (so no build is needed), and a
 * raw HTTP client that can send any Host, Origin or unnormalised path (which
 * fetch would fix up or refuse to send).
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startHarness, type Harness, type HarnessOptions } from '../../harness/server';

export const INDEX_HTML = [
  '<!doctype html>',
  '<html lang="en">',
  '  <head>',
  '    <meta charset="UTF-8" />',
  '    <title>Bird in Hand</title>',
  '    <script type="module" crossorigin src="/assets/app.js"></script>',
  '    <link rel="stylesheet" href="/assets/app.css" />',
  '  </head>',
  '  <body><div id="root"></div></body>',
  '</html>',
].join('\n');

/** The app module reports whether `window.planner` was there when it ran. */
export const APP_JS = "document.getElementById('root').textContent = typeof window.planner === 'object' ? 'planner ready' : 'no planner';\n";

export interface Fixture {
  harness: Harness;
  root: string;
  dataDir: string;
  rendererDir: string;
  cleanup(): Promise<void>;
}

/** Starts a harness over its own temp folders; `cleanup` closes it and removes them. */
export async function startFixture(opts: Omit<HarnessOptions, 'dataDir' | 'rendererDir'> = {}): Promise<Fixture> {
  const root = await mkdtemp(join(tmpdir(), 'bih-harness-'));
  const dataDir = join(root, 'data');
  const rendererDir = join(root, 'renderer');
  await mkdir(join(rendererDir, 'assets'), { recursive: true });
  await writeFile(join(rendererDir, 'index.html'), INDEX_HTML);
  await writeFile(join(rendererDir, 'assets', 'app.js'), APP_JS);
  await writeFile(join(rendererDir, 'assets', 'app.css'), 'body { margin: 0; }\n');
  // Browsers ask for it on their own; without it a browser test sees a 404.
  await writeFile(join(rendererDir, 'favicon.ico'), '');
  // A file next to the renderer that must never be reachable through it.
  await writeFile(join(root, 'secret.txt'), 'outside the renderer');
  const harness = await startHarness({ ...opts, dataDir, rendererDir });
  return {
    harness,
    root,
    dataDir,
    rendererDir,
    async cleanup() {
      await harness.close();
      await rm(root, { recursive: true, force: true });
    },
  };
}

export interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  text: string;
  json(): unknown;
}

export interface RawRequest {
  method?: string;
  /** Sent exactly as given, without URL normalisation. */
  path: string;
  headers?: Record<string, string | number>;
  body?: string | Buffer;
}

/** One HTTP request to the harness with exactly the given request line and headers. */
export function raw(harness: Harness, { method = 'GET', path, headers = {}, body }: RawRequest): Promise<RawResponse> {
  const { port } = new URL(harness.origin);
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port: Number(port), method, path, headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json: () => JSON.parse(text) });
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** A contract call the way the bridge makes it (token, JSON, no Origin unless given). */
export function rpc(harness: Harness, channel: string, input: unknown, headers: Record<string, string> = {}): Promise<RawResponse> {
  return raw(harness, {
    method: 'POST',
    path: `/rpc/${encodeURIComponent(channel)}`,
    headers: { 'content-type': 'application/json', 'x-bird-token': harness.token, ...headers },
    body: JSON.stringify(input),
  });
}
