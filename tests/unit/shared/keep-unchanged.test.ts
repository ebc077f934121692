import { describe, expect, it } from 'vitest';
import { keepUnchanged, sharesUnchanged } from '@shared/keep-unchanged';

describe('keepUnchanged: a recomputed value keeps the identity of what did not change', () => {
  const before = { planB: { total: 100, name: 'Northwind' }, roles: [{ id: 'a', delta: 5 }, { id: 'b', delta: 7 }], tags: ['x'] };

  it('an equal value comes back as the previous object, all the way down', () => {
    const again = structuredClone(before);
    expect(keepUnchanged(before, again)).toBe(before);
  });

  it('only the changed path is new; its untouched siblings are the previous objects', () => {
    const next = structuredClone(before);
    next.roles[1]!.delta = 8;
    const kept = keepUnchanged(before, next);
    expect(kept).not.toBe(before);
    expect(kept).toEqual(next);
    expect(kept.planB).toBe(before.planB);
    expect(kept.tags).toBe(before.tags);
    expect(kept.roles).not.toBe(before.roles);
    expect(kept.roles[0]).toBe(before.roles[0]);
    expect(kept.roles[1]).not.toBe(before.roles[1]);
  });

  it('added or removed keys and items, and changed kinds, are changes', () => {
    expect(keepUnchanged({ a: 1 }, { a: 1, b: 2 })).toEqual({ a: 1, b: 2 });
    const prev = { a: 1, b: 2 };
    expect(keepUnchanged(prev, { a: 1 })).not.toBe(prev);
    const list = [1, 2];
    expect(keepUnchanged(list, [1])).toEqual([1]);
    expect(keepUnchanged({ a: [1] }, { a: { 0: 1 } })).toEqual({ a: { 0: 1 } });
    expect(keepUnchanged({ a: undefined }, { b: undefined })).toEqual({ b: undefined });
    expect(keepUnchanged(undefined, before)).toBe(before);
  });

  it('non-plain objects (dates, class instances) are kept only when identical', () => {
    const when = new Date(0);
    const next = { when: new Date(0) };
    expect(keepUnchanged({ when }, next).when).toBe(next.when);
  });
});

describe('sharesUnchanged', () => {
  it('remembers the last value it returned', () => {
    const share = sharesUnchanged<{ a: { n: number }; b: { n: number } }>();
    const first = share({ a: { n: 1 }, b: { n: 2 } });
    const second = share({ a: { n: 1 }, b: { n: 3 } });
    expect(second.a).toBe(first.a);
    expect(share({ a: { n: 1 }, b: { n: 3 } })).toBe(second);
  });
});
