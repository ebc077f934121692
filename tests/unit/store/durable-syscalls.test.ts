/**
 * Durability observed, not assumed: a child process makes one of each
 * durable write (a plan, its backups, the settings, a call sheet PDF) under
 * `strace -f`, and for every file written the recorded system calls must be
 * write → fsync(file) → close → rename → fsync(folder). Dropping either sync
 * from durable-write.ts fails this test (the kill tests cannot see it: a
 * killed process keeps the page cache; a power cut does not).
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const CHILD = resolve(__dirname, 'fixtures/durable-saves.ts');
const SYSCALLS = 'openat,write,fsync,fdatasync,rename,renameat,renameat2,close';

interface Call {
  name: string;
  args: string;
  result: number;
}

/** strace -f -o output → calls in the order they started, with their results. */
function parseStrace(text: string): Call[] {
  const calls: Call[] = [];
  const pending = new Map<string, Call>();
  for (const line of text.split('\n')) {
    const done = /^(\d+)\s+(\w+)\((.*)\)\s+=\s+(-?\d+)/.exec(line);
    if (done) {
      calls.push({ name: done[2]!, args: done[3]!, result: Number(done[4]) });
      continue;
    }
    const started = /^(\d+)\s+(\w+)\((.*) <unfinished \.\.\.>$/.exec(line);
    if (started) {
      const call = { name: started[2]!, args: started[3]!, result: Number.NaN };
      calls.push(call);
      pending.set(started[1]!, call);
      continue;
    }
    const resumed = /^(\d+)\s+<\.\.\. (\w+) resumed>(.*)\)\s+=\s+(-?\d+)/.exec(line);
    if (resumed) {
      const call = pending.get(resumed[1]!);
      if (call) {
        call.args += resumed[3]!;
        call.result = Number(resumed[4]);
        pending.delete(resumed[1]!);
      }
    }
  }
  return calls;
}

const paths = (args: string): string[] => [...args.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((m) => m[1]!);
const fdOf = (call: Call): number => Number(/^\s*(\d+)/.exec(call.args)?.[1] ?? -1);
const isRename = (c: Call) => ['rename', 'renameat', 'renameat2'].includes(c.name);
const isSync = (c: Call) => c.name === 'fsync' || c.name === 'fdatasync';

/** The order of the calls that made `target`, as names, or a sentence saying what is missing. */
function durableOrder(calls: Call[], target: string): string[] {
  const r = calls.findIndex((c) => isRename(c) && c.result === 0 && paths(c.args)[1] === target);
  if (r < 0) return [`no rename onto ${target}`];
  const temp = paths(calls[r]!.args)[0]!;
  const o = calls.findLastIndex((c, i) => i < r && c.name === 'openat' && c.result >= 0 && paths(c.args)[0] === temp);
  if (o < 0) return ['no open of the temp file'];
  const fd = calls[o]!.result;
  const c = calls.findIndex((x, i) => i > o && x.name === 'close' && fdOf(x) === fd);
  const order: string[] = [];
  const writes = calls.map((x, i) => ({ x, i })).filter(({ x, i }) => i > o && (c < 0 || i < c) && x.name === 'write' && fdOf(x) === fd);
  const lastWrite = writes.at(-1)?.i ?? o;
  if (writes.length) order.push('write');
  if (calls.some((x, i) => i > lastWrite && (c < 0 || i < c) && isSync(x) && fdOf(x) === fd && x.result === 0)) order.push('fsync(file)');
  if (c >= 0 && c < r) order.push('close');
  order.push('rename');
  const folder = dirname(target);
  const d = calls.findIndex((x, i) => i > r && x.name === 'openat' && x.result >= 0 && paths(x.args)[0] === folder);
  if (d >= 0) {
    const dfd = calls[d]!.result;
    const closed = calls.findIndex((x, i) => i > d && x.name === 'close' && fdOf(x) === dfd);
    if (calls.some((x, i) => i > d && (closed < 0 || i < closed) && isSync(x) && fdOf(x) === dfd && x.result === 0)) order.push('fsync(folder)');
  }
  return order;
}

describe('durable writes, as the kernel sees them', () => {
  it('plans, backups, settings and PDF exports: write → fsync(file) → close → rename → fsync(folder)', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'bih-strace-'));
    try {
      const log = join(dir, 'strace.txt');
      const run = spawnSync('strace', ['-f', '-qq', '-s', '16', '-o', log, '-e', `trace=${SYSCALLS}`, process.execPath, '--import', 'tsx', CHILD, join(dir, 'data')], {
        encoding: 'utf8',
        cwd: resolve(__dirname, '../../..'),
      });
      if (run.error) throw new Error(`strace could not run (${run.error.message}); install it (apt-get install strace, as .ci/run does)`);
      expect(run.status, run.stderr).toBe(0);
      const written = JSON.parse(run.stdout.trim().split('\n').at(-1)!) as { plan: string; backups: string[]; settings: string; pdf: string };
      const calls = parseStrace(await readFile(log, 'utf8'));
      const targets = [written.plan, ...written.backups, written.settings, written.pdf];
      expect(written.backups.length).toBeGreaterThanOrEqual(2);
      const expected = ['write', 'fsync(file)', 'close', 'rename', 'fsync(folder)'];
      for (const target of targets) expect({ target, order: durableOrder(calls, target) }).toEqual({ target, order: expected });
      console.log(`strace: ${calls.length} system calls recorded; ${targets.length} durable writes (plan, ${written.backups.length} backups, settings, PDF) in the order ${expected.join(' → ')}`);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
