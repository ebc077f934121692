import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { DEFAULT_SETTINGS } from '@shared/settings';
import { SettingsStore } from '../../../electron/main/store/settings-store';
import { useTempFolder } from './temp-folder';

const tmp = useTempFolder();
const FIXED = new Date('2026-03-01T09:00:00.000Z');
let warn: MockInstance<typeof console.warn>;

beforeEach(() => {
  // The store logs set-aside files; keep the output clean and check the log.
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => warn.mockRestore());

const open = () => new SettingsStore({ file: join(tmp.path, 'settings.json'), now: () => FIXED });

describe('SettingsStore', () => {
  it('answers the defaults when there is no file, without writing one', async () => {
    expect(await open().get()).toEqual(DEFAULT_SETTINGS);
    expect(await readdir(tmp.path)).toEqual([]);
  });

  it('applies a patch, writes it durably, and a new store reads it back', async () => {
    const id = crypto.randomUUID();
    const saved = await open().set({ theme: 'dark', recentPlanIds: [id] });
    expect(saved).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark', recentPlanIds: [id] });
    expect(JSON.parse(await readFile(join(tmp.path, 'settings.json'), 'utf8'))).toEqual(saved);
    expect(await open().get()).toEqual(saved);
    expect(await readdir(tmp.path)).toEqual(['settings.json']);
  });

  it('refuses an invalid patch and changes nothing', async () => {
    const store = open();
    await store.set({ theme: 'light' });
    const before = await readFile(join(tmp.path, 'settings.json'));
    await expect(store.set({ theme: 'neon' } as never)).rejects.toMatchObject({ code: 'validation' });
    expect((await readFile(join(tmp.path, 'settings.json'))).equals(before)).toBe(true);
  });

  it('serializes concurrent patches so none is lost', async () => {
    const store = open();
    await Promise.all([store.set({ theme: 'dark' }), store.set({ welcomed: true })]);
    expect(await open().get()).toMatchObject({ theme: 'dark', welcomed: true });
  });

  for (const [label, bytes] of [
    ['not JSON', '{"theme": '],
    ['the wrong shape', JSON.stringify({ ...DEFAULT_SETTINGS, theme: 5 })],
    ['empty', ''],
  ] as const) {
    it(`moves a broken settings file (${label}) aside untouched and uses the defaults`, async () => {
      await writeFile(join(tmp.path, 'settings.json'), bytes);
      expect(await open().get()).toEqual(DEFAULT_SETTINGS);
      expect(await readdir(tmp.path)).toEqual(['settings.corrupt-20260301T090000Z.json']);
      expect(await readFile(join(tmp.path, 'settings.corrupt-20260301T090000Z.json'), 'utf8')).toBe(bytes);
      expect(warn).toHaveBeenCalledWith(expect.stringContaining('settings.corrupt-20260301T090000Z.json'));
    });
  }

  it('reads a settings file again when it was caught half written, and sets nothing aside', async () => {
    const file = join(tmp.path, 'settings.json');
    await writeFile(file, '');
    const store = new SettingsStore({ file, now: () => FIXED, settle: () => writeFile(file, JSON.stringify({ ...DEFAULT_SETTINGS, theme: 'dark' })) });
    expect(await store.get()).toMatchObject({ theme: 'dark' });
    expect(await readdir(tmp.path)).toEqual(['settings.json']);
    expect(warn).not.toHaveBeenCalled();
  });

  it('can save again after a broken file was set aside', async () => {
    await writeFile(join(tmp.path, 'settings.json'), 'garbage');
    expect(await open().set({ welcomed: true })).toEqual({ ...DEFAULT_SETTINGS, welcomed: true });
    expect((await readdir(tmp.path)).sort()).toEqual(['settings.corrupt-20260301T090000Z.json', 'settings.json']);
  });
});
