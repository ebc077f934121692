import { describe, expect, it } from 'vitest';
import { WriteQueues } from '../../../electron/main/store/write-queue';
import { deferred } from './temp-folder';

describe('WriteQueues', () => {
  it('runs tasks for one key one at a time, in the order queued', async () => {
    const queues = new WriteQueues();
    const gate = deferred();
    const log: string[] = [];
    const first = queues.run('a', async () => {
      log.push('first start');
      await gate.promise;
      log.push('first end');
      return 1;
    });
    const second = queues.run('a', async () => {
      log.push('second start');
      return 2;
    });
    // Let every pending microtask and I/O callback run: the second task must still wait.
    await new Promise((r) => setImmediate(r));
    expect(log).toEqual(['first start']);
    gate.resolve();
    expect(await Promise.all([first, second])).toEqual([1, 2]);
    expect(log).toEqual(['first start', 'first end', 'second start']);
  });

  it('does not hold one key behind another', async () => {
    const queues = new WriteQueues();
    const gate = deferred();
    const slow = queues.run('a', () => gate.promise.then(() => 'a'));
    expect(await queues.run('b', async () => 'b')).toBe('b');
    gate.resolve();
    expect(await slow).toBe('a');
  });

  it('gives a failure to its own caller only and keeps going', async () => {
    const queues = new WriteQueues();
    const results = await Promise.allSettled([
      queues.run('a', async () => 1),
      queues.run('a', async () => {
        throw new Error('boom');
      }),
      queues.run('a', (() => {
        throw new Error('sync boom');
      }) as () => Promise<number>),
      queues.run('a', async () => 4),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'rejected', 'fulfilled']);
    expect(results[1]).toMatchObject({ reason: { message: 'boom' } });
    expect(results[2]).toMatchObject({ reason: { message: 'sync boom' } });
    expect(results[3]).toMatchObject({ value: 4 });
  });

  it('forgets a key once its queue is idle', async () => {
    const queues = new WriteQueues();
    const gate = deferred();
    const held = queues.run('a', () => gate.promise);
    void queues.run('b', async () => undefined);
    expect(queues.activeKeys).toBe(2);
    gate.resolve();
    await held;
    // The clean-up runs one step after the task settles.
    await new Promise((r) => setImmediate(r));
    expect(queues.activeKeys).toBe(0);
  });

  it('settles a long burst in order', async () => {
    const queues = new WriteQueues();
    const seen: number[] = [];
    await Promise.all(Array.from({ length: 500 }, (_, i) => queues.run('k', async () => void seen.push(i))));
    expect(seen).toEqual(Array.from({ length: 500 }, (_, i) => i));
  });
});
