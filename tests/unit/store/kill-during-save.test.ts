/**
 * A real process killed (SIGKILL: no clean-up, no flush) in the middle of a
 * save loop must leave a plan file that parses, validates, and holds at least
 * every save it confirmed. A new store's init() then removes its temp files.
 *
 * 200 kills need 200 processes. Starting each through tsx costs ~0.6-1 s
 * (esbuild spin-up and transforming the store), so the save loop is bundled
 * once into plain JavaScript with Vite (a declared dev dependency) and each
 * child is a bare `node save-loop.mjs`: the same store code, started without
 * a compiler. Each next child is started while the current one runs and
 * waits for a go before touching the folder, so start-up time overlaps the
 * kill and the checks. Two independent plans (two folders) are hammered side
 * by side, one per core on a 2-core machine.
 */
import { spawn, type ChildProcessByStdio } from 'node:child_process';
import type { Readable, Writable } from 'node:stream';
import { watch } from 'node:fs';
import { mkdir, readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { describe, expect, it } from 'vitest';
import { Plan } from '@shared/plan';
import { PlanStore } from '../../../electron/main/store/plan-store';
import { useTempFolder } from './temp-folder';

const tmp = useTempFolder();
const ROOT = resolve(import.meta.dirname, '../../..');
const SCRIPT = resolve(import.meta.dirname, 'fixtures/save-loop.ts');
const KILLS = Number(process.env.BIH_KILLS ?? 200);
const LANES = 2;

/** Bundles the save loop, store and zod included, into one plain ESM file. */
async function bundleSaveLoop(outDir: string): Promise<string> {
  await build({
    configFile: false,
    logLevel: 'silent',
    root: ROOT,
    resolve: { alias: { '@shared': resolve(ROOT, 'shared') } },
    ssr: { noExternal: true },
    build: {
      ssr: SCRIPT,
      outDir,
      emptyOutDir: true,
      target: 'node20',
      minify: false,
      rollupOptions: { output: { format: 'es', entryFileNames: 'save-loop.mjs' } },
    },
  });
  return join(outDir, 'save-loop.mjs');
}

interface Run {
  /** The highest revision the child printed as saved (confirmed) before it died. */
  lastConfirmed: number;
}

/**
 * Where the kill lands. `after-confirm`: as soon as the parent reads the
 * `killAfter`-th confirmation (the child is then somewhere in the next save,
 * reading or validating). `mid-write`: after that, as soon as the folder shows
 * a temp file appearing or leaving, which aims the kill at the write itself
 * (between open and rename). `jitter`: a pseudo-random 0-4 ms after the
 * confirmation, landing anywhere in the next save. If no kill point is met
 * within five more saves, the fifth confirmation kills it anyway.
 */
type KillPoint = 'after-confirm' | 'mid-write' | 'jitter';
const POINTS: KillPoint[] = ['after-confirm', 'mid-write', 'jitter'];

type Child = ChildProcessByStdio<Writable, Readable, Readable>;

/** A save loop started and loaded, waiting for `go` before it opens the store. */
function startChild(bundle: string, store: PlanStore, planId: string): Child {
  return spawn(process.execPath, [bundle, store.plansDir, store.trashDir, planId, '--wait-for-go'], { stdio: ['pipe', 'pipe', 'pipe'] });
}

/** Lets a waiting save loop go and kills it once it has confirmed `killAfter` saves. */
function runAndKill(child: Child, store: PlanStore, killAfter: number, point: KillPoint, jitterMs: number): Promise<Run> {
  return new Promise((done, fail) => {
    let armed = false;
    const watcher = watch(store.plansDir, (_event, name) => {
      if (armed && name?.endsWith('.tmp')) child.kill('SIGKILL');
    });
    child.stdin.end('go\n');
    let lastConfirmed = 0;
    let confirmed = 0;
    let buffered = '';
    let stderr = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      buffered += chunk;
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) {
        const match = /^saved (\d+)$/.exec(line);
        if (!match) continue;
        lastConfirmed = Math.max(lastConfirmed, Number(match[1]));
        confirmed++;
        if (confirmed === killAfter) {
          if (point === 'after-confirm') child.kill('SIGKILL');
          if (point === 'mid-write') armed = true;
          // Not a wait: a pseudo-random offset that spreads kills over the next save.
          if (point === 'jitter') setTimeout(() => child.kill('SIGKILL'), jitterMs);
        }
        if (confirmed === killAfter + 5) child.kill('SIGKILL');
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', fail);
    child.on('close', (code, signal) => {
      watcher.close();
      if (signal !== 'SIGKILL') fail(new Error(`The save loop ended by itself (code ${code}): ${stderr}`));
      else done({ lastConfirmed });
    });
  });
}

interface LaneResult {
  survived: number;
  tempFilesSeen: number;
}

/** One plan in its own folders, killed `kills` times in a row; checks after every kill. */
async function lane(bundle: string, dir: string, first: number, kills: number): Promise<LaneResult> {
  const store = new PlanStore({ plansDir: join(dir, 'plans'), trashDir: join(dir, 'trash') });
  await store.init();
  const plan = await store.create('sample');
  const file = join(store.plansDir, `${plan.id}.json`);
  let tempFilesSeen = 0;
  let survived = 0;
  let next = startChild(bundle, store, plan.id);
  for (let k = first; k < first + kills; k++) {
    // Vary the kill: after 1 to 7 confirmed saves, at one of three points.
    const point = POINTS[k % POINTS.length]!;
    const child = next;
    if (k + 1 < first + kills) next = startChild(bundle, store, plan.id);
    const { lastConfirmed } = await runAndKill(child, store, 1 + ((k * 5) % 7), point, (k * 7) % 5);
    const onDisk = Plan.parse(JSON.parse(await readFile(file, 'utf8')));
    expect(onDisk.revision, `kill ${k + 1}`).toBeGreaterThanOrEqual(lastConfirmed);
    // Saves run one at a time, so at most the one in flight can be ahead.
    expect(onDisk.revision, `kill ${k + 1}`).toBeLessThanOrEqual(lastConfirmed + 1);
    expect(onDisk.situation.notes).toMatch(/^(save \d+ )+$/);

    tempFilesSeen += (await readdir(store.plansDir)).filter((n) => n.endsWith('.tmp')).length;
    await new PlanStore({ plansDir: store.plansDir, trashDir: store.trashDir }).init();
    expect((await readdir(store.plansDir)).filter((n) => !n.startsWith(`${plan.id}.backup`))).toEqual([`${plan.id}.json`]);
    survived++;
  }
  return { survived, tempFilesSeen };
}

describe('a save loop killed with SIGKILL', () => {
  it(`leaves a whole, valid plan holding every confirmed save (${KILLS} kills)`, async () => {
    const bundle = await bundleSaveLoop(join(tmp.path, 'bundle'));
    const perLane = KILLS / LANES;
    const lanes = await Promise.all(
      Array.from({ length: LANES }, async (_, n) => {
        const dir = join(tmp.path, `lane-${n}`);
        await mkdir(dir);
        return lane(bundle, dir, n * perLane, perLane);
      }),
    );
    const survived = lanes.reduce((sum, l) => sum + l.survived, 0);
    const tempFilesSeen = lanes.reduce((sum, l) => sum + l.tempFilesSeen, 0);
    console.warn(`kill-during-save: ${survived}/${KILLS} kills survived; ${tempFilesSeen} leftover temp files cleaned by init()`);
    expect(survived).toBe(KILLS);
    // The mid-write kills do leave temp files, so the init() clean-up above was really exercised.
    expect(tempFilesSeen).toBeGreaterThan(0);
  }, 180_000);
});
