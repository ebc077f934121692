/**
 * The web harness as a real process (`tests/harness/cli.ts`), killed with
 * SIGKILL while a client is saving a plan through it: the plan file must
 * always parse, validate, and hold at least the last save the client saw
 * confirmed. Complements the store-level kill test with the whole transport.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Plan as PlanType } from '@shared/plan';
import { Plan } from '@shared/plan';
import { startCli as startCliIn } from './cli-process';

const ITERATIONS = 8;

let work: string;
beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'bih-harness-kill-'));
  await writeFile(join(work, 'index.html'), '<!doctype html><title>t</title>');
});
afterEach(() => rm(work, { recursive: true, force: true }));

function startCli(dataDir: string) {
  return startCliIn(dataDir, work);
}

async function rpc<T>(origin: string, token: string, channel: string, input: unknown): Promise<T> {
  const res = await fetch(`${origin}/rpc/${channel}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-bird-token': token },
    body: JSON.stringify(input),
  });
  const result = (await res.json()) as { ok: boolean; data: T; error?: { message: string } };
  if (!result.ok) throw new Error(result.error?.message);
  return result.data;
}

describe('killing the web harness during saves', () => {
  it(`never leaves a plan file that fails to parse (${ITERATIONS} kills)`, { timeout: 120_000 }, async () => {
    const dataDir = join(work, 'data');
    let planId: string | undefined;
    for (let i = 0; i < ITERATIONS; i++) {
      const { child, origin, token } = await startCli(dataDir);
      child.removeAllListeners('exit');
      const exited = new Promise((r) => child.once('exit', r));
      let plan: PlanType = planId
        ? await rpc<PlanType>(origin, token, 'plans:get', { id: planId })
        : await rpc<PlanType>(origin, token, 'plans:create', { from: 'sample' });
      planId = plan.id;
      let lastConfirmed = plan.revision;
      // Kill after a varying number of confirmed saves, with the next save in flight.
      const killAfter = 3 + ((i * 7) % 11);
      for (let n = 0; ; n++) {
        plan = { ...plan, situation: { ...plan.situation, notes: `save ${i}.${n} `.repeat(200 + n * 50) } };
        const pending = rpc<{ revision: number }>(origin, token, 'plans:save', { plan, baseRevision: plan.revision });
        if (n === killAfter) {
          child.kill('SIGKILL');
          await pending.catch(() => undefined);
          break;
        }
        const saved = await pending;
        plan = { ...plan, revision: saved.revision };
        lastConfirmed = saved.revision;
      }
      await exited;
      const text = await readFile(join(dataDir, 'plans', `${planId}.json`), 'utf8');
      const onDisk = Plan.parse(JSON.parse(text));
      expect(onDisk.revision).toBeGreaterThanOrEqual(lastConfirmed);
      expect(onDisk.revision).toBeLessThanOrEqual(lastConfirmed + 1);
    }
  });
});
