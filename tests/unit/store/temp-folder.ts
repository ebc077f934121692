/**
 * A fresh temp folder per test (fs.mkdtemp under os.tmpdir()), removed after
 * it. Call once at the top of a test file; read `.path` inside tests.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';

export function useTempFolder(prefix = 'bih-store-'): { readonly path: string } {
  let current: string | undefined;
  beforeEach(async () => {
    current = await mkdtemp(join(tmpdir(), prefix));
  });
  afterEach(async () => {
    if (current) await rm(current, { recursive: true, force: true });
    current = undefined;
  });
  return {
    get path() {
      if (!current) throw new Error('The temp folder exists only inside a test.');
      return current;
    },
  };
}

/** A clock that moves one second forward on every reading, from a fixed start. */
export function tickingClock(start = '2026-03-01T09:00:00.000Z'): () => Date {
  let at = Date.parse(start);
  return () => {
    const now = new Date(at);
    at += 1000;
    return now;
  };
}

/** A promise with its resolve function, to hold a task until the test lets it go. */
export function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}
