import { z } from 'zod';

/** Every entity in a plan has a random UUID, stable across renames and copies. */
export const Id = z.uuid();
export type Id = z.infer<typeof Id>;

/**
 * A new random id. `crypto.randomUUID` is a web-standard global in browsers,
 * Electron renderers and Node ≥ 19, so `shared/` needs no import for it.
 */
export function newId(): Id {
  return globalThis.crypto.randomUUID();
}
