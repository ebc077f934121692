/**
 * Checks a plan file brought in from outside (an import, or a backup being
 * restored) before anything is written: encoding, size, nesting depth,
 * forbidden keys, duplicate ids, the schema (after migrating an older
 * version). Pure: the file-system side (what kind of file, how big before
 * reading) is electron/main/store/import.ts. Any failure rejects the whole
 * file with an AppError('validation') saying what is wrong.
 */
import type { z } from 'zod';
import { AppError } from '../errors';
import { LIMITS } from '../limits';
import { migrate, NewerVersionError, schemaVersionOf, type Migrations } from '../migrations';
import type { Plan } from '../plan';
import { repairZones, type ZoneRepair } from '../migrations/repair-zones';

/** Deeper JSON than this is refused before parsing: no real plan comes close (about 8). */
export const MAX_IMPORT_DEPTH = 64;

/** Keys that could reach Object.prototype if the data were ever merged into an object. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Half of a UTF-16 pair without its other half: text that was not decoded properly. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export interface ImportFormat {
  version: number;
  migrations: Migrations;
  schema: z.ZodType<Plan>;
}

function refuse(why: string): never {
  throw new AppError('validation', `This file cannot be imported: ${why}. Nothing was changed.`);
}

/**
 * Decodes a file's bytes: UTF-8 (a BOM is dropped) or, with a BOM, UTF-16 LE
 * or BE. Bytes that are not valid in that encoding are refused, not replaced.
 */
export function decodePlanBytes(bytes: Uint8Array): string {
  let encoding = 'utf-8';
  let start = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3;
  else if (bytes[0] === 0xff && bytes[1] === 0xfe) [encoding, start] = ['utf-16le', 2];
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) [encoding, start] = ['utf-16be', 2];
  if (encoding !== 'utf-8' && (bytes.length - start) % 2 !== 0) refuse('it is not valid UTF-16 text (an odd number of bytes)');
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes.subarray(start));
  } catch {
    return refuse(`it is not valid ${encoding === 'utf-8' ? 'UTF-8' : 'UTF-16'} text`);
  }
}

/**
 * The deepest nesting of `[`/`{` in JSON text, counted without recursion (so
 * a hostile file cannot overflow the stack), ignoring brackets in strings.
 * Stops counting once past `limit`.
 */
export function jsonDepth(text: string, limit = MAX_IMPORT_DEPTH): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      depth++;
      if (depth > deepest) deepest = depth;
      if (deepest > limit) return deepest;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return deepest;
}

/** Parses JSON text, refusing forbidden keys anywhere (checked as each key is parsed). */
function parseJson(text: string): unknown {
  let forbidden: string | undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text, function (this: unknown, key: string, value: unknown) {
      if (FORBIDDEN_KEYS.has(key)) forbidden ??= key;
      return value;
    });
  } catch {
    refuse('it is not valid JSON');
  }
  if (forbidden !== undefined) refuse(`it contains the key “${forbidden}”, which a plan never has`);
  return parsed;
}

/** Every array of objects with ids must not repeat an id (walked without recursion). */
function findDuplicateId(root: unknown): string | undefined {
  const stack: unknown[] = [root];
  while (stack.length) {
    const value = stack.pop();
    if (Array.isArray(value)) {
      const ids = new Set<unknown>();
      for (const item of value) {
        const id = typeof item === 'object' && item !== null ? (item as { id?: unknown }).id : undefined;
        if (id !== undefined) {
          if (ids.has(id)) return String(id);
          ids.add(id);
        }
        stack.push(item);
      }
    } else if (typeof value === 'object' && value !== null) {
      stack.push(...Object.values(value));
    }
  }
  return undefined;
}

/**
 * Turns imported text into a valid plan at `format.version`, or throws an
 * AppError('validation') naming the first problem. Older versions are
 * migrated; newer ones are refused; unknown time zones are cleared (see
 * repair-zones.ts) and reported to `onRepair`, so the caller can tell the user.
 */
export function parsePlanImport(text: string, format: ImportFormat, onRepair?: (repairs: ZoneRepair[]) => void): Plan {
  // A UTF-8 byte per character at least, so the cheap length test goes first.
  if (text.length > LIMITS.planBytes || new TextEncoder().encode(text).length > LIMITS.planBytes) {
    refuse('it is larger than a plan can be');
  }
  const body = text.replace(/^\uFEFF/, '');
  if (LONE_SURROGATE.test(body)) refuse('it is not valid Unicode text');
  if (body.includes('\uFFFD')) refuse('it is not valid UTF-8 text (it holds replacement characters where bytes could not be read)');
  if (body.trim() === '') refuse('it is empty');
  if (jsonDepth(body) > MAX_IMPORT_DEPTH) refuse(`it is nested more than ${MAX_IMPORT_DEPTH} levels deep`);
  const raw = parseJson(body);
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) refuse('it does not hold a plan (a JSON object)');
  const duplicate = findDuplicateId(raw);
  if (duplicate !== undefined) refuse(`two items share the id “${duplicate.slice(0, 60)}”`);

  const version = schemaVersionOf(raw);
  if (version === undefined) refuse('it has no valid schemaVersion, so it is not a Bird in Hand plan');
  let doc: unknown = raw;
  try {
    doc = migrate(raw, format.migrations, format.version);
  } catch (error) {
    if (error instanceof NewerVersionError) refuse(`it was saved by a newer Bird in Hand (schema ${error.found}); update the app to import it`);
    refuse(`it could not be upgraded from schema ${version}`);
  }
  const repaired = repairZones(doc as Record<string, unknown>);
  const checked = format.schema.safeParse(repaired.doc);
  if (checked.success && repaired.repairs.length) onRepair?.(repaired.repairs);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    const where = issue?.path.length ? ` at “${issue.path.join('.')}”` : '';
    refuse(`it does not match the plan format${where}: ${issue?.message ?? 'invalid'}`);
  }
  return checked.data;
}
