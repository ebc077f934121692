/**
 * Board load and memory, in Debian's Chromium through the web harness: from
 * navigation to the board's `board-interactive` mark, for plans of 20, 200
 * and 1,000 dream roles, against the floor: a page with React and Mantine
 * rendering one button, built the same way. Also the JS heap after opening
 * the 20- and 1,000-role plans (after a forced GC).
 * Budgets: board ≤ 1.5× the floor at 20 roles; 1,000-role heap ≤ 2× 20-role heap.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import react from '@vitejs/plugin-react';
import { build } from 'vite';
import { CHROMIUM_ARGS } from '../playwright.config';
import { startHarness } from '../harness/server';
import { PlanStore } from '../../electron/main/store/plan-store';
import { bigPlan } from '../unit/board/fixtures';
import { median, type Row } from './lib/stats';

const ROOT = resolve(import.meta.dirname, '../..');
const FLOOR_OUT = join(ROOT, 'tests/.artifacts/bench-floor');
const RUNS = 7;

async function buildFloor(): Promise<void> {
  await build({
    root: join(import.meta.dirname, 'floor'),
    plugins: [react()],
    logLevel: 'error',
    build: { outDir: FLOOR_OUT, emptyOutDir: true, minify: true },
  });
}

/** Milliseconds from navigation start to the first of `marks` the page sets. */
async function timeToMark(page: Page, url: string, marks: string[]): Promise<number> {
  await page.goto(url);
  const handle = await page.waitForFunction(
    (names) => {
      for (const n of names) {
        const entry = performance.getEntriesByName(n, 'mark')[0];
        if (entry) return entry.startTime;
      }
      return null;
    },
    marks,
    { timeout: 60_000, polling: 'raf' },
  );
  return (await handle.jsonValue()) as number;
}

async function heapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize / 1e6;
}

async function measure(browser: Browser, url: string, marks: string[]): Promise<{ ms: number; heap: number }> {
  const times: number[] = [];
  const heaps: number[] = [];
  for (let i = 0; i < RUNS + 1; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const ms = await timeToMark(page, url, marks);
    if (i > 0) {
      times.push(ms); // the first run warms the disk cache and is not counted
      heaps.push(await heapMb(page));
    }
    await context.close();
  }
  return { ms: median(times), heap: median(heaps) };
}

export async function run(): Promise<Row[]> {
  await buildFloor();
  const dataDir = await mkdtemp(join(tmpdir(), 'bih-bench-load-'));
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const app = await startHarness({ dataDir });
  const floorServer = await startHarness({ dataDir: join(dataDir, 'floor'), rendererDir: FLOOR_OUT });
  const rows: Row[] = [];
  try {
    const store = new PlanStore({ plansDir: join(dataDir, 'plans'), trashDir: join(dataDir, 'trash') });
    await store.init();
    const floor = await measure(browser, `${floorServer.origin}/?t=${floorServer.token}`, ['floor-interactive']);
    const heaps: Record<number, number> = {};
    for (const roles of [20, 200, 1000]) {
      const created = await store.create('blank');
      await store.save({ ...bigPlan(roles, new Date()), id: created.id, revision: created.revision }, created.revision);
      const url = `${app.origin}/?t=${app.token}#/plans/${created.id}/board`;
      const { ms, heap } = await measure(browser, url, ['board-interactive']);
      heaps[roles] = heap;
      const ratio = ms / floor.ms;
      rows.push({
        bench: 'board load',
        case: `${roles} roles`,
        value: ms,
        unit: 'ms',
        floor: floor.ms,
        ratio,
        budget: roles === 20 ? { text: '≤ 1.5× the floor', ok: ratio <= 1.5 } : undefined,
      });
    }
    const heapRatio = heaps[1000]! / heaps[20]!;
    rows.push({ bench: 'heap', case: '20 roles', value: heaps[20]!, unit: 'MB' });
    rows.push({
      bench: 'heap',
      case: '1,000 roles',
      value: heaps[1000]!,
      unit: 'MB',
      floor: heaps[20],
      ratio: heapRatio,
      budget: { text: '≤ 2× the 20-role heap', ok: heapRatio <= 2 },
    });
  } finally {
    await app.close();
    await floorServer.close();
    await browser.close();
    await rm(dataDir, { recursive: true, force: true });
  }
  return rows;
}
