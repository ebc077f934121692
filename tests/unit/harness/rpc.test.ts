import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LIMITS } from '@shared/limits';
import { raw, rpc, startFixture, type Fixture } from './harness-fixture';

let fx: Fixture;
beforeEach(async () => {
  fx = await startFixture();
});
afterEach(() => fx.cleanup());

const plansDir = () => join(fx.dataDir, 'plans');
const planFiles = async () => (await readdir(plansDir())).filter((f) => f.endsWith('.json'));

describe('web harness: POST /rpc/<channel>', () => {
  it('creates a plan and lists it, through the same handlers and files as the desktop app', async () => {
    const created = await rpc(fx.harness, 'plans:create', { from: 'sample', name: 'Spring search' });
    expect(created.status).toBe(200);
    expect(created.headers['content-type']).toMatch(/^application\/json/);
    const plan = created.json() as { ok: true; data: { id: string; name: string } };
    expect(plan).toMatchObject({ ok: true, data: { name: 'Spring search' } });

    const listed = await rpc(fx.harness, 'plans:list', {});
    expect(listed.json()).toMatchObject({ ok: true, data: { plans: [{ id: plan.data.id, name: 'Spring search' }], problems: [] } });
    const files = await planFiles();
    expect(files).toHaveLength(1);
    expect(files[0]).toContain(plan.data.id);
  });

  it('says it is the web transport and where the data lives', async () => {
    const info = await rpc(fx.harness, 'app:info', {});
    expect(info.json()).toMatchObject({ ok: true, data: { transport: 'web', dataDir: fx.dataDir, plansDir: plansDir() } });
  });

  it('refuses a call without the token (401 forbidden) and writes nothing', async () => {
    const res = await raw(fx.harness, {
      method: 'POST',
      path: '/rpc/plans:create',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ from: 'sample' }),
    });
    expect(res.status).toBe(401);
    expect(res.json()).toMatchObject({ ok: false, error: { code: 'forbidden', message: expect.stringContaining('npm run web') } });
    expect(await planFiles()).toEqual([]);
  });

  it('refuses a wrong token, including one that differs only in length', async () => {
    for (const token of [fx.harness.token.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A')), `${fx.harness.token}x`, 'short']) {
      const res = await rpc(fx.harness, 'plans:create', { from: 'blank' }, { 'x-bird-token': token });
      expect(res.status).toBe(401);
      expect(res.json()).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(await planFiles()).toEqual([]);
  });

  it('refuses a page from another origin even with the token (403)', async () => {
    const res = await rpc(fx.harness, 'plans:create', { from: 'blank' }, { origin: 'http://evil.example' });
    expect(res.status).toBe(403);
    expect(res.json()).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const otherPort = await rpc(fx.harness, 'plans:list', {}, { origin: 'http://127.0.0.1:1' });
    expect(otherPort.status).toBe(403);
    expect(await planFiles()).toEqual([]);
  });

  it('accepts its own origin, as a browser sends it', async () => {
    const res = await rpc(fx.harness, 'plans:list', {}, { origin: fx.harness.origin });
    expect(res.status).toBe(200);
    expect(res.json()).toMatchObject({ ok: true });
  });

  it('refuses a foreign Host header (DNS rebinding) on calls and pages alike', async () => {
    const call = await rpc(fx.harness, 'plans:create', { from: 'blank' }, { host: 'evil.example:80' });
    expect(call.status).toBe(403);
    expect(call.json()).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const page = await raw(fx.harness, { path: '/', headers: { host: 'rebind.example' } });
    expect(page.status).toBe(403);
    expect(page.text).not.toContain('<html');
    expect(await planFiles()).toEqual([]);
    const port = new URL(fx.harness.origin).port;
    const localhost = await rpc(fx.harness, 'plans:list', {}, { host: `localhost:${port}`, origin: `http://localhost:${port}` });
    expect(localhost.status).toBe(200);
  });

  it('refuses a body larger than a plan may be (413 too-large), whether declared or streamed', async () => {
    const big = Buffer.alloc(LIMITS.planBytes + 1, 0x20);
    // req.end(buffer) declares Content-Length: refused before reading the body.
    const declared = await raw(fx.harness, {
      method: 'POST',
      path: '/rpc/plans:save',
      headers: { 'content-type': 'application/json', 'x-bird-token': fx.harness.token },
      body: big,
    });
    expect(declared.status).toBe(413);
    expect(declared.json()).toMatchObject({ ok: false, error: { code: 'too-large' } });
    const chunked = await raw(fx.harness, {
      method: 'POST',
      path: '/rpc/plans:save',
      headers: { 'content-type': 'application/json', 'x-bird-token': fx.harness.token, 'transfer-encoding': 'chunked' },
      body: big,
    });
    expect(chunked.status).toBe(413);
    expect(chunked.json()).toMatchObject({ ok: false, error: { code: 'too-large' } });
  });

  it('answers bad JSON with validation', async () => {
    const res = await raw(fx.harness, {
      method: 'POST',
      path: '/rpc/plans:create',
      headers: { 'content-type': 'application/json', 'x-bird-token': fx.harness.token },
      body: '{"from": "sample"',
    });
    expect(res.status).toBe(400);
    expect(res.json()).toMatchObject({ ok: false, error: { code: 'validation', message: expect.stringContaining('JSON') } });
  });

  it('answers a body that is not declared as JSON with validation', async () => {
    const res = await raw(fx.harness, {
      method: 'POST',
      path: '/rpc/plans:create',
      headers: { 'content-type': 'text/plain', 'x-bird-token': fx.harness.token },
      body: JSON.stringify({ from: 'sample' }),
    });
    expect(res.status).toBe(415);
    expect(res.json()).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(await planFiles()).toEqual([]);
  });

  it('passes unknown channels to dispatch, which answers unknown-channel', async () => {
    for (const name of ['plans:explode', '__proto__', '%E0%A4%A']) {
      const res = await raw(fx.harness, {
        method: 'POST',
        path: `/rpc/${name}`,
        headers: { 'content-type': 'application/json', 'x-bird-token': fx.harness.token },
        body: '{}',
      });
      expect(res.status).toBe(200);
      expect(res.json()).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
    }
  });

  it('answers input that fails the schema with validation and writes nothing', async () => {
    const res = await rpc(fx.harness, 'plans:create', { from: 'somewhere' });
    expect(res.status).toBe(200);
    expect(res.json()).toMatchObject({ ok: false, error: { code: 'validation', message: expect.stringMatching(/^The request was not valid\. from:/) } });
    const noInput = await raw(fx.harness, {
      method: 'POST',
      path: '/rpc/plans:list',
      headers: { 'content-type': 'application/json', 'x-bird-token': fx.harness.token },
    });
    expect(noInput.json()).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(await planFiles()).toEqual([]);
  });

  it('only takes POST on channels and sends no CORS headers', async () => {
    const get = await raw(fx.harness, { path: '/rpc/plans:list', headers: { 'x-bird-token': fx.harness.token } });
    expect(get.status).toBe(405);
    const preflight = await raw(fx.harness, {
      method: 'OPTIONS',
      path: '/rpc/plans:create',
      headers: { origin: 'http://evil.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'x-bird-token' },
    });
    expect(preflight.status).not.toBe(200);
    expect(preflight.status).not.toBe(204);
    for (const res of [get, preflight]) {
      expect(Object.keys(res.headers).filter((h) => h.startsWith('access-control-'))).toEqual([]);
    }
  });
});
