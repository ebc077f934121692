/**
 * Where the built pieces sit relative to the built main process. electron-vite
 * writes `out/main/index.js` (ESM, so there is no `__dirname`), the preload to
 * `out/preload/index.cjs` and the renderer to `out/renderer/`.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const mainDir = dirname(fileURLToPath(import.meta.url));

/** The sandboxed preload script; CommonJS because sandboxed preloads cannot be ESM. */
export const preloadPath = join(mainDir, '../preload/index.cjs');

/** The built renderer served under `app://bird-in-hand/`. */
export const rendererDir = join(mainDir, '../renderer');
