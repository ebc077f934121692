/**
 * Reading form drafts: numbers typed into NumberInput arrive as numbers or,
 * while incomplete ("-", "1e"), as strings; empty means "not known".
 */

/** Compares a draft value with a plan-derived one, treating "148000" and 148000 alike. */
export function sameDraftValue(a: unknown, b: unknown): boolean {
  return Object.is(normalise(a), normalise(b));
}

function normalise(value: unknown): unknown {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) return Number(value);
  return value;
}

/** A number typed into a NumberInput: `null` when empty, `NaN` when it is not a number. */
export function draftNumber(value: unknown): number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return value;
  if (typeof value === 'string') {
    const trimmed = value.trim().replaceAll(',', '');
    return trimmed === '' ? null : Number(trimmed);
  }
  return Number.NaN;
}

/** A plan number shown in a NumberInput: `''` for "not known". */
export function numberDraft(value: number | null): number | string {
  return value === null ? '' : value;
}

/** The text a required name field needs, or null. */
export function requiredText(value: unknown, message: string): string | null {
  return typeof value === 'string' && value.trim() !== '' ? null : message;
}

/** Same name as another item, ignoring case and spacing. */
export function isDuplicateName(name: unknown, others: readonly string[]): boolean {
  if (typeof name !== 'string' || name.trim() === '') return false;
  const key = name.trim().toLocaleLowerCase();
  return others.some((other) => other.trim().toLocaleLowerCase() === key);
}
