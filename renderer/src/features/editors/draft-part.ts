/**
 * A part of a draft card (a fieldset, a row of fields) that renders again only
 * when a field it shows changed. A draft form re-renders its whole card on
 * every keystroke; without parts, each keystroke rendered every fieldset,
 * grid and drawer of the card again (about a hundred components) to change
 * one input.
 *
 * How it knows what it shows: while a part renders, its `draft` records each
 * field it reads (through `field(key)`, `form.values` or `form.errors`). The
 * next time the card renders, the part is skipped when those fields' values
 * and errors are unchanged and its other props are equal (a plain object
 * or array, such as a card's warnings, compares by its entries). A part that
 * reads the form any other way (`getValues()`, `isDirty()`…) always renders.
 * An event handler inside a part reads `form.getValues()`: `form.values` is
 * the part's last render's.
 */
import { memo, type FunctionComponent, type NamedExoticComponent } from 'react';
import type { DraftForm } from './useDraftForm';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a part takes a draft of any shape
type AnyDraft = DraftForm<any>;

interface Reads {
  /** The fields read, or 'all' when the part read the whole form. */
  keys: Set<string> | 'all';
  values: Record<string, unknown>;
  errors: Record<string, unknown>;
}

/** What each rendered props object of a part read, to compare against the next props. */
const readsOf = new WeakMap<object, Reads>();

function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  // Mantine's form clones its values on each change: equal arrays and dates arrive as new objects.
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => Object.is(x, b[i]));
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;
}

function sameProp(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (Array.isArray(a)) return sameValue(a, b);
  if (!isPlainObject(a) || !isPlainObject(b)) return false;
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => Object.is(a[k], b[k]));
}

/** Form members that change the form rather than read it. */
const ACTION = /^(set|clear|validate|reset|insert|remove|reorder|replace|initialize|on[A-Z])/;

/** A view of `draft` that notes in `reads` every field read through it. */
function recording(draft: AnyDraft, reads: Reads): AnyDraft {
  const note = (key: string | symbol) => {
    if (typeof key === 'string' && reads.keys !== 'all') reads.keys.add(key);
  };
  const watch = (target: Record<string, unknown>) =>
    new Proxy(target, {
      get: (t, key) => (note(key), Reflect.get(t, key)),
      has: (t, key) => (note(key), Reflect.has(t, key)),
      ownKeys: (t) => ((reads.keys = 'all'), Reflect.ownKeys(t)),
    });
  const form = new Proxy(draft.form, {
    get: (t, key) => {
      if (key === 'values') return watch(t.values as Record<string, unknown>);
      if (key === 'errors') return watch(t.errors as Record<string, unknown>);
      const member = Reflect.get(t, key) as unknown;
      // Any other way of reading the form (getValues, getInputProps, isDirty…) is not tracked field by
      // field: the part renders every time. Actions (set…, validate…) read nothing.
      if (typeof member === 'function' && typeof key === 'string' && !ACTION.test(key)) reads.keys = 'all';
      return member;
    },
  });
  return {
    form,
    field: (key, options) => {
      note(key);
      return draft.field(key, options);
    },
  };
}

function unchanged<P extends { draft: AnyDraft }>(previous: P, next: P): boolean {
  const reads = readsOf.get(previous);
  if (!reads || reads.keys === 'all') return false;
  const keys = Object.keys(next);
  if (keys.length !== Object.keys(previous).length) return false;
  for (const key of keys) {
    if (key !== 'draft' && !sameProp(previous[key as keyof P], next[key as keyof P])) return false;
  }
  const { values, errors } = next.draft.form;
  for (const key of reads.keys) {
    if (!sameValue(reads.values[key], values[key]) || !Object.is(reads.errors[key], errors[key])) return false;
  }
  return true;
}

/** `render` as a draft part: see the file's comment. */
export function draftPart<P extends { draft: AnyDraft }>(render: FunctionComponent<P>): NamedExoticComponent<P> {
  const Part = (props: P) => {
    const { form } = props.draft;
    const reads: Reads = { keys: new Set(), values: form.values as Record<string, unknown>, errors: form.errors };
    readsOf.set(props, reads);
    return render({ ...props, draft: recording(props.draft, reads) });
  };
  Part.displayName = render.displayName ?? render.name;
  return memo(Part, unchanged);
}
