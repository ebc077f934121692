import { z } from 'zod';

/**
 * Every entity in a plan has a random UUID, stable across renames and copies,
 * always in lower case: plan ids become file names, and on a disk that ignores
 * case (macOS, Windows) `ABC….json` and `abc….json` are one file. Upper case
 * is refused here so two spellings of one id can never both be stored;
 * lookups canonicalise with `canonicalId` before checking.
 */
export const Id = z.uuid().regex(/^[0-9a-f-]+$/, 'Ids are written in lower case');
export type Id = z.infer<typeof Id>;

/** The one spelling of an id that may be stored or looked up: lower case. */
export function canonicalId(id: string): string {
  return id.toLowerCase();
}

/**
 * A new random id. `crypto.randomUUID` is a web-standard global in browsers,
 * Electron renderers and Node ≥ 19, so `shared/` needs no import for it.
 */
export function newId(): Id {
  return globalThis.crypto.randomUUID();
}
