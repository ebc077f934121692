/**
 * The desktop app's data folder computed without Electron, so the web harness
 * (`npm run web`) uses the same plans as the app by default. It mirrors
 * `join(app.getPath('userData'), 'data')` for the product name "Bird in Hand":
 * Electron's userData is `%APPDATA%\<name>` on Windows, `~/Library/Application
 * Support/<name>` on macOS and `$XDG_CONFIG_HOME/<name>` (or `~/.config`) elsewhere.
 * `BIRD_IN_HAND_DATA_DIR` wins, as in the app.
 */
import { homedir } from 'node:os';
import { join } from 'node:path';

const PRODUCT_NAME = 'Bird in Hand';

export function desktopDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform, home = homedir()): string {
  if (env.BIRD_IN_HAND_DATA_DIR) return env.BIRD_IN_HAND_DATA_DIR;
  const base =
    platform === 'win32' ? (env.APPDATA ?? join(home, 'AppData', 'Roaming'))
    : platform === 'darwin' ? join(home, 'Library', 'Application Support')
    : (env.XDG_CONFIG_HOME || join(home, '.config'));
  return join(base, PRODUCT_NAME, 'data');
}
