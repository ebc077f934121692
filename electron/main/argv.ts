/**
 * Finding a plan file in a command line: the app launched by double-clicking
 * an exported plan, `bird-in-hand plan.bird-in-hand.json`, or a second launch
 * whose arguments the single-instance lock hands to the running app.
 */
import { isAbsolute, resolve } from 'node:path';

/** What a plan file's name ends with (`<name>.bird-in-hand.json` exports included). */
export const PLAN_FILE_EXTENSIONS = ['.json', '.birdplan'] as const;

/**
 * The plan file named in `argv`, as an absolute path resolved against `cwd`
 * (the working directory of the launch that named it), or null. Switches
 * (`--flag`, `-x`) and the executable and main script (Electron's argv[0]
 * and, when run unpackaged, the `.js` entry) are ignored; when several files
 * are named, the last one wins, as a shell user would expect of "open".
 */
export function planFileFromArgv(argv: readonly string[], cwd: string): string | null {
  let found: string | null = null;
  for (const arg of argv.slice(1)) {
    if (!arg || arg.startsWith('-')) continue;
    const lower = arg.toLowerCase();
    if (!PLAN_FILE_EXTENSIONS.some((ext) => lower.endsWith(ext))) continue;
    found = isAbsolute(arg) ? arg : resolve(cwd, arg);
  }
  return found;
}
