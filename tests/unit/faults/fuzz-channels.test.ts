/**
 * Every contract channel fuzzed with generated bad inputs (fast-check),
 * through `dispatch` with the real services over a temp data folder: each
 * call answers `{ ok: false }` with the expected code, nothing throws, and
 * not one file in the data folder changes (names and bytes compared after
 * every call). Then a smaller run over HTTP through the web harness.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { CHANNELS, contract, type Channel, type ErrorCode } from '@shared/contract';
import { dispatch } from '../../../electron/main/ipc/dispatch';
import { openServices } from '../../../electron/main/services';
import { rpc, startFixture } from '../harness/harness-fixture';
import { useTempFolder } from '../store/temp-folder';

const tmp = useTempFolder('bih-fuzz-');
const RUNS = 150;
const HTTP_RUNS = 25;
/** How every generated input ended, per channel and code (printed at the end). */
const tally = new Map<string, number>();
const count = (key: string) => tally.set(key, (tally.get(key) ?? 0) + 1);

async function snapshot(dir: string): Promise<string> {
  const names = (await readdir(dir, { recursive: true })).sort();
  const parts = await Promise.all(names.map(async (n) => `${n}:${await readFile(join(dir, n)).then((b) => b.toString('base64'), () => 'dir')}`));
  return parts.join('\n');
}

function overJson(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value) ?? 'null');
}

/**
 * One valid input per channel, to mutate into near-misses. A channel added
 * later without an entry here is still fuzzed, from an empty object.
 */
function validInputs(planId: string, plan: unknown): Partial<Record<Channel, unknown>> {
  return {
    'plans:list': {},
    'plans:create': { from: 'blank', name: 'Fuzzed' },
    'plans:get': { id: planId },
    'plans:save': { plan, baseRevision: 1 },
    'plans:rename': { id: planId, name: 'Renamed' },
    'plans:duplicate': { id: planId },
    'plans:delete': { id: planId },
    'plans:restore': { trashId: `${planId}--0000000000001` },
    'plans:trash': {},
    'plans:importText': { text: '{}', replace: false },
    'plans:export': { id: planId },
    'backups:list': { planId },
    'backups:restore': { planId, backupId: '20260101T000000000Z-scheduled-r1' },
    'settings:get': {},
    'settings:set': { theme: 'dark' },
    'app:info': {},
  };
}

/** Near-misses of a valid input: a field swapped for anything, an extra key, a field dropped, or not an object at all. */
function nearMisses(valid: unknown): fc.Arbitrary<unknown> {
  const obj = (valid ?? {}) as Record<string, unknown>;
  const keys = Object.keys(obj);
  const swapped = keys.length
    ? fc.tuple(fc.constantFrom(...keys), fc.anything()).map(([k, v]) => ({ ...obj, [k]: v }))
    : fc.anything().map((v) => ({ x: v }));
  const extra = fc.tuple(fc.string({ maxLength: 12 }).filter((k) => !keys.includes(k)), fc.anything()).map(([k, v]) => ({ ...obj, [k]: v }));
  const dropped = keys.length ? fc.constantFrom(...keys).map((k) => Object.fromEntries(Object.entries(obj).filter(([key]) => key !== k))) : fc.constant(null);
  const hostile = fc.constantFrom<unknown>(
    null,
    undefined,
    [],
    'plans',
    42,
    JSON.parse('{"__proto__":{"polluted":true}}'),
    { ...obj, id: '../../etc/passwd' },
    { ...obj, planId: '..' },
    { ...obj, name: 'x'.repeat(100_000) },
  );
  return fc.oneof(swapped, extra, dropped, hostile, fc.anything());
}

