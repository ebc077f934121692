/**
 * A three-way merge of JSON structures (a plan, or any part of one): what
 * each side changed since their common `base` is kept; only the same field
 * changed differently on both sides is a conflict. Generic over the shape, so
 * new schema fields merge without code here:
 *
 * - objects merge key by key (a key absent on a side is `undefined` there);
 * - arrays whose items are all objects with a unique string `id` (on every
 *   side) merge item by item by id, see `mergeById`;
 * - every other array, and every scalar, is one value.
 *
 * A conflict's value in `merged` is `theirs` (the version already on disk, so
 * a merge never changes what the other computer wrote without the user's
 * say); `mine` is reported for the user to choose instead.
 */

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** A path into the structure: object keys, and the `id` of an item in a list merged by id. */
export type MergePath = string[];

export interface MergeConflict {
  path: MergePath;
  /** `undefined`: absent there (a key not set, a list item deleted or not yet added). */
  base: Json | undefined;
  mine: Json | undefined;
  theirs: Json | undefined;
}

export interface MergeResult<T> {
  merged: T;
  conflicts: MergeConflict[];
}

type Obj = { [key: string]: Json };
type Item = Obj & { id: string };

export function mergeThreeWay<T>(base: T, mine: T, theirs: T): MergeResult<T> {
  const conflicts: MergeConflict[] = [];
  const merged = mergeValue(base as Json, mine as Json, theirs as Json, [], conflicts);
  return { merged: merged as T, conflicts };
}

function mergeValue(base: Json | undefined, mine: Json | undefined, theirs: Json | undefined, path: MergePath, out: MergeConflict[]): Json | undefined {
  if (jsonEqual(mine, theirs)) return theirs;
  if (jsonEqual(mine, base)) return theirs;
  if (jsonEqual(theirs, base)) return mine;
  if (isObject(mine) && isObject(theirs)) return mergeObject(isObject(base) ? base : undefined, mine, theirs, path, out);
  if (Array.isArray(mine) && Array.isArray(theirs)) {
    const baseList = Array.isArray(base) ? base : [];
    if (isIdList(baseList) && isIdList(mine) && isIdList(theirs)) return mergeById(baseList, mine, theirs, path, out);
  }
  out.push({ path, base, mine, theirs });
  return theirs;
}

function mergeObject(base: Obj | undefined, mine: Obj, theirs: Obj, path: MergePath, out: MergeConflict[]): Obj {
  const result: Obj = {};
  for (const key of unionKeys(theirs, mine)) {
    const value = mergeValue(base?.[key], own(mine, key), own(theirs, key), [...path, key], out);
    if (value !== undefined) result[key] = value;
  }
  return result;
}

/**
 * Items by id: kept, changed, added or deleted per side. An item deleted on
 * one side and changed on the other is a conflict (kept, as theirs has it).
 *
 * Order, symmetric in mine and theirs: the items that were in `base` follow
 * the side that reordered them (if both did, differently, `base`'s order
 * stays: neither side's wins); an added item goes right after the item it
 * followed on its side; items both sides added at one place go mine's run
 * and theirs' run ordered by their first id, so swapping sides gives the
 * same list.
 */
function mergeById(base: Item[], mine: Item[], theirs: Item[], path: MergePath, out: MergeConflict[]): Json[] {
  const byId = (list: Item[]) => new Map(list.map((item) => [item.id, item]));
  const [b, m, t] = [byId(base), byId(mine), byId(theirs)];
  const merged = new Map<string, Json>();
  for (const id of new Set([...b.keys(), ...m.keys(), ...t.keys()])) {
    const value = mergeValue(b.get(id), m.get(id), t.get(id), [...path, id], out);
    if (value !== undefined) merged.set(id, value);
  }
  const kept = (ids: Iterable<string>) => [...ids].filter((id) => b.has(id) && merged.has(id));
  const skeleton = keptOrder(kept(b.keys()), kept(m.keys()), kept(t.keys()));

  // Added items, grouped by the kept item they follow on their side ('' = the start).
  const additions = new Map<string, string[][]>();
  for (const side of [mine, theirs]) {
    const runs = new Map<string, string[]>();
    let anchor = '';
    for (const item of side) {
      if (b.has(item.id)) {
        if (merged.has(item.id)) anchor = item.id;
        continue;
      }
      if (!merged.has(item.id)) continue;
      runs.set(anchor, [...(runs.get(anchor) ?? []), item.id]);
    }
    for (const [at, run] of runs) additions.set(at, [...(additions.get(at) ?? []), run]);
  }
  const order: string[] = [];
  const placed = new Set<string>();
  const place = (at: string) => {
    const runs = (additions.get(at) ?? []).slice().sort((x, y) => (x[0]! < y[0]! ? -1 : x[0]! > y[0]! ? 1 : 0));
    for (const id of runs.flat()) {
      if (!placed.has(id)) order.push(id);
      placed.add(id);
    }
  };
  place('');
  for (const id of skeleton) {
    order.push(id);
    placed.add(id);
    place(id);
  }
  for (const id of merged.keys()) if (!placed.has(id)) order.push(id);
  return order.map((id) => merged.get(id)!);
}

