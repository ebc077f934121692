// Best-effort download of the Electron binary after `npm install`.
// Electron >= 42 no longer downloads at install time; we try here so that
// `npm start` works on a normal machine, but an offline or locked-down machine
// (CI, the build sandboxes) only gets a warning: nothing in install or the test
// suites needs the binary. Set ELECTRON_SKIP_BINARY_DOWNLOAD=1 to skip.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD === '1') {
  console.log('[bird-in-hand] ELECTRON_SKIP_BINARY_DOWNLOAD=1: not fetching the Electron binary.');
  process.exit(0);
}

let installer;
try {
  installer = require.resolve('electron/install.js');
} catch {
  console.warn('[bird-in-hand] electron is not installed; skipping the binary fetch.');
  process.exit(0);
}

const result = spawnSync(process.execPath, [installer], { stdio: 'inherit', timeout: 120_000 });
if (result.status !== 0) {
  console.warn(
    '[bird-in-hand] Could not fetch the Electron binary (offline?). Everything but `npm start` works;\n' +
      '               run `node node_modules/electron/install.js` later with network access to get it.',
  );
}
process.exit(0);
