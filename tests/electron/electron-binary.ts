/**
 * Where the real-Electron specs find the Electron executable, and why they
 * skip without it. Shared by every spec in tests/electron.
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { _electron as electron, type ElectronApplication } from '@playwright/test';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';

/** The built main process the specs launch (`npx electron-vite build` first). */
export const MAIN_ENTRY = join(resolve(import.meta.dirname, '../..'), 'out/main/index.js');

/**
 * The Electron executable, or null when it is not installed. This repeats the
 * lookup of the electron package's index.js instead of calling
 * `require('electron')`, because that call starts a download when the binary
 * is missing, and our machines cannot reach the download host.
 */
export function electronBinary(): string | null {
  try {
    const packageDir = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
    const pathFile = join(packageDir, 'path.txt');
    const executable = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
    const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
    if (override) return existsSync(join(override, executable || 'electron')) ? join(override, executable || 'electron') : null;
    if (!executable) return null;
    const binary = join(packageDir, 'dist', executable);
    return existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

export const SKIP_REASON =
  'Electron binary not installed (run `node node_modules/electron/install.js` with network access, or set ELECTRON_OVERRIDE_DIST_PATH to an unpacked Electron 45); skipping real-Electron specs';

/**
 * Launches the built app on a fresh temp data folder; `close()` quits it and
 * removes the folder. Chromium refuses to start as root without
 * --no-sandbox; the page stays sandboxed by our web preferences.
 */
export async function launchApp(executablePath: string, prefix: string): Promise<{ app: ElectronApplication; close(): Promise<void> }> {
  if (!existsSync(MAIN_ENTRY)) throw new Error(`${MAIN_ENTRY} is missing: run \`npx electron-vite build\` before these specs.`);
  const dataDir = await mkdtemp(join(tmpdir(), prefix));
  const app = await electron.launch({
    executablePath,
    args: [...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), MAIN_ENTRY],
    env: { ...process.env, BIRD_IN_HAND_DATA_DIR: dataDir, ELECTRON_RENDERER_URL: '' },
  });
  return {
    app,
    async close() {
      await app.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
