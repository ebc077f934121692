/**
 * Placeholders in scripts: `{{company}}` is filled with the chosen dream
 * role's data when the script is previewed, rehearsed or printed.
 *
 * Rules (the editor's highlighting uses the same pattern, so what is
 * highlighted is exactly what is filled):
 * - A placeholder is `{{`, a name on one line without braces, then `}}`.
 *   Spaces inside are allowed: `{{ company }}` is `{{company}}`.
 * - Names are case-insensitive: `{{Company}}` is `{{company}}`.
 * - Unbalanced braces (`{{company`, `company}}`) are plain text.
 * - Nested braces resolve to the innermost pair: `{{ {{company}} }}` is the
 *   text `{{ `, the placeholder `company`, then the text ` }}`.
 * - A well-formed placeholder with a name not in PLACEHOLDERS is *unknown*
 *   (usually a typo); one whose value is missing for this role is *empty*.
 *   Both are shown, never silently dropped, and listed for a warning.
 *
 * Filling returns segments (data), never HTML: the UI renders each segment
 * as a text node, so nothing the user typed can become markup.
 */
import { planB, type DreamRole, type Plan } from '../plan';
import { dateTimeFormat } from '../intl-cache';

/** The documented placeholders, in the order the completion lists them. */
export const PLACEHOLDERS = {
  company: { label: 'Company', description: 'The dream role’s company.' },
  role: { label: 'Role', description: 'The dream role’s title.' },
  contact_name: { label: 'Contact name', description: 'The person to call (or the first contact) at the dream role.' },
  deadline: { label: 'Deadline', description: 'Plan B’s decision deadline, in the zone it was given in.' },
  days_left: { label: 'Days left', description: 'Calendar days from today until Plan B’s deadline.' },
  plan_b_company: {
    label: 'Plan B company',
    description: 'The company of the offer you hold. Only use it if you choose to name them on the call.',
  },
  plan_b_role: {
    label: 'Plan B role',
    description: 'The role you were offered. Only use it if you choose to name it on the call.',
  },
  my_name: { label: 'My name', description: 'Your name, from the plan’s overview.' },
} as const;

export type PlaceholderName = keyof typeof PLACEHOLDERS;
export const PLACEHOLDER_NAMES = Object.keys(PLACEHOLDERS) as PlaceholderName[];

/**
 * `{{`, optional spaces, a name with no braces or line breaks, optional spaces,
 * `}}`. Group 1 is the name with its surrounding spaces. Global: clone it
 * (`new RegExp(PLACEHOLDER_PATTERN)`) before stateful use.
 */
export const PLACEHOLDER_PATTERN = /\{\{([^{}\n]*)\}\}/g;

export function isPlaceholderName(name: string): name is PlaceholderName {
  return Object.hasOwn(PLACEHOLDERS, name);
}

/** The name inside a placeholder as matched by PLACEHOLDER_PATTERN, normalised. */
export function normaliseName(inner: string): string {
  return inner.trim().toLowerCase();
}

export type ParsedPart =
  | { kind: 'text'; text: string }
  | { kind: 'placeholder'; name: string; raw: string; known: boolean; from: number; to: number };

/** Splits text into plain text and placeholders (see the rules above). */
export function parsePlaceholders(text: string): ParsedPart[] {
  const parts: ParsedPart[] = [];
  let last = 0;
  for (const match of text.matchAll(new RegExp(PLACEHOLDER_PATTERN))) {
    const from = match.index;
    if (from > last) parts.push({ kind: 'text', text: text.slice(last, from) });
    const name = normaliseName(match[1] ?? '');
    parts.push({ kind: 'placeholder', name, raw: match[0], known: isPlaceholderName(name), from, to: from + match[0].length });
    last = from + match[0].length;
  }
  if (last < text.length) parts.push({ kind: 'text', text: text.slice(last) });
  return parts;
}

/** Values for every placeholder; `''` means "not known for this role". */
export type PlaceholderContext = Record<PlaceholderName, string>;

