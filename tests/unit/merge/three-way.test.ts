import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { choosePlanValue, mergePlans, planValueAt } from '@shared/merge/plan-merge';
import { jsonEqual, mergeThreeWay, setAtPath, valueAtPath, type Json, type MergeConflict, type MergePath } from '@shared/merge/three-way';
import { Plan } from '@shared/plan';
import { planArbitrary } from '../arbitraries/plan-arbitrary';

const RUNS = 150;

/** One edit a person could make: a text or number changed, a list item removed, a list reversed. */
type Edit = { op: 'text' | 'number' | 'remove' | 'reverse'; pick: number; text: string; number: number };
const editArb: fc.Arbitrary<Edit> = fc.record({
  op: fc.constantFrom('text', 'text', 'number', 'remove', 'reverse'),
  pick: fc.nat(),
  text: fc.string({ maxLength: 12 }),
  number: fc.integer({ min: 1, max: 5 }),
});

/** Every path into `root` the merge sees: object keys, and item ids in lists of {id}. */
function paths(root: Json, prefix: MergePath = []): { path: MergePath; value: Json }[] {
  const here = { path: prefix, value: root };
  if (Array.isArray(root)) {
    const items = root.filter((item): item is { [k: string]: Json } & { id: string } => typeof item === 'object' && item !== null && !Array.isArray(item) && typeof item.id === 'string');
    if (items.length !== root.length) return [here];
    return [here, ...items.flatMap((item) => paths(item, [...prefix, item.id]))];
  }
  if (typeof root === 'object' && root !== null) return [here, ...Object.entries(root).flatMap(([k, v]) => paths(v, [...prefix, k]))];
  return [here];
}

/** Applies edits that keep the plan valid (an edit the schema refuses is left out). */
function edited(plan: Plan, edits: Edit[]): Plan {
  let current = plan;
  for (const edit of edits) {
    const all = paths(current as unknown as Json).filter(({ path }) => path.length > 0 && path.at(-1) !== 'id');
    const fit = all.filter(({ value }) =>
      edit.op === 'text' ? typeof value === 'string' : edit.op === 'number' ? typeof value === 'number' : Array.isArray(value) && value.length > 0,
    );
    if (!fit.length) continue;
    const { path, value } = fit[edit.pick % fit.length]!;
    const list = value as Json[];
    const next =
      edit.op === 'text' ? edit.text
      : edit.op === 'number' ? edit.number
      : edit.op === 'reverse' ? [...list].reverse()
      : list.filter((_, i) => i !== edit.pick % list.length);
    const candidate = Plan.safeParse(setAtPath(current as unknown as Json, path, next));
    if (candidate.success) current = candidate.data;
  }
  return current;
}

const threeVersions = planArbitrary.chain((base) =>
  fc.record({ base: fc.constant(base), mine: fc.array(editArb, { maxLength: 6 }).map((e) => edited(base, e)), theirs: fc.array(editArb, { maxLength: 6 }).map((e) => edited(base, e)) }),
);

const j = (plan: Plan) => plan as unknown as Json;
const byPath = (a: MergeConflict, b: MergeConflict) => (a.path.join('\u0000') < b.path.join('\u0000') ? -1 : 1);
/** Lists of {id} sorted by id, so results that differ only in the order of list items compare equal. */
function unordered(value: Json | undefined): Json | undefined {
  if (Array.isArray(value)) {
    const items = value.map(unordered) as Json[];
    const keyed = items.every((i) => typeof i === 'object' && i !== null && !Array.isArray(i) && typeof i.id === 'string');
    return keyed ? items.sort((a, b) => (((a as { id: string }).id < (b as { id: string }).id) ? -1 : 1)) : items;
  }
  if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, unordered(v)!]));
  return value;
}

