/**
 * Placeholders in scripts: `{{company}}` is filled with the chosen dream
 * role's data when the script is previewed, rehearsed or printed.
 *
 * Rules (the editor's highlighting uses the same pattern, so what is
 * highlighted is exactly what is filled):
 * - A placeholder is `{{`, a name on one line without braces, then `}}`.
 *   Spaces inside are allowed: `{{ company }}` is `{{company}}`.
 * - Names are case-insensitive: `{{Company}}` is `{{company}}`.
 * - Unbalanced or single braces (`{{company}`, `{company}}`, `{company}`,
 *   `{{company`) and an empty `{{ }}` are *malformed*: shown as typed and
 *   listed for a warning, so a typo never passes as a complete script.
 * - Nested braces resolve to the innermost pair: `{{ {{company}} }}` is the
 *   text `{{ `, the placeholder `company`, then the text ` }}` (the outer
 *   braces are reported as malformed).
 * - A well-formed placeholder with a name not in PLACEHOLDERS is *unknown*
 *   (usually a typo); one whose value is missing for this role is *empty*.
 *   Both are shown, never silently dropped, and listed for a warning.
 *
 * - Values come from the record, never from the computer: Plan B's deadline
 *   is read in its own zone (`resolveTimeZone`, the board's rule), and once
 *   the deadline has passed `{{deadline}}`, `{{days_left}}` and
 *   `{{time_left}}` are empty, so a lapsed deadline is never read out as alive.
 * - `{{days_left}}` carries its unit ("3 days", "1 day", "less than a day");
 *   a unit typed right after it (older scripts say "{{days_left}} days") is
 *   absorbed, so it never reads "1 days". `{{time_left}}` reads "in 3 days",
 *   "tomorrow" or "today" and fits any sentence.
 *
 * Filling returns segments (data), never HTML: the UI renders each segment
 * as a text node, so nothing the user typed can become markup.
 */
import { planB, type DreamRole, type Offer, type Plan } from '../plan';
import { dateTimeFormat } from '../intl-cache';
import { calendarDateIn, dayNumber, isValidTimeZone, parseInstant, resolveTimeZone } from '../board/zoned-date';
import { zoneOffsetMinutes } from '../time';
import { currentDeadline, extendedFrom } from '../offers/current-deadline';
import { acceptedOffer } from '../offers/decision';

