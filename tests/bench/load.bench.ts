/**
 * Board load and memory, in Debian's Chromium through the web harness: from
 * navigation to the first frame painted with the board on screen (the Element
 * Timing render time of its heading, `board-painted`), for plans of 20, 200
 * and 1,000 dream roles, against the floor: a page with React and Mantine
 * rendering one button, built the same way and timed by its label. Also the JS heap after opening
 * the 20- and 1,000-role plans (after a forced GC).
 * Budgets: board ≤ 1.5× the floor at 20 roles and ≤ 2× at 1,000 roles;
 * 1,000-role heap ≤ 2× 20-role heap. The floor and the three plans load in
 * turns, so the machine's load falls on all of them alike.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { BOARD_PAINTED } from '../../renderer/src/features/board/board-painted';
import { startHarness } from '../harness/server';
import { buildFloorPage, launchChromium, openStore, seedBigPlan } from './lib/pages';
import { median, type Row } from './lib/stats';

const RUNS = 7;

/**
 * Milliseconds from navigation start to the paint of the element marked
 * `elementtiming="<identifier>"`: the frame a person first sees it in. Element
 * Timing entries are buffered, so an observer made after the paint still
 * gets it.
 */
async function timeToPainted(page: Page, url: string, identifier: string): Promise<number> {
  await page.goto(url);
  return page.evaluate(
    (id) =>
      new Promise<number>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`"${id}" was not painted within 60 s`)), 60_000);
        new PerformanceObserver((list, observer) => {
          const entry = list.getEntries().find((e) => (e as PerformanceEntry & { identifier: string }).identifier === id);
          if (!entry) return;
          clearTimeout(timer);
          observer.disconnect();
          resolve((entry as PerformanceEntry & { renderTime: number }).renderTime);
        }).observe({ type: 'element', buffered: true });
      }),
    identifier,
  );
}

async function heapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize / 1e6;
}

interface Target {
  url: string;
  /** The Element Timing identifier painted when the page is ready to use. */
  painted: string;
}

/**
 * Loads every target once per round, in turns, so a busy moment on the
 * machine falls on the floor and the board alike; the first round warms the
 * disk cache and is not counted. Medians per target.
 */
async function measureInTurns(browser: Browser, targets: Target[]): Promise<{ ms: number; heap: number }[]> {
  const times: number[][] = targets.map(() => []);
  const heaps: number[][] = targets.map(() => []);
  for (let round = 0; round < RUNS + 1; round++) {
    for (const [i, target] of targets.entries()) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const ms = await timeToPainted(page, target.url, target.painted);
      if (round > 0) {
        times[i]!.push(ms);
        heaps[i]!.push(await heapMb(page));
      }
      await context.close();
    }
  }
  return targets.map((_, i) => ({ ms: median(times[i]!), heap: median(heaps[i]!) }));
}

export async function run(): Promise<Row[]> {
  const floorDir = await buildFloorPage('floor');
  const dataDir = await mkdtemp(join(tmpdir(), 'bih-bench-load-'));
  const browser = await launchChromium();
  const app = await startHarness({ dataDir });
  const floorServer = await startHarness({ dataDir: join(dataDir, 'floor'), rendererDir: floorDir });
  const rows: Row[] = [];
  try {
    const store = await openStore(dataDir);
    const sizes = [20, 200, 1000];
    const targets: Target[] = [{ url: `${floorServer.origin}/?t=${floorServer.token}`, painted: 'floor-painted' }];
    for (const roles of sizes) {
      const planId = await seedBigPlan(store, roles);
      targets.push({ url: `${app.origin}/?t=${app.token}#/plans/${planId}/board`, painted: BOARD_PAINTED });
    }
    const [floor, ...boards] = await measureInTurns(browser, targets);
    const heaps: Record<number, number> = {};
    for (const [i, roles] of sizes.entries()) {
      const { ms, heap } = boards[i]!;
      heaps[roles] = heap;
      const ratio = ms / floor!.ms;
      rows.push({
        bench: 'board load',
        case: `${roles} roles`,
        value: ms,
        unit: 'ms',
        floor: floor!.ms,
        ratio,
        budget: roles === 20 ? { text: '≤ 1.5× the floor', ok: ratio <= 1.5 } : roles === 1000 ? { text: '≤ 2× the floor', ok: ratio <= 2 } : undefined,
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
