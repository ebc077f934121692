/**
 * Edit: how long a keystroke takes to reach the screen, in Debian's Chromium
 * through the web harness.
 *
 * Input latency (the budget rows): the Event Timing duration of each
 * keystroke (its timestamp to the next paint after its handlers; see
 * lib/keystrokes.ts), median and p95 of 31 keystrokes, typed one after the
 * other once the last has painted, for: a dream role's company in the
 * overview, Plan B's base salary in the overview and in the board's "Edit
 * Plan B" drawer (the board beside it), and the script editor with its live
 * preview, each with the sample plan and with the sample plan grown to 20
 * dream roles. The floor: a bare Mantine input built the same way
 * (tests/bench/floor-edit), a NumberInput for figures and a TextInput for
 * text. Budget: ≤ 1.25× the floor at the median and at p95.
 *
 * Also, without a budget: from a keydown in Plan B's salary (the drawer, 20
 * roles) to the board's Plan B first-year total showing the new figure (a
 * MutationObserver on the figure), against the floor's figure echoed as money.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Locator, Page } from '@playwright/test';
import { startHarness } from '../harness/server';
import { median, p95, type Row } from './lib/stats';
import { buildFloorPage, launchChromium, openStore, seedBigPlan } from './lib/pages';
import { KEYSTROKES, seedSampleWithRoles, typeAndTime, watchKeystrokes } from './lib/keystrokes';

const BUDGET = 1.25;

/** Milliseconds from each keydown to the next change of `figure`'s text, typed into `field`. */
async function keystrokeToFigure(page: Page, field: Locator, figure: Locator): Promise<number[]> {
  await figure.evaluate((el) => {
    const w = window as unknown as { __bihKey: number; __bihChange: number };
    document.addEventListener('keydown', (e) => (w.__bihKey = e.timeStamp), true);
    new MutationObserver(() => (w.__bihChange = performance.now())).observe(el, { subtree: true, childList: true, characterData: true });
  });
  await field.click();
  await field.press('End');
  const times: number[] = [];
  for (let i = 0; i < KEYSTROKES + 2; i++) {
    const before = await figure.textContent();
    await field.press(i % 2 === 0 ? '1' : 'Backspace');
    await figure.page().waitForFunction(([el, text]) => el!.textContent !== text, [await figure.elementHandle(), before] as const, { polling: 'raf' });
    const ms = await page.evaluate(() => {
      const w = window as unknown as { __bihKey: number; __bihChange: number };
      return w.__bihChange - w.__bihKey;
    });
    if (i >= 2) times.push(ms); // the first two warm up the code paths
  }
  return times;
}

interface LatencyCase {
  name: string;
  floor: 'number' | 'text';
  /** Address inside the plan, after `#/plans/<id>`. */
  path: string;
  /** Opens what is needed and returns the field to type in. */
  field(page: Page): Promise<Locator>;
}

const CASES: LatencyCase[] = [
  {
    name: 'dream role company, overview',
    floor: 'text',
    path: '/overview?tab=roles',
    field: async (page) => page.getByTestId('dream-role-card').first().getByLabel('Company'),
  },
  {
    name: 'Plan B salary, overview',
    floor: 'number',
    path: '/overview?tab=offers',
    field: async (page) => page.getByTestId('offer-card').filter({ hasText: 'Plan B' }).first().getByLabel('Base salary'),
  },
  {
    name: 'Plan B salary, board beside',
    floor: 'number',
    path: '/board',
    field: async (page) => {
      await page.getByRole('button', { name: /^Edit Plan B/ }).click();
      return page.getByRole('dialog', { name: 'Edit Plan B' }).getByLabel('Base salary');
    },
  },
  {
    name: 'script editor, live preview',
    floor: 'text',
    path: '/scripts',
    field: async (page) => {
      await page.getByTestId('script-preview-panel').waitFor();
      return page.locator('.cm-content[data-testid="script-body-editor"]');
    },
  },
];

async function latencies(browser: Browser, url: string, open: (page: Page) => Promise<Locator>, key: string): Promise<number[]> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  try {
    const page = await context.newPage();
    await watchKeystrokes(page);
    await page.goto(url);
    const field = await open(page);
    await field.waitFor();
    return await typeAndTime(page, field, key);
  } finally {
    await context.close();
  }
}

function latencyRows(name: string, times: number[], floor: number[]): Row[] {
  const row = (stat: string, value: number, base: number): Row => ({
    bench: 'keystroke',
    case: `${name}: ${stat}`,
    value,
    unit: 'ms',
    floor: base,
    ratio: value / base,
    budget: { text: `≤ ${BUDGET}× a bare Mantine input`, ok: value <= BUDGET * base },
  });
  return [row('median', median(times), median(floor)), row('p95', p95(times), p95(floor))];
}

export async function run(): Promise<Row[]> {
  const floorDir = await buildFloorPage('floor-edit');
  const dataDir = await mkdtemp(join(tmpdir(), 'bih-bench-edit-'));
  const browser = await launchChromium();
  const app = await startHarness({ dataDir });
  const floorServer = await startHarness({ dataDir: join(dataDir, 'floor'), rendererDir: floorDir });
  const rows: Row[] = [];
  try {
    const store = await openStore(dataDir);
    const floorUrl = `${floorServer.origin}/?t=${floorServer.token}`;
    const floors = {
      number: await latencies(browser, floorUrl, async (page) => page.getByLabel('Base salary'), '1'),
      text: await latencies(browser, floorUrl, async (page) => page.getByLabel('Company'), 'x'),
    };
    rows.push(
      { bench: 'keystroke', case: 'floor, Mantine NumberInput: median / p95', value: median(floors.number), unit: 'ms', floor: p95(floors.number) },
      { bench: 'keystroke', case: 'floor, Mantine TextInput: median / p95', value: median(floors.text), unit: 'ms', floor: p95(floors.text) },
    );
    const plans = [
      { label: 'sample plan', id: (await store.create('sample')).id },
      { label: '20 roles', id: await seedSampleWithRoles(store, 20) },
    ];
    for (const c of CASES) {
      for (const plan of plans) {
        const url = `${app.origin}/?t=${app.token}#/plans/${plan.id}${c.path}`;
        const times = await latencies(browser, url, c.field, c.floor === 'number' ? '1' : 'x');
        rows.push(...latencyRows(`${c.name}, ${plan.label}`, times, floors[c.floor]));
      }
    }

    const floorPage = await browser.newPage();
    await floorPage.goto(floorUrl);
    const floor = median(await keystrokeToFigure(floorPage, floorPage.getByLabel('Base salary'), floorPage.getByTestId('figure')));
    await floorPage.close();
    const planId = await seedBigPlan(store, 20);
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(`${app.origin}/?t=${app.token}#/plans/${planId}/board`);
    await page.getByRole('button', { name: /^Edit Plan B/ }).click();
    const field = page.getByRole('dialog', { name: 'Edit Plan B' }).getByLabel('Base salary');
    const ms = median(await keystrokeToFigure(page, field, page.getByTestId('plan-b-first-year')));
    await page.close();
    rows.push({ bench: 'edit', case: 'keystroke → board figure, 20 roles', value: ms, unit: 'ms', floor, ratio: ms / floor });
  } finally {
    await app.close();
    await floorServer.close();
    await browser.close();
    await rm(dataDir, { recursive: true, force: true });
  }
  return rows;
}
