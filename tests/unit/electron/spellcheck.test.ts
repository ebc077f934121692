/**
 * Chromium's spellchecker downloads hunspell dictionaries from Google's CDN on
 * Windows and Linux (Electron's documented default). Bird in Hand sends
 * nothing anywhere, so spellcheck is off in every window and the session's
 * dictionary address cannot reach the network. Checked through the running
 * main process (the real entry, Electron mocked) and every kind of window.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createFakeElectron, type FakeElectron } from './fake-electron';

let folder: string;
let savedDataDir: string | undefined;
let electron: FakeElectron;

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'bih-spell-'));
  savedDataDir = process.env.BIRD_IN_HAND_DATA_DIR;
  process.env.BIRD_IN_HAND_DATA_DIR = join(folder, 'data');
  vi.resetModules();
  electron = createFakeElectron();
  vi.doMock('electron', () => electron);
});

afterEach(async () => {
  vi.doUnmock('electron');
  if (savedDataDir === undefined) delete process.env.BIRD_IN_HAND_DATA_DIR;
  else process.env.BIRD_IN_HAND_DATA_DIR = savedDataDir;
  await rm(folder, { recursive: true, force: true });
});

describe('spellcheck never reaches the network', () => {
  it('is off in the session the app starts with, whose dictionary address is the app itself', async () => {
    const window = electron.nextWindow();
    await import('../../../electron/main/index');
    await window;
    const session = electron.session.defaultSession;
    expect(session.spellCheckerEnabled).toBe(false);
    const url = new URL(session.dictionaryDownloadUrl ?? 'https://redirector.gvt1.com/edgedl/chrome/dict/');
    expect(url.protocol).toBe('app:');
    expect(url.host).toBe('bird-in-hand');
  });

  it('is off in the main window, a plan window and the hidden print window', async () => {
    const { createMainWindow } = await import('../../../electron/main/window');
    const { createPrintWindow } = await import('../../../electron/main/print/electron-print');
    createMainWindow();
    createMainWindow({ route: '/plans/p-1/board' });
    createPrintWindow();
    expect(electron.windows).toHaveLength(3);
    for (const window of electron.windows) expect(window.options.webPreferences?.spellcheck).toBe(false);
  });
});
