/**
 * Guided: a realistic first plan (one written offer, two dream roles with a
 * contact, a phone number and what they said about timing) entered as a
 * person would, from the plans screen to the first call sheet on screen,
 * through the guided start and through the full editors (tests/e2e/first-plan.ts
 * holds both scripts). Reports keystrokes, clicks and the time to the call
 * sheet, in Debian's Chromium through the web harness, each path on a fresh
 * data folder.
 *
 * Time to the call sheet = the measured wall time of the run + a person's
 * pace, added as fixed costs rather than slept: 0.25 s per keystroke (about
 * 48 words a minute) and 1.5 s per click (find the target, move, click).
 * Playwright itself types with no delay, so the measured part is the app's
 * own time (rendering, saving) plus the harness.
 *
 * Budgets: the guided start takes at most half the input (keystrokes +
 * clicks) of the full editors, and its call sheet is on screen within the
 * first minute of typing at that pace.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startHarness } from '../harness/server';
import { enterThroughEditors, enterThroughGuidedStart, Person } from '../e2e/first-plan';
import { launchChromium } from './lib/pages';
import type { Row } from './lib/stats';

const KEYSTROKE_S = 0.25;
const CLICK_S = 1.5;

async function measure(path: (person: Person) => Promise<void>): Promise<{ keystrokes: number; clicks: number; machineS: number; personS: number }> {
  const dataDir = await mkdtemp(join(tmpdir(), 'bih-bench-guided-'));
  const browser = await launchChromium();
  const app = await startHarness({ dataDir });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${app.origin}/?t=${app.token}`);
    await page.getByRole('button', { name: 'New blank plan' }).first().waitFor();
    const person = new Person(page);
    const start = performance.now();
    await path(person);
    const machineS = (performance.now() - start) / 1000;
    return { keystrokes: person.keystrokes, clicks: person.clicks, machineS, personS: person.keystrokes * KEYSTROKE_S + person.clicks * CLICK_S };
  } finally {
    await app.close();
    await browser.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}

export async function run(): Promise<Row[]> {
  const editors = await measure(enterThroughEditors);
  const guided = await measure(enterThroughGuidedStart);
  const input = (m: typeof guided) => m.keystrokes + m.clicks;
  const total = (m: typeof guided) => m.machineS + m.personS;
  const typingS = guided.keystrokes * KEYSTROKE_S;
  return [
    { bench: 'guided', case: 'keystrokes, guided start', value: guided.keystrokes, unit: 'keys', floor: editors.keystrokes, ratio: guided.keystrokes / editors.keystrokes },
    { bench: 'guided', case: 'clicks, guided start', value: guided.clicks, unit: 'clicks', floor: editors.clicks, ratio: guided.clicks / editors.clicks },
    {
      bench: 'guided',
      case: 'input (keys + clicks) vs full editors',
      value: input(guided),
      unit: 'inputs',
      floor: input(editors),
      ratio: input(guided) / input(editors),
      budget: { text: '≤ 0.5× the full editors', ok: input(guided) <= 0.5 * input(editors) },
    },
    { bench: 'guided', case: 'app time (measured), guided start', value: guided.machineS, unit: 's', floor: editors.machineS, ratio: guided.machineS / editors.machineS },
    {
      bench: 'guided',
      case: 'to call sheet: measured + person pace',
      value: total(guided),
      unit: 's',
      floor: total(editors),
      ratio: total(guided) / total(editors),
    },
    {
      bench: 'guided',
      case: 'typing time at 0.25 s/key, guided start',
      value: typingS,
      unit: 's',
      budget: { text: 'call sheet within the first minute of typing', ok: typingS + guided.machineS <= 60 },
    },
  ];
}
