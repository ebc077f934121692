import { describe, expect, it } from 'vitest';
import { CHANNELS, contract, EVENTS, isChannel } from '@shared/contract';
import { SettingsPatch } from '@shared/settings';
import { samplePlan } from '@shared/sample-plan';

describe('the contract', () => {
  it('names every channel domain:verb and includes the spine channels', () => {
    for (const name of CHANNELS) expect(name).toMatch(/^[a-z]+:[a-zA-Z]+$/);
    expect(CHANNELS).toEqual(expect.arrayContaining([
      'plans:list', 'plans:create', 'plans:get', 'plans:save', 'plans:rename', 'plans:duplicate',
      'plans:delete', 'plans:restore', 'settings:get', 'settings:set', 'app:info',
    ]));
    expect(EVENTS).toEqual(expect.arrayContaining(['plans:changed', 'menu:action', 'plans:open']));
  });

  it('knows its own channels and nothing from the prototype', () => {
    expect(isChannel('plans:save')).toBe(true);
    expect(isChannel('toString')).toBe(false);
    expect(isChannel('__proto__')).toBe(false);
  });

  it('uses strict objects: unknown keys in any input are refused', () => {
    for (const name of CHANNELS) {
      expect(contract[name].input.safeParse({ unexpected: true }).success, name).toBe(false);
    }
  });

  it('accepts a save of the sample plan with its base revision', () => {
    const plan = samplePlan(new Date());
    expect(contract['plans:save'].input.safeParse({ plan, baseRevision: 0 }).success).toBe(true);
    expect(contract['plans:save'].input.safeParse({ plan, baseRevision: -1 }).success).toBe(false);
  });

  it('trims names and refuses blank ones', () => {
    const id = globalThis.crypto.randomUUID();
    expect(contract['plans:rename'].input.parse({ id, name: '  Mine  ' }).name).toBe('Mine');
    expect(contract['plans:rename'].input.safeParse({ id, name: '   ' }).success).toBe(false);
  });

  it('lets settings:set change only user settings', () => {
    expect(SettingsPatch.safeParse({ theme: 'dark' }).success).toBe(true);
    expect(SettingsPatch.safeParse({ schemaVersion: 2 }).success).toBe(false);
    expect(SettingsPatch.safeParse({ theme: 'pink' }).success).toBe(false);
  });
});
