import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startHarness } from '../../harness/server';
import { rpc, startFixture, type Fixture } from './harness-fixture';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function fixture(): Promise<Fixture> {
  const fx = await startFixture();
  cleanups.push(fx.cleanup);
  return fx;
}

describe('web harness: starting and stopping', () => {
  it('binds to 127.0.0.1 only, on a free port, and says so in its address', async () => {
    const fx = await fixture();
    const address = fx.harness.server.address() as AddressInfo;
    expect(address.address).toBe('127.0.0.1');
    expect(address.family).toBe('IPv4');
    expect(address.port).toBeGreaterThan(0);
    expect(fx.harness.origin).toBe(`http://127.0.0.1:${address.port}`);
    expect(fx.harness.url).toBe(`http://127.0.0.1:${address.port}/?t=${fx.harness.token}`);
  });

  it('makes a new random token for every run', async () => {
    const a = await fixture();
    const b = await fixture();
    expect(a.harness.token).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(b.harness.token).not.toBe(a.harness.token);
  });

  it('fails with a clear message when the renderer is not built', async () => {
    const empty = await mkdtemp(join(tmpdir(), 'bih-harness-empty-'));
    cleanups.push(() => rm(empty, { recursive: true, force: true }));
    await expect(startHarness({ rendererDir: empty, dataDir: join(empty, 'data') })).rejects.toThrow(/Run `npm run build` first/);
    expect(existsSync(join(empty, 'data'))).toBe(false);
  });

  it('uses a fresh temp data folder when none is given, and says it is temporary', async () => {
    const fx = await fixture();
    const harness = await startHarness({ rendererDir: fx.rendererDir });
    cleanups.push(async () => {
      await harness.close();
      await rm(harness.dataDir, { recursive: true, force: true });
    });
    expect(harness.dataDirIsTemporary).toBe(true);
    expect(harness.dataDir.startsWith(tmpdir())).toBe(true);
    expect(harness.dataDir).not.toBe(fx.dataDir);
    expect(fx.harness.dataDirIsTemporary).toBe(false);
    const created = await rpc(harness, 'plans:create', { from: 'blank' });
    expect(created.json()).toMatchObject({ ok: true });
    expect(existsSync(join(harness.dataDir, 'plans'))).toBe(true);
  });

  it('waits for a call in progress before closing, and then refuses connections', async () => {
    const fx = await fixture();
    const pending = rpc(fx.harness, 'plans:create', { from: 'sample' });
    // Wait until the server has the request, so close() really finds it in flight.
    await new Promise<void>((resolve) => fx.harness.server.once('request', () => resolve()));
    await fx.harness.close();
    const answer = await pending;
    expect(answer.status).toBe(200);
    expect(answer.json()).toMatchObject({ ok: true });
    await expect(rpc(fx.harness, 'plans:list', {})).rejects.toThrow();
    await fx.harness.close(); // a second close is harmless
  });
});
