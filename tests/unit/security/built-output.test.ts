/**
 * No remote URL anywhere in the built app (out/main, out/preload,
 * out/renderer). Libraries carry some URL strings that are never loaded;
 * each allowed one is listed with why it is harmless. Anything else fails,
 * so a new CDN link, font, analytics call or update check is caught.
 *
 * The build is what ships, so this reads it; if out/ is missing (a unit run
 * without `npm run build` first), the test builds it itself.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');
const OUT = join(ROOT, 'out');

/** URL prefixes found in the build that are never fetched, and why. */
const ALLOWED: Array<[RegExp, string]> = [
  [/^http:\/\/www\.w3\.org\/(2000\/svg|1999\/xlink|XML\/1998\/namespace|1998\/Math\/MathML|1999\/xhtml)$/, 'XML namespace names in React DOM: identifiers, never requested'],
  [/^https?:\/\/json-schema\.org\/draft[-/\w.#]*$/, 'zod’s JSON Schema export writes these as "$schema" identifiers; never requested'],
  [/^https:\/\/react\.dev\/errors\/$/, 'React’s minified error messages point to its decoder page as text; never requested'],
  [/^https:\/\/reactrouter\.com\/[\w/.-]*$/, 'a React Router warning mentions its docs as text'],
  [/^https:\/\/mantine\.dev\/[\w/.#-]*$/, 'a Mantine console warning mentions its docs as text'],
  [/^https:\/\/(redux|redux-toolkit)\.js\.org\/Errors\?code=\$\{\w+\}$/, 'Redux’s minified error messages (inside recharts, in the lazy pay chart) name their decoder page as text; never requested'],
  [/^https:\/\/bit\.ly\/3cXEKWf$/, 'Immer’s minified error message (inside recharts’ Redux Toolkit) names its error list as text; never requested'],
  [/^https:\/\/github\.com\/(paralleldrive\/cuid|ungap\/url-search-params)\.?$/, 'source comments/messages in zod and a polyfill'],
  [/^http:\/\/localhost$/, 'React Router’s base for parsing relative URLs with new URL(); no request is made'],
  [/^https:\/\/exa$/, 'part of a comment in the preload’s URL checks (`new URL("https://exa\\nmple.com")`)'],
  [/^http:\/\/\[(\.\.\.|\$\{\w+\})\]$/, 'the preload/main URL checks build http://[ipv6] strings to parse an address; no request'],
];

async function builtFiles(): Promise<string[]> {
  const files: string[] = [];
  for (const dir of ['main', 'preload', 'renderer']) {
    for (const name of await readdir(join(OUT, dir), { recursive: true })) {
      if (/\.(js|cjs|mjs|html|css|json)$/.test(name)) files.push(join(OUT, dir, name));
    }
  }
  return files;
}

beforeAll(() => {
  if (!existsSync(join(OUT, 'renderer', 'index.html')) || !existsSync(join(OUT, 'main')) || !existsSync(join(OUT, 'preload'))) {
    execFileSync(join(ROOT, 'node_modules/.bin/electron-vite'), ['build'], { cwd: ROOT, stdio: 'inherit' });
  }
}, 180_000);

describe('the built app', () => {
  it('names no remote URL except the reviewed, never-fetched ones', async () => {
    const files = await builtFiles();
    expect(files.some((f) => f.endsWith('index.html'))).toBe(true);
    const unknown: string[] = [];
    let seen = 0;
    for (const file of files) {
      const text = await readFile(file, 'utf8');
      for (const [url] of text.matchAll(/\b(?:https?|wss?|ftp):\/\/[^\s"'`)<>\\,;]+/g)) {
        seen++;
        if (!ALLOWED.some(([pattern]) => pattern.test(url))) unknown.push(`${file.slice(ROOT.length + 1)}: ${url}`);
      }
    }
    expect(unknown).toEqual([]);
    expect(seen).toBeGreaterThan(0);
  });

  it('loads no script or style from outside in its HTML', async () => {
    const html = await readFile(join(OUT, 'renderer', 'index.html'), 'utf8');
    for (const [, src] of html.matchAll(/\b(?:src|href)="([^"]*)"/g)) expect(src).toMatch(/^(\.?\/|data:,$)/);
    expect(html).toContain('http-equiv="Content-Security-Policy"');
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  });
});
