import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '@shared/errors';
import { dispatch, type Handlers } from '../../../electron/main/ipc/dispatch';
import { openServices, type OpenServices } from '../../../electron/main/services';

let dataDir: string;
let services: OpenServices;
const logged: string[] = [];
const log = (message: string) => void logged.push(message);

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'bih-dispatch-'));
  services = await openServices({ dataDir, transport: 'web', version: '0.0.0-test' });
  logged.length = 0;
});
afterEach(() => rm(dataDir, { recursive: true, force: true }));

describe('dispatch: the one generic contract handler', () => {
  it('answers a valid call with ok and data that matches the contract', async () => {
    const result = await dispatch(services.handlers, 'plans:create', { from: 'sample' }, log);
    expect(result.ok).toBe(true);
    const list = await dispatch(services.handlers, 'plans:list', {}, log);
    expect(list).toMatchObject({ ok: true, data: { plans: [{ dreamRoleCount: 3 }], problems: [] } });
  });

  it('refuses unknown channels, including prototype names', async () => {
    for (const name of ['plans:explode', '__proto__', 'constructor', 'toString', 42, null, { toString: 0 }, Object.create(null)]) {
      const result = await dispatch(services.handlers, name, {}, log);
      expect(result).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
    }
  });

  it('refuses input that fails the schema, says where, and touches no file', async () => {
    const result = await dispatch(services.handlers, 'plans:create', { from: 'somewhere' }, log);
    expect(result).toMatchObject({ ok: false, error: { code: 'validation' } });
    if (!result.ok) expect(result.error.message).toMatch(/^The request was not valid\. from:/);
    const extra = await dispatch(services.handlers, 'plans:get', { id: globalThis.crypto.randomUUID(), more: 1 }, log);
    expect(extra).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(await readdir(join(dataDir, 'plans'))).toEqual([]);
  });

  it('passes a service error through with its code and message', async () => {
    const result = await dispatch(services.handlers, 'plans:get', { id: globalThis.crypto.randomUUID() }, log);
    expect(result).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('turns an unexpected throw into internal, without leaking the stack', async () => {
    const broken: Handlers = {
      ...services.handlers,
      'app:info': async () => {
        throw new Error('secret /home/me/path');
      },
    };
    const result = await dispatch(broken, 'app:info', {}, log);
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    if (!result.ok) expect(result.error.message).not.toContain('secret');
    expect(logged).toEqual(['Handler for app:info failed']);
  });

  it('keeps AppError codes from handlers', async () => {
    const busy: Handlers = { ...services.handlers, 'app:info': async () => { throw new AppError('io', 'Disk full.'); } };
    expect(await dispatch(busy, 'app:info', {}, log)).toEqual({ ok: false, error: { code: 'io', message: 'Disk full.' } });
  });

  it('catches a handler answer that breaks the output contract', async () => {
    const wrong = { ...services.handlers, 'app:info': async () => ({ name: 1 }) } as unknown as Handlers;
    expect(await dispatch(wrong, 'app:info', {}, log)).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(logged).toEqual(['Output of app:info broke the contract']);
  });
});
