import { describe, expect, it } from 'vitest';
import { migrate, MigrationError, needsMigration, NewerVersionError, PLAN_MIGRATIONS, type Migrations } from '@shared/migrations';
import { CURRENT_SCHEMA_VERSION } from '@shared/plan';

/** Stand-in migrations, to prove the runner on its own (the real v1 → v2 step: v1-to-v2.test.ts). */
const fake: Migrations = {
  1: (doc) => ({ ...doc, schemaVersion: 2, renamed: doc.old, old: undefined }),
  2: (doc) => ({ ...doc, schemaVersion: 3, extra: true }),
};

describe('migrate', () => {
  it('ships one step per version up to the current one', () => {
    expect(CURRENT_SCHEMA_VERSION).toBe(2);
    expect(Object.keys(PLAN_MIGRATIONS)).toEqual(['1']);
  });

  it('runs each step in order up to the target', () => {
    expect(migrate({ schemaVersion: 1, old: 'x' }, fake, 3)).toEqual({ schemaVersion: 3, renamed: 'x', old: undefined, extra: true });
  });

  it('does not change its input', () => {
    const doc = { schemaVersion: 1, old: 'x' };
    migrate(doc, fake, 3);
    expect(doc).toEqual({ schemaVersion: 1, old: 'x' });
  });

  it('is idempotent: migrating twice equals migrating once', () => {
    const once = migrate({ schemaVersion: 1, old: 'x' }, fake, 3);
    expect(migrate(once, fake, 3)).toEqual(once);
  });

  it('refuses a newer version with a message that says to update', () => {
    expect(() => migrate({ schemaVersion: 4 }, fake, 3)).toThrow(NewerVersionError);
    expect(() => migrate({ schemaVersion: 4 }, fake, 3)).toThrow(/newer version of Bird in Hand/);
  });

  it('refuses documents without a usable version, and gaps in the chain', () => {
    for (const bad of [null, 'text', {}, { schemaVersion: '1' }, { schemaVersion: 0 }, { schemaVersion: 1.5 }]) {
      expect(() => migrate(bad, fake, 3)).toThrow(MigrationError);
    }
    expect(() => migrate({ schemaVersion: 1 }, { 1: fake[1]! }, 3)).toThrow(/No migration from schema 2/);
  });

  it('refuses a step that forgets to bump the version', () => {
    expect(() => migrate({ schemaVersion: 1 }, { 1: (d) => d }, 2)).toThrow(/did not produce schema 2/);
  });

  it('tells which documents need migrating', () => {
    expect(needsMigration({ schemaVersion: 1 }, 2)).toBe(true);
    expect(needsMigration({ schemaVersion: 2 }, 2)).toBe(false);
    expect(needsMigration({}, 2)).toBe(false);
  });
});
