/**
 * Printing call sheets: Chromium's `page.pdf` (A4) of the call pack, through
 * the web harness, for plans of 1 and 10 dream roles made from the sample
 * (roles copied with new ids). Reports the median PDF time per page; the
 * pages are counted with pdfinfo. Budget: per-page time at 10 roles ≤ at
 * 1 role (a pack must not get slower per page as it grows).
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { newId } from '@shared/ids';
import type { Plan } from '@shared/plan';
import { samplePlan } from '@shared/sample-plan';
import { startHarness } from '../harness/server';
import { launchChromium, openStore } from './lib/pages';
import { median, type Row } from './lib/stats';

const RUNS = 7;

/** The sample with `count` dream roles, each a copy of a sample role with new ids and a distinct company. */
function planWithRoles(count: number, now: Date): Plan {
  const plan = samplePlan(now);
  const roles = Array.from({ length: count }, (_, i) => {
    const base = plan.dreamRoles[i % plan.dreamRoles.length]!;
    return {
      ...base,
      id: newId(),
      company: `${base.company} ${i + 1}`,
      priority: Math.min(i + 1, 100),
      scriptId: plan.scripts[0]!.id,
      contacts: base.contacts.map((c) => ({ ...c, id: newId() })),
    };
  });
  return { ...plan, dreamRoles: roles };
}

export async function run(): Promise<Row[]> {
  const dir = await mkdtemp(join(tmpdir(), 'bih-bench-print-'));
  const browser = await launchChromium();
  const app = await startHarness({ dataDir: dir });
  const perPage = new Map<number, number>();
  const rows: Row[] = [];
  try {
    const store = await openStore(dir);
    const page = await browser.newPage();
    for (const roles of [1, 10]) {
      const created = await store.create('blank');
      await store.save({ ...planWithRoles(roles, new Date()), id: created.id, revision: created.revision }, created.revision);
      await page.goto(`${app.origin}/?t=${app.token}#/plans/${created.id}/callsheets?print=pack&paper=a4&figures=shown`);
      await page.waitForFunction(() => performance.getEntriesByName('callsheet-ready', 'mark').length > 0, null, { timeout: 60_000 });
      const times: number[] = [];
      let bytes: Buffer = Buffer.alloc(0);
      for (let i = 0; i < RUNS + 1; i++) {
        const start = performance.now();
        bytes = await page.pdf({ format: 'A4', printBackground: true });
        if (i > 0) times.push(performance.now() - start); // the first is a warm-up
      }
      const file = join(dir, `pack-${roles}.pdf`);
      await writeFile(file, bytes);
      const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);
      const ms = median(times) / pages;
      perPage.set(roles, ms);
      rows.push({ bench: 'print', case: `call pack, ${roles} role${roles === 1 ? '' : 's'} (${pages} pages)`, value: ms, unit: 'ms/page' });
    }
    const one = perPage.get(1)!;
    const ten = perPage.get(10)!;
    const last = rows[rows.length - 1]!;
    Object.assign(last, { floor: one, ratio: ten / one, budget: { text: 'per page at 10 roles ≤ at 1 role', ok: ten <= one } });
  } finally {
    await app.close();
    await browser.close();
    await rm(dir, { recursive: true, force: true });
  }
  return rows;
}
