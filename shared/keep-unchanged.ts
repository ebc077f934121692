/**
 * Structural sharing: `next`, with every part that is deep-equal to the same
 * part of `prev` replaced by `prev`'s object. A recomputed view model (the
 * board) then keeps the identity of everything an edit did not change, so
 * memoized components skip it. Plain objects, arrays and primitives only
 * (what JSON holds); anything else is compared by identity.
 */
export function keepUnchanged<T>(prev: unknown, next: T): T {
  if (Object.is(prev, next)) return next;
  const bothArrays = Array.isArray(prev) && Array.isArray(next);
  if (!bothArrays && !(isPlainObject(prev) && isPlainObject(next))) return next;
  const before = prev as Record<string, unknown>;
  const after = next as Record<string, unknown>;
  const keys = Object.keys(after);
  const result = (bothArrays ? [] : {}) as Record<string, unknown>;
  let same = keys.length === Object.keys(before).length;
  for (const key of keys) {
    const value = keepUnchanged(before[key], after[key]);
    result[key] = value;
    if (!Object.is(value, before[key]) || !(key in before)) same = false;
  }
  return (same ? prev : result) as T;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

/** A function that returns each value it is given with the parts unchanged since the last call kept (see keepUnchanged). */
export function sharesUnchanged<T>(): (next: T) => T {
  let last: T | undefined;
  return (next) => (last = keepUnchanged(last, next));
}
