/**
 * lowdb adapters for the app's JSON files. Build them into a `Low` yourself
 * (`new Low(adapter, defaults)`): lowdb's `*Preset` helpers silently switch to
 * memory under NODE_ENV=test, which would make tests pass without touching
 * the disk.
 *
 * The adapter only turns bytes into a JSON object and back; checking the
 * object against a schema is the store's job, so that a file that fails can
 * be reported and moved aside with its bytes untouched.
 */
import { createHash } from 'node:crypto';
import { constants } from 'node:fs';
import { lstat, open, stat } from 'node:fs/promises';
import type { Adapter } from 'lowdb';
import { LIMITS } from '@shared/limits';
import { NODE_FS, writeFileDurable, type DurableFs } from './durable-write';

/** A parsed JSON object, not yet validated. */
export type JsonObject = Record<string, unknown>;
/** What a plan file holds before migration and validation. */
export type PlanFileData = JsonObject;

export type UnreadableReason = 'link' | 'not-a-file' | 'too-large' | 'empty' | 'zero-bytes' | 'not-json' | 'not-an-object';

const REASON_TEXT: Record<UnreadableReason, string> = {
  link: 'it is a link to a file elsewhere, and Bird in Hand does not follow links for plan files (put the file itself in the plans folder, or import it)',
  'not-a-file': 'it is not a regular file',
  'too-large': 'it is larger than a plan can be',
  empty: 'it is an empty file',
  'zero-bytes': 'it holds only zero bytes (often left by a crash or a full disk)',
  'not-json': 'it is not valid JSON',
  'not-an-object': 'it does not hold a JSON object',
};

/** The file exists but its bytes are not a JSON object the store could use. */
export class UnreadableFileError extends Error {
  constructor(readonly reason: UnreadableReason) {
    super(REASON_TEXT[reason]);
    this.name = 'UnreadableFileError';
  }
}

export interface JsonFileOptions {
  /** Files larger than this are refused before being read into memory. */
  maxBytes: number;
  /** Where writes go; a test double simulates a read-only folder or a full disk. */
  fs?: DurableFs;
  /**
   * Refuse a symbolic link instead of reading what it points to (plan files:
   * a link would make the store read, back up and copy a file outside its
   * folders). Settings may be a link, as dotfile managers make them.
   */
  noFollow?: boolean;
}

/** O_NOFOLLOW and O_NONBLOCK: a name swapped for a link or a FIFO after the check fails or returns at once. */
const NO_FOLLOW_READ = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);

/**
 * The bytes of the file at `path`, never through a symbolic link: a link
 * answers UnreadableFileError('link'), a missing file `null`.
 */
export async function readFileNoFollow(path: string): Promise<Buffer | null> {
  let handle;
  try {
    handle = await open(path, NO_FOLLOW_READ);
  } catch (error) {
    if (isEnoent(error)) return null;
    if ((error as NodeJS.ErrnoException).code === 'ELOOP') throw new UnreadableFileError('link');
    throw error;
  }
  try {
    if (!(await handle.stat()).isFile()) throw new UnreadableFileError('not-a-file');
    return await handle.readFile();
  } finally {
    await handle.close();
  }
}

/**
 * How long a file that reads as unusable is given to settle before it is
 * judged: a file written in place (truncated, then filled, as a sync tool, an
 * editor or a script may do) reads empty or cut short for a moment.
 */
export const SETTLE_MS = 250;
/** Reads at most this many times a file that keeps changing while it reads as unusable; then it is judged as it is. */
export const SETTLE_TRIES = 8;

/** The default wait before an unusable-looking file is read again. */
export const waitToSettle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, SETTLE_MS));

/**
 * Whether the file still holds `judged`, the unusable bytes just read, once
 * `settle` has passed: only then is it broken rather than being written.
 * `judged` null (the file was refused before it was read: a link, not a
 * file, too large) is nothing a write in progress explains, so it holds at
 * once. A file gone or unreadable since does not hold.
 */