describe('three-way merge of plans (properties)', () => {
  it('merging with an unchanged side returns the other side, with no conflict', () => {
    fc.assert(
      fc.property(threeVersions, ({ base, theirs }) => {
        const keptTheirs = mergeThreeWay(j(base), j(base), j(theirs));
        expect(keptTheirs.conflicts).toEqual([]);
        expect(jsonEqual(keptTheirs.merged, j(theirs))).toBe(true);
        const keptMine = mergeThreeWay(j(base), j(theirs), j(base));
        expect(keptMine.conflicts).toEqual([]);
        expect(jsonEqual(keptMine.merged, j(theirs))).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it('is symmetric apart from the order of conflicts: swapping sides swaps each conflict, and choosing the other side gives the same plan', () => {
    fc.assert(
      fc.property(threeVersions, ({ base, mine, theirs }) => {
        const one = mergeThreeWay(j(base), j(mine), j(theirs));
        const two = mergeThreeWay(j(base), j(theirs), j(mine));
        const swapped = two.conflicts.map((c) => ({ path: c.path, base: c.base, mine: c.theirs, theirs: c.mine }));
        expect([...swapped].sort(byPath)).toEqual([...one.conflicts].sort(byPath));
        if (one.conflicts.length === 0) expect(one.merged).toEqual(two.merged);
        let chosen = two.merged;
        for (const c of two.conflicts) chosen = setAtPath(chosen, c.path, c.mine);
        expect(unordered(chosen)).toEqual(unordered(one.merged));
      }),
      { numRuns: RUNS },
    );
  });

  it('loses no field either side changed without reporting a conflict on it', () => {
    fc.assert(
      fc.property(threeVersions, ({ base, mine, theirs }) => {
        const { merged, conflicts } = mergeThreeWay(j(base), j(mine), j(theirs));
        const covered = (path: MergePath) => conflicts.some((c) => c.path.every((step, i) => path[i] === step));
        for (const side of [mine, theirs]) {
          for (const { path, value } of paths(j(side))) {
            if (jsonEqual(valueAtPath(j(base), path), value) || Array.isArray(value) || (typeof value === 'object' && value !== null)) continue;
            if (!covered(path)) expect({ path, value: valueAtPath(merged, path) }).toEqual({ path, value });
          }
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('gives a plan that passes the Plan schema, or says why not', () => {
    fc.assert(
      fc.property(threeVersions, ({ base, mine, theirs }) => {
        const result = mergePlans(base, mine, theirs);
        if (result.ok) expect(Plan.safeParse(result.plan).success).toBe(true);
        else expect(result.reason).not.toBe('');
      }),
      { numRuns: RUNS },
    );
  });
});

const item = (id: string, text: string) => ({ id, text });

describe('three-way merge (examples)', () => {
  it('keeps different fields changed on each side, and reports the same field changed on both', () => {
    const base = { name: 'Plan', notes: 'a', city: 'Oslo' };
    const { merged, conflicts } = mergeThreeWay<Json>(base, { ...base, name: 'Mine', city: 'Bergen' }, { ...base, notes: 'theirs', city: 'Tromsø' });
    expect(merged).toEqual({ name: 'Mine', notes: 'theirs', city: 'Tromsø' });
    expect(conflicts).toEqual([{ path: ['city'], base: 'Oslo', mine: 'Bergen', theirs: 'Tromsø' }]);
  });

  it('merges lists by id: additions on both sides kept, a deletion on one side kept, a change beside a deletion reported', () => {
    const base = { list: [item('a', '1'), item('b', '2'), item('c', '3')] };
    const mine = { list: [item('a', '1'), item('m', 'mine'), item('c', 'changed')] };
    const theirs = { list: [item('a', '1 theirs'), item('b', '2'), item('t', 'theirs')] };
    const { merged, conflicts } = mergeThreeWay<Json>(base, mine, theirs);
    expect(merged).toEqual({ list: [item('a', '1 theirs'), item('m', 'mine'), item('t', 'theirs')] });
    expect(conflicts).toEqual([{ path: ['list', 'c'], base: item('c', '3'), mine: item('c', 'changed'), theirs: undefined }]);
  });

  it('follows the side that reordered a list, and puts items added at one place in the same order whichever side is which', () => {
    const base = { list: [item('a', ''), item('b', '')] };
    const mine = { list: [item('b', ''), item('a', ''), item('x', '')] };
    const theirs = { list: [item('a', ''), item('b', ''), item('y', '')] };
    const ids = (r: { merged: Json }) => ((r.merged as { list: { id: string }[] }).list).map((i) => i.id);
    expect(ids(mergeThreeWay<Json>(base, mine, theirs))).toEqual(['b', 'y', 'a', 'x']);
    expect(ids(mergeThreeWay<Json>(base, theirs, mine))).toEqual(['b', 'y', 'a', 'x']);
  });

  it('treats a list of plain values as one value', () => {
    const { merged, conflicts } = mergeThreeWay<Json>({ tags: ['a'] }, { tags: ['a', 'b'] }, { tags: ['c'] });
    expect(merged).toEqual({ tags: ['c'] });
    expect(conflicts).toHaveLength(1);
  });

  it('reports a merged plan that breaks the Plan schema (two offers each made Plan B) instead of returning it', () => {
    fc.assert(
      fc.property(planArbitrary.filter((p) => p.offers.length === 2 && !p.offers.some((o) => o.isPlanB)), (base) => {
        const planB = (i: number): Plan => ({ ...base, offers: base.offers.map((o, k) => ({ ...o, isPlanB: k === i })) });
        const result = mergePlans(base, planB(0), planB(1));
        expect(result.ok).toBe(false);
      }),
      { numRuns: 20 },
    );
  });

  it('chooses the other side of a conflict for one field only', () => {
    fc.assert(
      fc.property(planArbitrary, (base) => {
        const result = mergePlans(base, { ...base, name: 'Mine' }, { ...base, name: 'Theirs', revision: 7 });
        expect(result.ok && result.conflicts.map((c) => c.path)).toEqual([['name']]);
        if (!result.ok) return;
        const chosen = choosePlanValue(result.plan, ['name'], 'Mine');
        expect(chosen && planValueAt(chosen, ['name'])).toBe('Mine');
        expect(chosen?.revision).toBe(7);
      }),
      { numRuns: 20 },
    );
  });
});
