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
  // Built only from the first difference on: an unchanged subtree (the usual
  // case, and most of a 1,000-role board) allocates nothing.
  let result: Record<string, unknown> | null = null;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    const value = keepUnchanged(before[key], after[key]);
    if (result === null && (!Object.is(value, before[key]) || !(key in before))) {
      result = (bothArrays ? [] : {}) as Record<string, unknown>;
      for (let j = 0; j < i; j++) result[keys[j]!] = before[keys[j]!];
    }
    if (result !== null) result[key] = value;
  }
  if (result !== null) return result as T;
  if (keys.length === Object.keys(before).length) return prev as T;
  // Keys were only removed: every kept value is the previous one.
  const fewer = (bothArrays ? [] : {}) as Record<string, unknown>;
  for (const key of keys) fewer[key] = before[key];
  return fewer as T;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

/**
 * A function that returns each value it is given with the parts unchanged
 * since the last call kept: by `keep` (keepUnchanged by default, or a
 * narrower sharing for a large value).
 */
export function sharesUnchanged<T>(keep: (prev: T | undefined, next: T) => T = keepUnchanged): (next: T) => T {
  let last: T | undefined;
  return (next) => (last = keep(last, next));
}
