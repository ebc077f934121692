/**
 * Importing plan files: refused before reading (size, folders, FIFOs,
 * devices, symlinks), bad encodings, deep nesting, forbidden keys (with no
 * prototype pollution), duplicate ids or one invalid item: all rejected
 * whole, with nothing written. Real files in a temp folder.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, readdir, symlink, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodePlanBytes, jsonDepth, parsePlanImport } from '@shared/import/plan-import';
import { LIMITS } from '@shared/limits';
import { CURRENT_SCHEMA_VERSION, Plan } from '@shared/plan';
import { samplePlan } from '@shared/sample-plan';
import { importPlanFile, readImportFile } from '../../../electron/main/store/import';
import { PlanStore } from '../../../electron/main/store/plan-store';
import { useTempFolder } from '../store/temp-folder';

const tmp = useTempFolder('bih-import-');
const FORMAT = { version: CURRENT_SCHEMA_VERSION, migrations: {}, schema: Plan };
const sample = (): Plan => ({ ...samplePlan(new Date('2026-03-01T09:00:00Z')), revision: 4 });

async function newStore() {
  const store = new PlanStore({ plansDir: join(tmp.path, 'plans'), trashDir: join(tmp.path, 'trash') });
  await store.init();
  return store;
}

describe('importing a file: refused before reading', () => {
  it('refuses a folder, a FIFO, a device and a symlink', async () => {
    const folder = join(tmp.path, 'a-folder.json');
    await mkdir(folder);
    const fifo = join(tmp.path, 'pipe.json');
    execFileSync('mkfifo', [fifo]);
    const target = join(tmp.path, 'real.json');
    await writeFile(target, JSON.stringify(sample()));
    const link = join(tmp.path, 'link.json');
    await symlink(target, link);
    await expect(readImportFile(folder)).rejects.toMatchObject({ code: 'validation', message: /it is a folder/ });
    // A FIFO would block a plain read forever; it is refused from lstat alone.
    await expect(readImportFile(fifo)).rejects.toMatchObject({ code: 'validation', message: /it is a pipe/ });
    await expect(readImportFile('/dev/zero')).rejects.toMatchObject({ code: 'validation', message: /it is a device/ });
    await expect(readImportFile(link)).rejects.toMatchObject({ code: 'validation', message: /link to another file/ });
    await expect(readImportFile(target)).resolves.toContain('"schemaVersion"');
  });

  it('refuses a file over the size limit without reading it (a sparse file)', async () => {
    const big = join(tmp.path, 'big.json');
    await writeFile(big, '');
    await truncate(big, LIMITS.planBytes + 1);
    await expect(readImportFile(big)).rejects.toMatchObject({ code: 'validation', message: /larger than a plan can be/ });
  });

  it('reads UTF-8 with or without a BOM and UTF-16 LE/BE with a BOM', async () => {
    const text = JSON.stringify({ ...sample(), name: 'Café – 東京' });
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const be = Buffer.from(text, 'utf16le').swap16();
    const variants = {
      utf8: Buffer.from(text),
      bom: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]),
      le,
      be: Buffer.concat([Buffer.from([0xfe, 0xff]), be]),
    };
    for (const [name, bytes] of Object.entries(variants)) {
      await writeFile(join(tmp.path, `${name}.json`), bytes);
      expect(parsePlanImport(await readImportFile(join(tmp.path, `${name}.json`)), FORMAT).name, name).toBe('Café – 東京');
    }
  });

  it('refuses invalid UTF-8 and invalid UTF-16', () => {
    expect(() => decodePlanBytes(Buffer.from([0x7b, 0xc3, 0x28, 0x7d]))).toThrow(/not valid UTF-8/);
    expect(() => decodePlanBytes(Buffer.from([0xff, 0xfe, 0x7b, 0x00, 0x00]))).toThrow(/not valid UTF-16/);
    // A lone high surrogate in UTF-16 LE.
    expect(() => decodePlanBytes(Buffer.from([0xff, 0xfe, 0x3d, 0xd8, 0x41, 0x00]))).toThrow(/not valid UTF-16/);
    expect(() => parsePlanImport('{"name":"\uD800"}', FORMAT)).toThrow(/not valid Unicode/);
  });
});

describe('importing text: checked whole', () => {
  it('refuses JSON nested 100 000 deep cleanly (no stack overflow)', () => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    expect(jsonDepth(deep)).toBe(65);
    expect(() => parsePlanImport(deep, FORMAT)).toThrow(/nested more than 64 levels/);
    // Brackets inside strings do not count.
    expect(jsonDepth(JSON.stringify({ a: '[[[[[[{{{{' }))).toBe(1);
  });

  it.each(['__proto__', 'constructor', 'prototype'])('refuses the key %s, and nothing is polluted', (key) => {
    const text = JSON.stringify(sample()).replace('"situation":{', `"situation":{"${key}":{"polluted":true},`);
    expect(() => parsePlanImport(text, FORMAT)).toThrow(new RegExp(`contains the key “${key}”`));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('refuses duplicate ids and one invalid item, whole', () => {
    const plan = sample();
    const twice = { ...plan, dreamRoles: [plan.dreamRoles[0], plan.dreamRoles[0]] };
    expect(() => parsePlanImport(JSON.stringify(twice), FORMAT)).toThrow(/two items share the id/);
    const oneBad = { ...plan, dreamRoles: plan.dreamRoles.map((r, i) => (i === 0 ? { ...r, priority: 'first' } : r)) };
    expect(() => parsePlanImport(JSON.stringify(oneBad), FORMAT)).toThrow(/does not match the plan format at “dreamRoles.0/);
    expect(() => parsePlanImport(JSON.stringify({ ...plan, schemaVersion: 99 }), FORMAT)).toThrow(/newer Bird in Hand/);
    expect(() => parsePlanImport('[]', FORMAT)).toThrow(/does not hold a plan/);
    expect(() => parsePlanImport('{"a":', FORMAT)).toThrow(/not valid JSON/);
  });

  it('writes nothing when an import is refused', async () => {
    const store = await newStore();
    const bad = JSON.stringify({ ...sample(), offers: 'none' });
    await expect(store.importText(bad)).rejects.toMatchObject({ code: 'validation' });
    expect(await readdir(store.plansDir)).toEqual([]);
  });

  it('imports a plan whose id exists as a copy, and replaces it only when asked (after a backup)', async () => {
    const store = await newStore();
    const original = await store.create('sample');
    const text = JSON.stringify({ ...original, name: 'From the other laptop' });

    const copy = await store.importText(text);
    expect(copy.id).not.toBe(original.id);
    expect(copy).toMatchObject({ name: 'From the other laptop', revision: 1 });
    expect((await store.get(original.id)).name).toBe(original.name);
    expect((await store.listBackups(original.id)).entries).toEqual([]);

    const replaced = await store.importText(text, true);
    expect(replaced).toMatchObject({ id: original.id, name: 'From the other laptop', revision: 2 });
    expect((await store.listBackups(original.id)).entries[0]).toMatchObject({ reason: 'import', revision: 1 });
  });

  it('imports a file from disk through importPlanFile', async () => {
    const store = await newStore();
    const file = join(tmp.path, 'plan.json');
    await writeFile(file, JSON.stringify(sample()));
    const summary = await importPlanFile(store, file);
    expect((await store.list()).plans.map((p) => p.id)).toEqual([summary.id]);
  });

  it('exports a plan as its JSON text with a safe file name', async () => {
    const store = await newStore();
    const plan = await store.create('blank', 'My plan: <b>/\\..');
    const exported = await store.exportPlan(plan.id);
    expect(exported.fileName).toBe('My plan b.bird-in-hand.json');
    expect(parsePlanImport(exported.text, FORMAT)).toEqual(await store.get(plan.id));
  });
});
