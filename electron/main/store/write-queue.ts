/**
 * One promise queue per file, so that operations on one plan never
 * interleave: a save reads the revision on disk and writes the next one, and
 * that read-check-write must not be split by another save to the same file.
 */
export class WriteQueues {
  /** The last queued task per key; removed when the queue for that key drains. */
  private readonly tails = new Map<string, Promise<void>>();

  /**
   * Runs `task` after every task queued earlier under `key` has settled.
   * The returned promise settles exactly as `task` does; a failing task
   * reaches its own caller only and the queue goes on with the next one.
   */
  run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    // `previous` never rejects (see `tail`), so `task` always runs.
    const result = previous.then(task);
    const tail = result.then(
      () => undefined,
      () => undefined,
    );
    this.tails.set(key, tail);
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return result;
  }

  /** How many keys have work queued or running (for tests and diagnostics). */
  get activeKeys(): number {
    return this.tails.size;
  }
}

/**
 * The queues shared by every store in this process, keyed by absolute file
 * path, so two stores opened on the same folder still serialize their writes.
 */
export const fileQueues = new WriteQueues();
