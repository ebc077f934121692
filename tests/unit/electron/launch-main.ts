/**
 * Runs the real main process entry (electron/main/index.ts) against a fresh
 * recording Electron fake and a fresh temp data folder, per test. Call
 * `useMainProcess()` at the top of a test file; `launch()` imports the entry
 * as Electron would and resolves once the main window exists.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, vi } from 'vitest';
import { createFakeElectron, type FakeBrowserWindow, type FakeElectron } from './fake-electron';

export interface MainProcess {
  /** The fake the entry sees in the current test. */
  electron(): FakeElectron;
  /** The current test's temp folder; the data folder is `data` in it. */
  folder(): string;
  launch(): Promise<FakeBrowserWindow>;
}

export function useMainProcess(): MainProcess {
  let folder = '';
  let savedDataDir: string | undefined;
  let electron: FakeElectron | null = null;

  beforeEach(async () => {
    folder = await mkdtemp(join(tmpdir(), 'bih-main-'));
    savedDataDir = process.env.BIRD_IN_HAND_DATA_DIR;
    process.env.BIRD_IN_HAND_DATA_DIR = join(folder, 'data');
    vi.resetModules();
    const fake = createFakeElectron();
    electron = fake;
    vi.doMock('electron', () => fake);
  });

  afterEach(async () => {
    vi.doUnmock('electron');
    if (savedDataDir === undefined) delete process.env.BIRD_IN_HAND_DATA_DIR;
    else process.env.BIRD_IN_HAND_DATA_DIR = savedDataDir;
    await rm(folder, { recursive: true, force: true });
  });

  const current = () => {
    if (!electron) throw new Error('useMainProcess() must be called at the top of the test file.');
    return electron;
  };
  return {
    electron: current,
    folder: () => folder,
    async launch() {
      const window = current().nextWindow();
      await import('../../../electron/main/index');
      return window;
    },
  };
}