const DAY_MS = 86_400_000;

/** `YYYY-MM-DD` of an instant as seen in a zone (invalid zone: UTC). */
function dateInZone(instant: Date, timeZone: string | undefined): string {
  try {
    return dateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);
  } catch {
    return instant.toISOString().slice(0, 10);
  }
}

/** Whole calendar days from `now` to `deadline`, both read in the deadline's zone; never negative. */
export function daysLeft(deadline: string, timeZone: string | undefined, now: Date): number {
  const zone = timeZone || undefined;
  const a = Date.parse(`${dateInZone(now, zone)}T00:00:00Z`);
  const b = Date.parse(`${dateInZone(new Date(deadline), zone)}T00:00:00Z`);
  return Math.max(0, Math.round((b - a) / DAY_MS));
}

/** The deadline as said aloud: "Friday, March 6 at 5:00 PM". */
export function spokenDeadline(deadline: string, timeZone: string | undefined, locale?: string): string {
  const options: Intl.DateTimeFormatOptions = { weekday: 'long', month: 'long', day: 'numeric', hour: 'numeric', minute: '2-digit' };
  try {
    return dateTimeFormat(locale, { ...options, timeZone: timeZone || undefined }).format(new Date(deadline));
  } catch {
    return dateTimeFormat(locale, options).format(new Date(deadline));
  }
}

/** The contact to call at a role: the one marked "who to call", else the first. */
export function contactToCall(role: DreamRole) {
  return role.contacts.find((c) => c.isWhoToCall) ?? role.contacts[0];
}

/**
 * The values for one dream role. `role` may be undefined (no role chosen):
 * then only plan-wide values are known.
 */
export function placeholderContext(plan: Plan, role: DreamRole | undefined, now: Date, locale?: string): PlaceholderContext {
  const offer = planB(plan);
  const deadline = offer?.deadline ?? null;
  return {
    company: role?.company.trim() ?? '',
    role: role?.role.trim() ?? '',
    contact_name: (role && contactToCall(role)?.name.trim()) || '',
    deadline: deadline ? spokenDeadline(deadline, offer?.deadlineTimeZone, locale) : '',
    days_left: deadline ? String(daysLeft(deadline, offer?.deadlineTimeZone, now)) : '',
    plan_b_company: offer?.company.trim() ?? '',
    plan_b_role: offer?.role.trim() ?? '',
    my_name: plan.situation.userName.trim(),
  };
}

export type Segment =
  | { kind: 'text'; text: string }
  | { kind: 'filled'; name: PlaceholderName; text: string }
  | { kind: 'empty'; name: PlaceholderName; raw: string }
  | { kind: 'unknown'; name: string; raw: string };

export interface FilledScript {
  segments: Segment[];
  /** Known placeholders with no value for this role, each once, in order of appearance. */
  empty: PlaceholderName[];
  /** Names that are not placeholders (typos), each once, in order of appearance. */
  unknown: string[];
}

/** Fills a script's text with a context. Pure data out; see the module note on markup. */
export function fillScript(text: string, ctx: PlaceholderContext): FilledScript {
  const empty = new Set<PlaceholderName>();
  const unknown = new Set<string>();
  const segments = parsePlaceholders(text).map((part): Segment => {
    if (part.kind === 'text') return part;
    if (!isPlaceholderName(part.name)) {
      unknown.add(part.name);
      return { kind: 'unknown', name: part.name, raw: part.raw };
    }
    const value = ctx[part.name].trim();
    if (!value) {
      empty.add(part.name);
      return { kind: 'empty', name: part.name, raw: part.raw };
    }
    return { kind: 'filled', name: part.name, text: value };
  });
  return { segments, empty: [...empty], unknown: [...unknown] };
}

/** The filled text as a plain string; empty and unknown placeholders stay as typed. */
export function filledText(filled: FilledScript): string {
  return filled.segments.map((s) => (s.kind === 'text' || s.kind === 'filled' ? s.text : s.raw)).join('');
}