export async function stillHolds(read: () => Promise<Buffer | null>, judged: Buffer | null, settle: () => Promise<void> = waitToSettle): Promise<boolean> {
  if (judged === null) return true;
  await settle();
  const now = await read().catch(() => null);
  return now !== null && now.equals(judged);
}

/** A short fingerprint of a file's exact bytes, to notice changes that kept the revision. */
export function fingerprintOf(bytes: string | Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function isEnoent(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT';
}

/**
 * One JSON file. `read` resolves `null` only when the file does not exist and
 * otherwise a JSON object (never another falsy value, so `Low.read`'s "keep
 * the defaults when the adapter returns something falsy" cannot hide a broken
 * file); it throws `UnreadableFileError` for anything else. `write` is atomic
 * and durable (see durable-write.ts).
 */
export class JsonFileAdapter implements Adapter<JsonObject> {
  /** The fingerprint of the bytes last read or written through this adapter. */
  fingerprint: string | null = null;
  /** The exact bytes last read (for backups of the file as it is). */
  lastBytes: Buffer | null = null;

  constructor(
    readonly path: string,
    private readonly options: JsonFileOptions,
  ) {}

  async read(): Promise<JsonObject | null> {
    const text = await this.readText();
    if (text === null) return null;
    if (text.trim() === '') throw new UnreadableFileError('empty');
    if (/^\0+$/.test(text)) throw new UnreadableFileError('zero-bytes');
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      throw new UnreadableFileError('not-json');
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      throw new UnreadableFileError('not-an-object');
    }
    return parsed as JsonObject;
  }

  async write(data: JsonObject): Promise<void> {
    const text = JSON.stringify(data, null, 2) + '\n';
    await writeFileDurable(this.path, text, this.options.fs ?? NODE_FS);
    this.fingerprint = fingerprintOf(text);
    this.lastBytes = Buffer.from(text, 'utf8');
  }

  /** The file's text, or `null` if it does not exist. */
  private async readText(): Promise<string | null> {
    // Stat before opening: opening a FIFO would block, and a huge file should
    // be refused before it is read into memory.
    const noFollow = this.options.noFollow === true;
    // Bytes from an earlier read are not this read's: a file refused unread has none.
    this.lastBytes = null;
    try {
      const info = await (noFollow ? lstat : stat)(this.path);
      if (info.isSymbolicLink()) throw new UnreadableFileError('link');
      this.check(info);
    } catch (error) {
      if (isEnoent(error)) return null;
      throw error;
    }
    let handle;
    try {
      handle = await open(this.path, noFollow ? NO_FOLLOW_READ : 'r');
    } catch (error) {
      if (isEnoent(error)) return null;
      if (noFollow && (error as NodeJS.ErrnoException).code === 'ELOOP') throw new UnreadableFileError('link');
      throw error;
    }
    try {
      // Check again on the open handle: the name may now point elsewhere.
      this.check(await handle.stat());
      const bytes = await handle.readFile();
      if (bytes.length > this.options.maxBytes) throw new UnreadableFileError('too-large');
      this.fingerprint = fingerprintOf(bytes);
      this.lastBytes = bytes;
      // A byte-order mark (added by some Windows editors) is not part of the JSON.
      return bytes.toString('utf8').replace(/^\uFEFF/, '');
    } finally {
      await handle.close();
    }
  }

  private check(info: { isFile(): boolean; size: number }): void {
    if (!info.isFile()) throw new UnreadableFileError('not-a-file');
    if (info.size > this.options.maxBytes) throw new UnreadableFileError('too-large');
  }
}

/** The adapter for one plan file, bounded by LIMITS.planBytes. */
export function planFileAdapter(path: string, fs?: DurableFs): JsonFileAdapter {
  return new JsonFileAdapter(path, { maxBytes: LIMITS.planBytes, fs, noFollow: true });
}
