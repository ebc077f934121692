import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { blankPlan } from '@shared/new-plan';
import { CURRENT_SCHEMA_VERSION } from '@shared/plan';
import { SETTLE_TRIES } from '../../../electron/main/store/plan-file-adapter';
import { PlanStore } from '../../../electron/main/store/plan-store';
import { useTempFolder } from './temp-folder';

const tmp = useTempFolder();
const FIXED = new Date('2026-03-01T09:00:00.000Z');

/** `settle`: what happens while the store waits to read an unreadable file again (by default, the real wait). */
async function openStore(settle?: () => Promise<void>): Promise<PlanStore> {
  const store = new PlanStore({ plansDir: join(tmp.path, 'plans'), trashDir: join(tmp.path, 'trash'), now: () => FIXED, settle });
  await store.init();
  return store;
}

/** Puts raw bytes at `<id>.json` and returns the id. */
async function plant(store: PlanStore, bytes: string | Buffer, id: string = crypto.randomUUID()): Promise<string> {
  await writeFile(join(store.plansDir, `${id}.json`), bytes);
  return id;
}

const validJson = (overrides: Record<string, unknown> = {}) => {
  const plan = { ...blankPlan('Planted', FIXED), revision: 1, ...overrides };
  return JSON.stringify(plan, null, 2);
};

const BROKEN: [label: string, bytes: () => string | Buffer, why: RegExp][] = [
  ['cut-off JSON', () => validJson().slice(0, 120), /not valid JSON/],
  ['an empty file', () => '', /empty file/],
  ['all NUL bytes', () => Buffer.alloc(4096), /only zero bytes/],
  ['a JSON array', () => '[]', /not hold a JSON object/],
  ['the wrong shape', () => validJson({ offers: 'none' }), /plan format at “offers”/],
  ['no schemaVersion', () => validJson({ schemaVersion: undefined }), /plan format at “schemaVersion”/],
];

describe('PlanStore: files that cannot be used are set aside untouched', () => {
  for (const [label, bytes, why] of BROKEN) {
    it(`list sets aside ${label}, reports it, and keeps the bytes identical`, async () => {
      const store = await openStore();
      const good = await store.create('blank', 'Good');
      const original = Buffer.from(bytes());
      const id = await plant(store, original);
      const { plans, problems } = await store.list();
      expect(plans.map((p) => p.id)).toEqual([good.id]);
      const movedTo = `${id}.corrupt-20260301T090000Z.json`;
      expect(problems).toEqual([{ kind: 'set-aside', file: `${id}.json`, movedTo, message: expect.stringMatching(why) }]);
      expect(problems[0]?.message).toContain(`${id}.json`);
      expect((await readFile(join(store.plansDir, movedTo))).equals(original)).toBe(true);
      expect((await readdir(store.plansDir)).sort()).toEqual([`${good.id}.json`, movedTo].sort());
    });
  }

  it('get answers corrupt after moving the file aside', async () => {
    const store = await openStore();
    const id = await plant(store, '{ nope');
    await expect(store.get(id)).rejects.toMatchObject({ code: 'corrupt', message: expect.stringContaining('moved aside, untouched') });
    expect(await readdir(store.plansDir)).toEqual([`${id}.corrupt-20260301T090000Z.json`]);
  });

  it('save never overwrites a corrupt file: it is set aside and the save refused', async () => {
    const store = await openStore();
    const plan = await store.create('blank');
    const garbage = Buffer.from('\u0000\u0000{"half": ');
    await plant(store, garbage, plan.id);
    await expect(store.save(plan, 1)).rejects.toMatchObject({ code: 'corrupt' });
    const moved = join(store.plansDir, `${plan.id}.corrupt-20260301T090000Z.json`);
    expect((await readFile(moved)).equals(garbage)).toBe(true);
    expect(await readdir(store.plansDir)).toEqual([`${plan.id}.corrupt-20260301T090000Z.json`]);
  });

  it('treats a plan whose id differs from its file name as invalid', async () => {
    const store = await openStore();
    const stranger = validJson();
    const id = await plant(store, stranger);
    expect(JSON.parse(stranger).id).not.toBe(id);
    const { problems } = await store.list();
    expect(problems).toEqual([expect.objectContaining({ kind: 'set-aside', message: expect.stringContaining('does not match its file name') })]);
    expect(await readFile(join(store.plansDir, problems[0]?.movedTo ?? ''), 'utf8')).toBe(stranger);
  });

  it('never overwrites an earlier set-aside file with the same time stamp', async () => {
    const store = await openStore();
    const id = await plant(store, 'first');
    await store.list();
    await plant(store, 'second', id);
    const { problems } = await store.list();
    expect(problems[0]?.movedTo).toBe(`${id}.corrupt-20260301T090000Z-2.json`);
    expect(await readFile(join(store.plansDir, `${id}.corrupt-20260301T090000Z.json`), 'utf8')).toBe('first');
    expect(await readFile(join(store.plansDir, `${id}.corrupt-20260301T090000Z-2.json`), 'utf8')).toBe('second');
  });
});

