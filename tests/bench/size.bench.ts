/**
 * Size: gzip size of the JavaScript and CSS the built renderer loads first
 * (what index.html references, plus their static imports), so lazily loaded
 * chunks such as the script editor do not count. Budget: first-load JS ≤ 400 KB gzip.
 */
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Row } from './lib/stats';

const OUT = resolve(import.meta.dirname, '../../out/renderer');

/** Files index.html loads, followed through static `import … from './x.js'` statements. */
async function firstLoad(): Promise<{ js: string[]; css: string[] }> {
  const html = await readFile(join(OUT, 'index.html'), 'utf8');
  const refs = [...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+)"/g)].map((m) => m[1]!);
  const js = new Set<string>();
  const queue = refs.filter((r) => r.endsWith('.js'));
  while (queue.length) {
    const file = queue.pop()!;
    if (js.has(file)) continue;
    js.add(file);
    const code = await readFile(join(OUT, file), 'utf8');
    // Static imports only: `import(…)` calls are lazy and excluded on purpose.
    for (const m of code.matchAll(/(?:^|[;\s}])import\s*(?:[\w*{}\s,$]+from\s*)?["']\.\/([^"']+\.js)["']/g)) {
      queue.push(`assets/${m[1]}`);
    }
  }
  return { js: [...js], css: refs.filter((r) => r.endsWith('.css')) };
}

async function gzipKb(files: string[]): Promise<number> {
  let total = 0;
  for (const f of files) total += gzipSync(await readFile(join(OUT, f)), { level: 9 }).length;
  return total / 1000;
}

export async function run(): Promise<Row[]> {
  const { js, css } = await firstLoad();
  const jsKb = await gzipKb(js);
  const cssKb = await gzipKb(css);
  return [
    { bench: 'size', case: `first-load JS (${js.length} files)`, value: jsKb, unit: 'KB gz', budget: { text: '≤ 400 KB gzip', ok: jsKb <= 400 } },
    { bench: 'size', case: `first-load CSS (${css.length} files)`, value: cssKb, unit: 'KB gz' },
  ];
}
