/**
 * Size: gzip size of the JavaScript and CSS the built renderer loads first:
 * what index.html references, the app shell its entry always imports
 * (main.tsx → boot.tsx), and their static imports. Lazily loaded chunks such
 * as the script editor do not count. Also the board's own chunks, which an
 * address on the board loads beside the shell, and the entry alone (it must
 * stay small: it starts the plan's call before the shell is in).
 * Budget: first-load JS ≤ 400 KB gzip.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Row } from './lib/stats';

const OUT = resolve(import.meta.dirname, '../../out/renderer');

const STATIC_IMPORT = /(?:^|[;\s}])import\s*(?:[\w*{}\s,$]+from\s*)?["']\.\/([^"']+\.js)["']/g;

/** `files` and everything they import statically (`import(…)` calls are lazy and not followed). */
async function withStaticImports(files: string[]): Promise<string[]> {
  const js = new Set<string>();
  const queue = [...files];
  while (queue.length) {
    const file = queue.pop()!;
    if (js.has(file)) continue;
    js.add(file);
    const code = await readFile(join(OUT, file), 'utf8');
    for (const m of code.matchAll(STATIC_IMPORT)) queue.push(`assets/${m[1]}`);
  }
  return [...js];
}

/** The one chunk whose name starts with `name-` (the build names the startup chunks). */
async function chunkNamed(name: string): Promise<string> {
  const found = (await readdir(join(OUT, 'assets'))).filter((f) => f.startsWith(`${name}-`) && f.endsWith('.js'));
  if (found.length !== 1) throw new Error(`Expected one ${name}-*.js chunk in out/renderer/assets, found ${found.length}. Run npm run build.`);
  return `assets/${found[0]}`;
}

/** What index.html loads, plus the app shell its entry always imports at once. */
async function firstLoad(): Promise<{ entry: string[]; js: string[]; css: string[] }> {
  const html = await readFile(join(OUT, 'index.html'), 'utf8');
  const refs = [...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+)"/g)].map((m) => m[1]!);
  const entry = await withStaticImports(refs.filter((r) => r.endsWith('.js')));
  const js = await withStaticImports([...entry, await chunkNamed('shell')]);
  return { entry, js, css: refs.filter((r) => r.endsWith('.css')) };
}

async function gzipKb(files: string[]): Promise<number> {
  let total = 0;
  for (const f of files) total += gzipSync(await readFile(join(OUT, f)), { level: 9 }).length;
  return total / 1000;
}

export async function run(): Promise<Row[]> {
  const { entry, js, css } = await firstLoad();
  const jsKb = await gzipKb(js);
  const cssKb = await gzipKb(css);
  const board = (await withStaticImports([await chunkNamed('board')])).filter((f) => !js.includes(f));
  return [
    { bench: 'size', case: `entry JS (${entry.length} files)`, value: await gzipKb(entry), unit: 'KB gz' },
    { bench: 'size', case: `first-load JS (${js.length} files)`, value: jsKb, unit: 'KB gz', budget: { text: '≤ 400 KB gzip', ok: jsKb <= 400 } },
    { bench: 'size', case: `first-load CSS (${css.length} files)`, value: cssKb, unit: 'KB gz' },
    { bench: 'size', case: `board's own JS (${board.length} files)`, value: await gzipKb(board), unit: 'KB gz' },
  ];
}
