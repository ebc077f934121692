/** The web harness as a real process (`tests/harness/cli.ts`), for tests that kill it or run two. */
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../../..');

/** Starts the CLI over `dataDir`, serving `rendererDir`, and resolves with its URL once it has printed it. */
export function startCli(dataDir: string, rendererDir: string): Promise<{ child: ChildProcess; origin: string; token: string }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'tests/harness/cli.ts', '--data-dir', dataDir, '--renderer-dir', rendererDir], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stderr!.on('data', (c: Buffer) => void (err += c.toString()));
    child.stdout!.on('data', (c: Buffer) => {
      out += c.toString();
      const match = /web harness: (http:\/\/127\.0\.0\.1:\d+)\/\?t=(\S+)/.exec(out);
      if (match) done({ child, origin: match[1]!, token: match[2]! });
    });
    child.on('exit', (code) => fail(new Error(`harness exited early (${code}): ${err}`)));
  });
}
