/**
 * Schema migrations for plan files. Each migration is a pure function from a
 * version-N document to a version-(N+1) document, in its own file with its
 * own test. The store backs a file up before migrating it.
 *
 * To add one: write `vN-to-vN+1.ts`, register it under key N, bump
 * CURRENT_SCHEMA_VERSION, and add its test.
 */
import { CURRENT_SCHEMA_VERSION } from '../plan';
import { v1ToV2 } from './v1-to-v2';

export type Migration = (doc: Record<string, unknown>) => Record<string, unknown>;
/** Keyed by the version a migration reads. */
export type Migrations = Readonly<Record<number, Migration>>;

export const PLAN_MIGRATIONS: Migrations = { 1: v1ToV2 };

export class NewerVersionError extends Error {
  constructor(readonly found: number, readonly supported: number) {
    super(`This plan was saved by a newer version of Bird in Hand (schema ${found}; this version reads up to ${supported}). Update the app to open it.`);
  }
}

export class MigrationError extends Error {}

export function schemaVersionOf(doc: unknown): number | undefined {
  if (typeof doc !== 'object' || doc === null) return undefined;
  const v = (doc as { schemaVersion?: unknown }).schemaVersion;
  return typeof v === 'number' && Number.isInteger(v) && v >= 1 ? v : undefined;
}

/** Whether `doc` is older than `target` and would be changed by `migrate`. */
export function needsMigration(doc: unknown, target = CURRENT_SCHEMA_VERSION): boolean {
  const v = schemaVersionOf(doc);
  return v !== undefined && v < target;
}

/**
 * Brings a parsed document up to `target`, one step at a time. Pure: the input
 * is not changed. A document already at `target` comes back as it is, so
 * migrating twice equals migrating once. Validation is the caller's job.
 */
export function migrate(
  doc: unknown,
  migrations: Migrations = PLAN_MIGRATIONS,
  target: number = CURRENT_SCHEMA_VERSION,
): Record<string, unknown> {
  const version = schemaVersionOf(doc);
  if (version === undefined) throw new MigrationError('The file has no valid schemaVersion.');
  if (version > target) throw new NewerVersionError(version, target);
  let current = structuredClone(doc) as Record<string, unknown>;
  for (let v = version; v < target; v++) {
    const step = migrations[v];
    if (!step) throw new MigrationError(`No migration from schema ${v} to ${v + 1}.`);
    current = step(current);
    if (schemaVersionOf(current) !== v + 1) {
      throw new MigrationError(`The migration from schema ${v} did not produce schema ${v + 1}.`);
    }
  }
  return current;
}