/**
 * The order of the kept items that were in base: the side that reordered
 * them (comparing only the items that side still has), base's order when
 * neither or both did (differently). Kept items the chosen side lacks (kept
 * for a conflict) go after the item they followed in base.
 */
function keptOrder(baseOrder: string[], mineOrder: string[], theirOrder: string[]): string[] {
  const restrict = (order: string[], to: string[]) => order.filter((id) => to.includes(id));
  const mineMoved = !sameList(mineOrder, restrict(baseOrder, mineOrder));
  const theirsMoved = !sameList(theirOrder, restrict(baseOrder, theirOrder));
  const agree = sameList(restrict(mineOrder, theirOrder), restrict(theirOrder, mineOrder));
  const side = mineMoved && (!theirsMoved || agree) ? mineOrder : theirsMoved && !mineMoved ? theirOrder : null;
  if (!side) return baseOrder;
  const order = [...side];
  baseOrder.forEach((id, i) => {
    if (order.includes(id)) return;
    const before = baseOrder.slice(0, i).reverse().find((prev) => order.includes(prev));
    order.splice(before === undefined ? 0 : order.indexOf(before) + 1, 0, id);
  });
  return order;
}

function isIdList(list: Json[]): list is Item[] {
  const ids = new Set<string>();
  for (const item of list) {
    if (!isObject(item) || typeof item.id !== 'string' || ids.has(item.id)) return false;
    ids.add(item.id);
  }
  return true;
}

function isObject(value: Json | undefined): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function own(obj: Obj, key: string): Json | undefined {
  return Object.hasOwn(obj, key) ? obj[key] : undefined;
}

function unionKeys(first: Obj, second: Obj): string[] {
  return [...new Set([...Object.keys(first), ...Object.keys(second)])];
}

function sameList(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}

/** Deep equality of JSON values; object key order does not matter, list order does. */
export function jsonEqual(a: Json | undefined, b: Json | undefined): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, i) => jsonEqual(item, b[i]));
  }
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => Object.hasOwn(b, key) && jsonEqual(a[key], b[key]));
}

/**
 * The value at `path` (undefined when absent); ids step into lists merged by
 * id. The counterpart of `setAtPath`, for showing and choosing a conflict's side.
 */
export function valueAtPath(root: Json | undefined, path: MergePath): Json | undefined {
  let node = root;
  for (const step of path) {
    if (Array.isArray(node)) node = node.find((item) => isObject(item) && item.id === step);
    else if (isObject(node)) node = own(node, step);
    else return undefined;
  }
  return node;
}

/**
 * `root` with the value at `path` replaced by `value` (removed when
 * undefined; a list item missing for a path through it is added at the end).
 * Shares every part it does not change.
 */
export function setAtPath(root: Json, path: MergePath, value: Json | undefined): Json {
  if (path.length === 0) return value ?? null;
  const [step, ...rest] = path as [string, ...string[]];
  if (Array.isArray(root)) {
    const index = root.findIndex((item) => isObject(item) && item.id === step);
    const current = index >= 0 ? root[index]! : undefined;
    if (rest.length === 0 && value === undefined) return index >= 0 ? root.filter((_, i) => i !== index) : root;
    if (current === undefined && rest.length > 0) return root;
    const next = rest.length === 0 ? value! : setAtPath(current!, rest, value);
    return index >= 0 ? root.map((item, i) => (i === index ? next : item)) : [...root, next];
  }
  if (!isObject(root)) return root;
  if (rest.length === 0) {
    const copy = { ...root };
    if (value === undefined) delete copy[step];
    else copy[step] = value;
    return copy;
  }
  const child = own(root, step);
  if (child === undefined) return root;
  return { ...root, [step]: setAtPath(child, rest, value) };
}
