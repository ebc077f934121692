/**
 * A deadline time zone that is not an IANA zone ("Mars/Olympus"): refused by
 * the schema, and a file that holds one (an old file, an import, a hand edit)
 * is repaired to '' ("zone unknown") after a backup, with a notice on the
 * plans screen. Real store over a temp folder.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveTimeZone } from '@shared/board/zoned-date';
import { repairZones } from '@shared/migrations/repair-zones';
import { CURRENT_SCHEMA_VERSION, Offer, type Plan } from '@shared/plan';
import { PlanStore } from '../../../electron/main/store/plan-store';
import { useTempFolder } from './temp-folder';

const tmp = useTempFolder('bih-zones-');
const MARS = 'Mars/Olympus';

async function openStore(): Promise<PlanStore> {
  const store = new PlanStore({ plansDir: join(tmp.path, 'plans'), trashDir: join(tmp.path, 'trash') });
  await store.init();
  return store;
}

function withZone(plan: Plan, zone: string): Plan {
  return { ...plan, offers: plan.offers.map((o, i) => (i === 0 ? { ...o, deadlineTimeZone: zone } : o)) };
}

describe('deadline time zones', () => {
  it('the schema takes an IANA zone or "" and refuses any other text', async () => {
    const offer = (await openStore().then((s) => s.create('sample'))).offers[0]!;
    expect(Offer.safeParse({ ...offer, deadlineTimeZone: 'Europe/Paris' }).success).toBe(true);
    expect(Offer.safeParse({ ...offer, deadlineTimeZone: '' }).success).toBe(true);
    const bad = Offer.safeParse({ ...offer, deadlineTimeZone: MARS });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.message).toMatch(/not a time zone/);
  });

  it('the repair is pure: it clears only unknown zones and leaves its input alone', () => {
    const doc = { schemaVersion: CURRENT_SCHEMA_VERSION, offers: [{ company: 'Acme', deadlineTimeZone: MARS }, { deadlineTimeZone: 'Asia/Tokyo' }, { deadlineTimeZone: '' }] };
    const copy = structuredClone(doc);
    const { doc: out, repairs } = repairZones(doc);
    expect(doc).toEqual(copy);
    expect((out.offers as { deadlineTimeZone: string }[]).map((o) => o.deadlineTimeZone)).toEqual(['', 'Asia/Tokyo', '']);
    expect(repairs).toEqual([{ path: 'offers.0.deadlineTimeZone', was: MARS, company: 'Acme' }]);
    expect(repairZones(out).repairs).toEqual([]);
  });

  it('a plan file holding "Mars/Olympus" opens repaired, after a backup, and the plans screen is told', async () => {
    const store = await openStore();
    const plan = await store.create('sample');
    const file = join(store.plansDir, `${plan.id}.json`);
    const bad = `${JSON.stringify(withZone(plan, MARS), null, 2)}\n`;
    await writeFile(file, bad);

    const { plans, problems } = await store.list();
    expect(plans.map((p) => p.id)).toContain(plan.id);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ kind: 'repaired', file: `${plan.id}.json`, movedTo: null });
    expect(problems[0]!.message).toContain(MARS);
    expect(problems[0]!.message).toMatch(/cleared.*backups/s);

    const opened = await store.get(plan.id);
    expect(opened.offers[0]!.deadlineTimeZone).toBe('');
    expect(JSON.parse(await readFile(file, 'utf8')).offers[0].deadlineTimeZone).toBe('');
    // The one zone rule handles the repaired state without throwing.
    expect(resolveTimeZone(opened.offers[0]!.deadlineTimeZone, '2026-03-20T17:00:00+01:00')).toEqual({ timeZone: 'Etc/GMT-1', fellBack: true });

    const { entries } = await store.listBackups(plan.id);
    const backup = entries.find((e) => e.reason === 'repair');
    expect(backup).toBeDefined();
    expect((await store.backups.read(plan.id, backup!.id))?.toString('utf8')).toBe(bad);
    expect(JSON.parse(await readFile(file, 'utf8')).schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
  });

  it('an imported file holding "Mars/Olympus" is imported repaired, and the plans screen is told', async () => {
    const store = await openStore();
    const source = await store.create('sample');
    await store.delete(source.id);
    const summary = await store.importText(JSON.stringify(withZone(source, MARS)));
    expect((await store.get(summary.id)).offers[0]!.deadlineTimeZone).toBe('');
    const { problems } = await store.list();
    expect(problems).toEqual([expect.objectContaining({ kind: 'repaired', file: `${summary.id}.json` })]);
  });
});