/** The documented placeholders, in the order the completion lists them. */
export const PLACEHOLDERS = {
  company: { label: 'Company', description: 'The dream role’s company.' },
  role: { label: 'Role', description: 'The dream role’s title.' },
  contact_name: { label: 'Contact name', description: 'The person to call (or the first contact) at the dream role.' },
  deadline: {
    label: 'Deadline',
    description: 'Plan B’s decision deadline, in the zone it was given in (named when it is not your zone). Empty once it has passed.',
  },
  days_left: { label: 'Days left', description: 'Calendar days until Plan B’s deadline, with the unit: “3 days”, “1 day”. Empty once it has passed.' },
  time_left: { label: 'Time left', description: 'When Plan B’s deadline is, from today: “in 3 days”, “tomorrow” or “today”. Empty once it has passed.' },
  offer_form: { label: 'Offer form', description: 'Whether Plan B is a “written” or a “verbal” offer, as recorded.' },
  plan_b_company: {
    label: 'Plan B company',
    description: 'The company of the offer you hold. Only use it if you choose to name them on the call.',
  },
  plan_b_role: {
    label: 'Plan B role',
    description: 'The role you were offered. Only use it if you choose to name it on the call.',
  },
  my_name: { label: 'My name', description: 'Your name, from the plan’s overview.' },
  offer_company: {
    label: 'Offer company',
    description: 'The company of the offer you are answering: the one you accept or decline (the accepted one, else Plan B, unless you pick another).',
  },
  offer_role: { label: 'Offer role', description: 'The role of the offer you are answering.' },
  accepted_company: { label: 'Accepted company', description: 'The company whose offer you accepted. Empty until you accept one.' },
  extended_from: {
    label: 'Extended from',
    description: 'Plan B’s original deadline, when they gave you more time (the new one is {{deadline}}). Empty otherwise.',
  },
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

/** Whole calendar days from `now` to `deadline`, both read in the deadline's zone (the board's rule); never negative. */
export function daysLeft(deadline: string, timeZone: string | undefined, now: Date): number {
  const zone = resolveTimeZone(timeZone, deadline).timeZone;
  const a = dayNumber(calendarDateIn(now, zone)) ?? 0;
  const b = dayNumber(calendarDateIn(new Date(deadline), zone)) ?? 0;
  return Math.max(0, b - a);
}

/** `{{days_left}}`: the count with its unit. */
export function daysLeftWords(days: number): string {
  if (days <= 0) return 'less than a day';
  return days === 1 ? '1 day' : `${days} days`;
}

/** `{{time_left}}`: fits "That is …" and "…, …": "in 3 days", "tomorrow", "today". */
export function timeLeftWords(days: number): string {
  if (days <= 0) return 'today';
  return days === 1 ? 'tomorrow' : `in ${days} days`;
}

/** Whether two zones show the same clock time at an instant (an unusable zone never does). */
function sameClock(a: string, b: string | undefined, at: Date): boolean {
  if (!b || !isValidTimeZone(b)) return false;
  return zoneOffsetMinutes(at, a) === zoneOffsetMinutes(at, b);
}

/**
 * The deadline as said aloud, in its own zone: "Friday, March 6 at 5:00 PM",
 * with the zone named ("… Pacific Time") when the user's clock shows a
 * different time then, or the user's zone is not known.
 */
export function spokenDeadline(deadline: string, timeZone: string | undefined, locale?: string, userTimeZone?: string): string {
  const zone = resolveTimeZone(timeZone, deadline).timeZone;
  const at = new Date(deadline);
  const options: Intl.DateTimeFormatOptions = { weekday: 'long', month: 'long', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZone: zone };
  if (!sameClock(zone, userTimeZone, at)) options.timeZoneName = 'longGeneric';
  return dateTimeFormat(locale, options).format(at);
}

/** The contact to call at a role: the one marked "who to call", else the first. */
export function contactToCall(role: DreamRole) {
  return role.contacts.find((c) => c.isWhoToCall) ?? role.contacts[0];
}

export interface ContextOptions {
  locale?: string;
  /** The offer being answered ({{offer_company}}); defaults to the accepted offer, else Plan B. */
  offer?: Offer;
  /** The user's own zone (the renderer passes the computer's); the spoken deadline names its zone when it differs. */
  userTimeZone?: string;
}

/**
 * The values for one dream role. `role` may be undefined (no role chosen):
 * then only plan-wide values are known. A deadline that has passed at `now`
 * fills nothing (see the module note).
 */
export function placeholderContext(plan: Plan, role: DreamRole | undefined, now: Date, options: ContextOptions = {}): PlaceholderContext {
  const offer = planB(plan);
  const accepted = acceptedOffer(plan);
  const answering = options.offer ?? accepted ?? offer;
  const original = offer ? extendedFrom(offer) : null;
  const deadline = offer ? currentDeadline(offer) : null;
  const instant = parseInstant(deadline);
  const alive = deadline && instant && instant.getTime() > now.getTime() ? deadline : null;
  const days = alive ? daysLeft(alive, offer?.deadlineTimeZone, now) : null;
  return {
    company: role?.company.trim() ?? '',
    role: role?.role.trim() ?? '',
    contact_name: (role && contactToCall(role)?.name.trim()) || '',
    deadline: alive ? spokenDeadline(alive, offer?.deadlineTimeZone, options.locale, options.userTimeZone) : '',
    days_left: days === null ? '' : daysLeftWords(days),
    time_left: days === null ? '' : timeLeftWords(days),
    offer_form: offer?.form ?? '',
    plan_b_company: offer?.company.trim() ?? '',
    plan_b_role: offer?.role.trim() ?? '',
    my_name: plan.situation.userName.trim(),
    offer_company: answering?.company.trim() ?? '',
    offer_role: answering?.role.trim() ?? '',
    accepted_company: accepted?.company.trim() ?? '',
    extended_from: original ? spokenDeadline(original, offer?.deadlineTimeZone, options.locale, options.userTimeZone) : '',
  };
}

export type Segment =
  | { kind: 'text'; text: string }
  | { kind: 'filled'; name: PlaceholderName; text: string }
  | { kind: 'empty'; name: PlaceholderName; raw: string }
  | { kind: 'unknown'; name: string; raw: string }
  /** Braces that look like a placeholder but are not one (`{{company}`, `{{ }}`). */
  | { kind: 'malformed'; raw: string };

export interface FilledScript {
  segments: Segment[];
  /** Known placeholders with no value for this role, each once, in order of appearance. */
  empty: PlaceholderName[];
  /** Names that are not placeholders (typos), each once, in order of appearance. */
  unknown: string[];
  /** Broken placeholders as typed (`{{company}`), each once, in order of appearance. */
  malformed: string[];
}

/** Brace runs left in plain text once well-formed placeholders are taken out: each is a broken placeholder. */
const MALFORMED_PATTERN = /\{{1,2}[^{}\n]{0,60}\}{1,2}|\{\{[^{}\n]{0,60}|[^{}\n\s]{1,60}\}\}/g;

function splitMalformed(text: string): Segment[] {
  const out: Segment[] = [];
  let last = 0;
  for (const m of text.matchAll(MALFORMED_PATTERN)) {
    if (m.index > last) out.push({ kind: 'text', text: text.slice(last, m.index) });
    out.push({ kind: 'malformed', raw: m[0] });
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push({ kind: 'text', text: text.slice(last) });
  return out;
}

/** A unit typed after a filled `{{days_left}}` ("{{days_left}} days"), which already carries one. */
const TYPED_UNIT = /^ ?days?\b/i;

/** Fills a script's text with a context. Pure data out; see the module note on markup. */
export function fillScript(text: string, ctx: PlaceholderContext): FilledScript {
  const empty = new Set<PlaceholderName>();
  const unknown = new Set<string>();
  const malformed = new Set<string>();
  const segments: Segment[] = [];
  for (const part of parsePlaceholders(text)) {
    if (part.kind === 'text') {
      const previous = segments[segments.length - 1];
      const t = previous?.kind === 'filled' && previous.name === 'days_left' ? part.text.replace(TYPED_UNIT, '') : part.text;
      for (const seg of splitMalformed(t)) {
        if (seg.kind === 'malformed') malformed.add(seg.raw);
        segments.push(seg);
      }
    } else if (!part.name) {
      malformed.add(part.raw);
      segments.push({ kind: 'malformed', raw: part.raw });
    } else if (!isPlaceholderName(part.name)) {
      unknown.add(part.name);
      segments.push({ kind: 'unknown', name: part.name, raw: part.raw });
    } else {
      const value = ctx[part.name].trim();
      if (!value) empty.add(part.name);
      segments.push(value ? { kind: 'filled', name: part.name, text: value } : { kind: 'empty', name: part.name, raw: part.raw });
    }
  }
  return { segments, empty: [...empty], unknown: [...unknown], malformed: [...malformed] };
}

/** The filled text as a plain string; empty and unknown placeholders stay as typed. */
export function filledText(filled: FilledScript): string {
  return filled.segments.map((s) => (s.kind === 'text' || s.kind === 'filled' ? s.text : s.raw)).join('');
}
