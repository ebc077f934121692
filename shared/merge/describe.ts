/**
 * A merge conflict in the user's words: where it is ("Dream role Acme ›
 * company") and each side's value as short text. Generic over the plan's
 * shape like the merge itself: list items are named by their first non-empty
 * `company`, `name`, `role`, `title` or `label`.
 */
import { valueAtPath, type Json, type MergePath } from './three-way';

const LIST_NAMES: Record<string, string> = {
  offers: 'Offer',
  dreamRoles: 'Dream role',
  contacts: 'Contact',
  callLog: 'Call',
  criteria: 'Criterion',
  scripts: 'Script',
  revisions: 'Revision',
};
const NAME_KEYS = ['company', 'name', 'role', 'title', 'label'];

/** `dealBreakers` → `deal breakers`. */
function words(key: string): string {
  return key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
}

export function describePath(root: Json, path: MergePath): string {
  const parts: string[] = [];
  for (let i = 0; i < path.length; i++) {
    const parent = valueAtPath(root, path.slice(0, i));
    const step = path[i]!;
    if (Array.isArray(parent)) {
      const item = valueAtPath(root, path.slice(0, i + 1));
      const named = item && typeof item === 'object' && !Array.isArray(item) ? NAME_KEYS.map((k) => item[k]).find((v) => typeof v === 'string' && v.trim()) : undefined;
      const kind = LIST_NAMES[path[i - 1] ?? ''] ?? 'Item';
      parts[parts.length - 1] = named ? `${kind} ${String(named)}` : kind;
      continue;
    }
    if (step === 'situation' && i === 0) continue;
    parts.push(i === 0 ? words(step).replace(/^./, (c) => c.toUpperCase()) : words(step));
  }
  const text = parts.join(' › ');
  return text ? text.charAt(0).toUpperCase() + text.slice(1) : 'The plan';
}

/** A value as short text for a side-by-side view. */
export function describeValue(value: Json | undefined): string {
  if (value === undefined) return '(removed)';
  if (value === null) return '(not set)';
  if (typeof value === 'string') return value.trim() === '' ? '(empty)' : value;
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.length === 0 ? '(none)' : value.map((v) => describeValue(v)).join(', ');
  const named = NAME_KEYS.map((k) => value[k]).find((v) => typeof v === 'string' && v.trim());
  return typeof named === 'string' ? named : JSON.stringify(value);
}
