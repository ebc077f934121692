/**
 * Two apps on one folder (two web harness processes over one data folder, as
 * a desktop app and a harness, or two computers' apps on a network share
 * would be): both save the same plan as fast as they can, each a different
 * field, merging what the other wrote. The plan file must parse and
 * validate at every moment a reader looks, and end with both sides' last edits.
 */
import type { ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Plan } from '@shared/plan';
import { startCli as startCliIn } from './cli-process';

const SAVES = 25;

let work: string;
const children: ChildProcess[] = [];
beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'bih-two-apps-'));
  await writeFile(join(work, 'index.html'), '<!doctype html><title>t</title>');
});
afterEach(async () => {
  await Promise.all(children.splice(0).map((child) => new Promise((done) => (child.exitCode !== null ? done(null) : (child.once('exit', done), child.kill('SIGTERM'))))));
  await rm(work, { recursive: true, force: true });
});

async function startCli(dataDir: string): Promise<{ origin: string; token: string }> {
  const started = await startCliIn(dataDir, work);
  children.push(started.child);
  return started;
}

type Answer<T> = { ok: true; data: T } | { ok: false; error: { code: string; message: string } };
async function rpc<T>(app: { origin: string; token: string }, channel: string, input: unknown): Promise<Answer<T>> {
  const res = await fetch(`${app.origin}/rpc/${channel}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-bird-token': app.token, 'x-bird-client': 'page-1' },
    body: JSON.stringify(input),
  });
  return (await res.json()) as Answer<T>;
}

describe('two apps on one plans folder', () => {
  it(`never leave a plan file that fails to parse or validate, and keep both sides' edits (${SAVES} saves each)`, { timeout: 120_000 }, async () => {
    const dataDir = join(work, 'data');
    const one = await startCli(dataDir);
    const two = await startCli(dataDir);
    const created = await rpc<Plan>(one, 'plans:create', { from: 'sample' });
    if (!created.ok) throw new Error(created.error.message);
    const file = join(dataDir, 'plans', `${created.data.id}.json`);

    let done = false;
    let reads = 0;
    const reader = (async () => {
      while (!done) {
        expect(Plan.safeParse(JSON.parse(await readFile(file, 'utf8'))).success).toBe(true);
        reads++;
      }
    })();

    const editor = async (app: { origin: string; token: string }, edit: (plan: Plan, n: number) => Plan) => {
      const first = await rpc<Plan>(app, 'plans:get', { id: created.data.id });
      if (!first.ok) throw new Error(first.error.message);
      let plan = first.data;
      for (let n = 1; n <= SAVES; ) {
        const next = edit(plan, n);
        const saved = await rpc<{ revision: number; merged?: Plan }>(app, 'plans:save', { plan: next, baseRevision: plan.revision });
        if (saved.ok) {
          plan = saved.data.merged ?? { ...next, revision: saved.data.revision };
          n++;
        } else {
          // The other app wrote between this one's check and write: start again from the file.
          expect(saved.error.code).toBe('conflict');
          const again = await rpc<Plan>(app, 'plans:get', { id: created.data.id });
          if (!again.ok) throw new Error(again.error.message);
          plan = again.data;
        }
      }
    };
    await Promise.all([
      editor(one, (p, n) => ({ ...p, situation: { ...p.situation, notes: `one ${n}` } })),
      editor(two, (p, n) => ({ ...p, situation: { ...p.situation, userName: `two ${n}` } })),
    ]);
    done = true;
    await reader;
    expect(reads).toBeGreaterThan(0);

    // One more edit each, one after the other, so each merges the other's last.
    const last = async (app: { origin: string; token: string }, edit: (p: Plan) => Plan) => {
      const got = await rpc<Plan>(app, 'plans:get', { id: created.data.id });
      if (!got.ok) throw new Error(got.error.message);
      const saved = await rpc(app, 'plans:save', { plan: edit(got.data), baseRevision: got.data.revision });
      expect(saved.ok).toBe(true);
    };
    await last(one, (p) => ({ ...p, situation: { ...p.situation, notes: 'one last' } }));
    await last(two, (p) => ({ ...p, situation: { ...p.situation, userName: 'two last' } }));
    expect(Plan.parse(JSON.parse(await readFile(file, 'utf8'))).situation).toMatchObject({ notes: 'one last', userName: 'two last' });
  });
});