describe('fuzzing every contract channel through dispatch', () => {
  it.each(CHANNELS)('%s: generated bad inputs are refused, nothing throws, no file changes', async (channel) => {
    const { handlers, plans } = await openServices({ dataDir: tmp.path, transport: 'web', version: 'fuzz' });
    const plan = await plans.create('sample');
    await plans.save({ ...plan, name: 'Saved once' }, plan.revision);
    const before = await snapshot(tmp.path);
    const schema = contract[channel].input;
    const logged: unknown[] = [];
    await fc.assert(
      fc.asyncProperty(
        nearMisses(validInputs(plan.id, plan)[channel] ?? {}).filter((input) => !schema.safeParse(input).success),
        async (input) => {
          const result = await dispatch(handlers, channel, input, (_m, e) => logged.push(e));
          count(`${channel} → ${result.ok ? 'ok' : result.error.code}`);
          expect(result).toMatchObject({ ok: false, error: { code: 'validation' } });
          expect(await snapshot(tmp.path)).toBe(before);
        },
      ),
      { numRuns: RUNS },
    );
    expect(logged).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('valid-shaped inputs naming things that do not exist answer not-found, and import garbage answers validation', async () => {
    const { handlers } = await openServices({ dataDir: tmp.path, transport: 'web', version: 'fuzz' });
    const before = await snapshot(tmp.path);
    const expectations: [Channel, fc.Arbitrary<unknown>, ErrorCode][] = [
      ['plans:get', fc.uuid({ version: 4 }).map((id) => ({ id })), 'not-found'],
      ['plans:rename', fc.uuid({ version: 4 }).map((id) => ({ id, name: 'n' })), 'not-found'],
      ['plans:duplicate', fc.uuid({ version: 4 }).map((id) => ({ id })), 'not-found'],
      ['plans:delete', fc.uuid({ version: 4 }).map((id) => ({ id })), 'not-found'],
      ['plans:export', fc.uuid({ version: 4 }).map((id) => ({ id })), 'not-found'],
      ['plans:restore', fc.uuid({ version: 4 }).map((id) => ({ trashId: `${id}--0000000000042` })), 'not-found'],
      ['backups:restore', fc.uuid({ version: 4 }).map((planId) => ({ planId, backupId: '20260101T000000000Z-delete-r3' })), 'not-found'],
      ['plans:importText', fc.oneof(fc.string(), fc.json(), fc.jsonValue().map((v) => JSON.stringify({ schemaVersion: 1, v }))).map((text) => ({ text })), 'validation'],
    ];
    for (const [channel, arb, code] of expectations) {
      await fc.assert(
        fc.asyncProperty(arb, async (input) => {
          if (!contract[channel].input.safeParse(input).success) return;
          const result = await dispatch(handlers, channel, input, () => {});
          count(`${channel} (well-formed) → ${result.ok ? 'ok' : result.error.code}`);
          expect(result).toMatchObject({ ok: false, error: { code } });
        }),
        { numRuns: 40 },
      );
    }
    expect(await snapshot(tmp.path)).toBe(before);
  });

  it('unknown channel names answer unknown-channel', async () => {
    const { handlers } = await openServices({ dataDir: tmp.path, transport: 'web', version: 'fuzz' });
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string(), fc.anything()).filter((c) => !(CHANNELS as unknown[]).includes(c)), async (channel) => {
        const result = await dispatch(handlers, channel, {});
        count(`(unknown channel) → ${result.ok ? 'ok' : result.error.code}`);
        expect(result).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
      }),
      { numRuns: RUNS },
    );
  });
});

describe('fuzzing through the web harness over HTTP', () => {
  it('refuses generated bad inputs for every channel with ok:false and changes no file', async () => {
    const fx = await startFixture();
    try {
      const created = (await rpc(fx.harness, 'plans:create', { from: 'sample' })).json() as { data: { id: string } };
      const plan = (await rpc(fx.harness, 'plans:get', { id: created.data.id })).json() as { data: unknown };
      const before = await snapshot(fx.dataDir);
      for (const channel of CHANNELS) {
        const schema = contract[channel].input;
        await fc.assert(
          fc.asyncProperty(
            // Judged as the server sees it: JSON drops undefined values, which can make a near-miss valid.
            nearMisses(validInputs(created.data.id, plan.data)[channel] ?? {}).filter((i) => i !== undefined && !schema.safeParse(overJson(i)).success),
            async (input) => {
              const res = await rpc(fx.harness, channel, input);
              const body = res.json() as { ok: boolean; error?: { code: string } };
              count(`HTTP ${channel} → ${body.ok ? 'ok' : body.error?.code}`);
              expect(body).toMatchObject({ ok: false, error: { code: 'validation' } });
            },
          ),
          { numRuns: HTTP_RUNS },
        );
      }
      expect(await snapshot(fx.dataDir)).toBe(before);
    } finally {
      await fx.cleanup();
    }
  });
});

afterAll(() => {
  const total = [...tally.values()].reduce((a, b) => a + b, 0);
  const lines = [...tally.entries()].sort().map(([k, v]) => `  ${k}: ${v}`);
  console.warn(`fuzz: ${total} generated inputs\n${lines.join('\n')}`);
});