describe('PlanStore: a file being written in place is read again, not set aside', () => {
  // A sync tool, an editor or a script that truncates a file and then fills it leaves it empty or cut short for a moment.
  for (const [label, moment] of [
    ['empty', () => ''],
    ['cut short', () => validJson().slice(0, 200)],
  ] as const) {
    it(`get and list load a plan read while ${label}, once its write has finished`, async () => {
      let id = '';
      let waits = 0;
      const store = await openStore(async () => {
        waits++;
        await writeFile(join(store.plansDir, `${id}.json`), validJson({ id }));
      });
      id = await plant(store, moment());
      await expect(store.get(id)).resolves.toMatchObject({ id, name: 'Planted' });
      await writeFile(join(store.plansDir, `${id}.json`), moment());
      const { plans, problems } = await store.list();
      expect(problems).toEqual([]);
      expect(plans.map((p) => p.id)).toEqual([id]);
      expect(waits).toBe(2);
      expect(await readdir(store.plansDir)).toEqual([`${id}.json`]);
    });
  }

  it('a file that stays broken through the wait is set aside after one wait', async () => {
    let waits = 0;
    const store = await openStore(async () => void waits++);
    const id = await plant(store, '{ "name": "cut sh');
    await expect(store.get(id)).rejects.toMatchObject({ code: 'corrupt' });
    expect(waits).toBe(1);
    expect(await readdir(store.plansDir)).toEqual([`${id}.corrupt-20260301T090000Z.json`]);
  });

  it('a file that keeps changing and never parses is judged after a bounded number of reads', async () => {
    let waits = 0;
    let id = '';
    const store = await openStore(async () => {
      waits++;
      await writeFile(join(store.plansDir, `${id}.json`), `{ "broken": ${waits}`);
    });
    id = await plant(store, '{ "broken": 0');
    await expect(store.get(id)).rejects.toMatchObject({ code: 'corrupt' });
    expect(waits).toBe(SETTLE_TRIES - 1);
    expect(await readFile(join(store.plansDir, `${id}.corrupt-20260301T090000Z.json`), 'utf8')).toBe(`{ "broken": ${SETTLE_TRIES - 1}`);
  });

  it('a whole JSON file that fails the plan format is set aside without waiting', async () => {
    let waits = 0;
    const store = await openStore(async () => void waits++);
    const id = await plant(store, validJson({ offers: 'none' }));
    await expect(store.get(id)).rejects.toMatchObject({ code: 'corrupt' });
    expect(waits).toBe(0);
  });
});

describe('PlanStore: files from a newer Bird in Hand are refused and left alone', () => {
  it('list reports them, get and every write refuse them, and the bytes never change', async () => {
    const store = await openStore();
    const newer = validJson({ schemaVersion: CURRENT_SCHEMA_VERSION + 1, somethingNew: true });
    const id = await plant(store, newer, JSON.parse(newer).id);
    const path = join(store.plansDir, `${id}.json`);

    const { plans, problems } = await store.list();
    expect(plans).toEqual([]);
    expect(problems).toEqual([{ kind: 'newer-version', file: `${id}.json`, movedTo: null, message: expect.stringMatching(/newer version of Bird in Hand.*left as it is/) }]);
    await expect(store.get(id)).rejects.toMatchObject({ code: 'newer-version' });
    const plan = { ...blankPlan('Mine', FIXED), id, revision: 1 };
    await expect(store.save(plan, 1)).rejects.toMatchObject({ code: 'newer-version' });
    await expect(store.rename(id, 'Renamed')).rejects.toMatchObject({ code: 'newer-version' });
    await expect(store.delete(id)).rejects.toMatchObject({ code: 'newer-version' });

    expect(await readFile(path, 'utf8')).toBe(newer);
    expect(await readdir(store.plansDir)).toEqual([`${id}.json`]);
  });
});
