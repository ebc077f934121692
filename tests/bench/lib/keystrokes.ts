/**
 * Keystroke latency as the browser reports it: the Event Timing API's
 * `duration` (the event's timestamp to the next paint after its handlers,
 * rounded to 8 ms) of the slowest event of each keystroke (keydown, input,
 * keyup…). Chromium reports only events of 16 ms or more, so a keystroke with
 * no entry painted within one 8 ms step: it counts as 8 ms, an upper bound.
 */
import type { Locator, Page } from '@playwright/test';
import { newId } from '@shared/ids';
import type { Plan } from '@shared/plan';
import type { PlanStore } from '../../../electron/main/store/plan-store';

export const KEYSTROKES = 31;
const WARMUP = 2;
const UNREPORTED_MS = 8;

/** Call before `page.goto`: records every keydown and every Event Timing entry from the start. */
export async function watchKeystrokes(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __bihKeys: number[]; __bihEvents: { start: number; duration: number }[] };
    w.__bihKeys = [];
    w.__bihEvents = [];
    window.addEventListener('keydown', (e) => w.__bihKeys.push(e.timeStamp), true);
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__bihEvents.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'event', durationThreshold: 16, buffered: true } as PerformanceObserverInit);
  });
}

/** After a keystroke: the frame that shows it has been painted and the page has gone idle again. */
function settle(page: Page): Promise<void> {
  return page.evaluate(
    () =>
      new Promise<void>((done) =>
        requestAnimationFrame(() => requestAnimationFrame(() => requestIdleCallback(() => done()))),
      ),
  );
}

/**
 * Types into `field` (focused, caret at the end) one keystroke at a time,
 * alternately `key` and Backspace so the text keeps its length, each after
 * the last has painted; returns each timed keystroke's latency in ms.
 */
export async function typeAndTime(page: Page, field: Locator, key = '1'): Promise<number[]> {
  await field.click();
  await field.press('ControlOrMeta+End');
  await field.press('End');
  await settle(page);
  const first = await page.evaluate(() => (window as unknown as { __bihKeys: number[] }).__bihKeys.length);
  for (let i = 0; i < WARMUP + KEYSTROKES + 1; i++) {
    await field.press(i % 2 === 0 ? key : 'Backspace');
    await settle(page);
  }
  const { keys, events } = await page.evaluate(() => {
    const w = window as unknown as { __bihKeys: number[]; __bihEvents: { start: number; duration: number }[] };
    return { keys: w.__bihKeys, events: w.__bihEvents };
  });
  const typed = keys.slice(first);
  const times: number[] = [];
  // The last keystroke only bounds the one before it.
  for (let i = WARMUP; i < typed.length - 1; i++) {
    const from = typed[i]!;
    const to = typed[i + 1]!;
    const mine = events.filter((e) => e.start >= from && e.start < to).map((e) => e.duration);
    times.push(mine.length ? Math.max(...mine) : UNREPORTED_MS);
  }
  return times;
}

/**
 * The sample plan with its dream roles repeated (fresh ids, numbered
 * companies) up to `roles`; its offers, criteria and scripts unchanged.
 */
export async function seedSampleWithRoles(store: PlanStore, roles: number): Promise<string> {
  const created = await store.create('sample');
  const sample = created.dreamRoles;
  const dreamRoles = Array.from({ length: roles }, (_, i): Plan['dreamRoles'][number] => {
    const from = sample[i % sample.length]!;
    if (i < sample.length) return from;
    return {
      ...from,
      id: newId(),
      company: `${from.company} ${i + 1}`,
      contacts: from.contacts.map((c) => ({ ...c, id: newId() })),
      callLog: from.callLog.map((c) => ({ ...c, id: newId() })),
    };
  });
  await store.save({ ...created, dreamRoles }, created.revision);
  return created.id;
}
