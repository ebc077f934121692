/**
 * The honesty guard, for every script path (board readiness, script check,
 * preview, rehearsal, call sheet, call pack, PDF): a script may be used as
 * final only if everything it says aloud about an offer is true *now*.
 *
 * - Whether an offer is held comes from `heldOffer` alone (Plan B, received,
 *   deadline recorded and not passed).
 * - What the script claims comes from the claim detector (`offer-claims.ts`)
 *   over the spoken text: the body and each answer's "what I will say" (the
 *   "next steps" are the user's own notes, never said). A leverage call
 *   claims an offer by its nature, whatever its words.
 * - With no offer held, any claim blocks; the check-in template is the honest
 *   way out. With an offer held, a claim that contradicts the record blocks
 *   too: "written" for a verbal offer (or the reverse), a date or weekday that
 *   is not Plan B's deadline, a money figure that is not in Plan B's record.
 *   Only claiming sentences are compared: "Can you decide by Friday?" asks
 *   about their date, not mine.
 * - Scripts addressed to Plan B itself (asking it for time, accepting it) talk
 *   about that offer to the company that made it: they need a Plan B recorded,
 *   nothing more.
 */
import type { Offer, Plan, Script } from '../plan';
import { planB } from '../plan';
import { heldOffer, type OfferHold } from '../offers/held-offer';
import { currentDeadline } from '../offers/current-deadline';
import { calendarDateIn, resolveTimeZone } from '../board/zoned-date';
import { readClaims, type SentenceClaim } from './offer-claims';

/** A claim that contradicts Plan B's record. */
export interface Mismatch {
  /** What the script says, as found ("written offer", "$130,000", "March 9"). */
  said: string;
  /** One sentence for people: what differs and how to fix it. */
  message: string;
}

interface VerdictBase {
  hold: OfferHold;
  /** The sentences that claim an offer, with the words that matched. */
  claims: SentenceClaim[];
  mismatches: Mismatch[];
}
export type HonestyVerdict =
  | (VerdictBase & { allowed: true })
  | (VerdictBase & { allowed: false; reason: string; suggestion: 'check-in' | 'fix' });

type ScriptText = Pick<Script, 'kind' | 'body'> & { branches?: Script['branches'] };

const PLAN_B_KINDS: ReadonlySet<Script['kind']> = new Set(['ask-plan-b-for-time', 'accept-plan-b']);

/** What the script says aloud: the body, then each answer's "what I will say". */
export function spokenText(script: ScriptText): string {
  const b = script.branches;
  return [script.body, b?.immediateOffer.say, b?.nonAnswer.say, b?.greenLight.say].filter(Boolean).join('\n');
}

/** Whether a script claims an offer: every leverage call does; other kinds do if their spoken text says so. */
export function claimsOffer(script: ScriptText): boolean {
  if (script.kind === 'leverage-call') return true;
  if (PLAN_B_KINDS.has(script.kind)) return false;
  return readClaims(spokenText(script)).some((s) => s.verdict === 'claim');
}

const quote = (s: string) => `“${s.length > 90 ? `${s.slice(0, 87)}…` : s}”`;

/** May this script be previewed, rehearsed or printed as final with this plan at `now`? Never throws. */
export function honestyCheck(script: ScriptText, plan: Pick<Plan, 'offers'>, now: Date): HonestyVerdict {
  const hold = heldOffer(plan, now);
  const text = spokenText(script);
  const claims = PLAN_B_KINDS.has(script.kind) ? [] : readClaims(text).filter((s) => s.verdict === 'claim');
  if (PLAN_B_KINDS.has(script.kind)) {
    if (hold.held || hold.status !== 'none') return { allowed: true, hold, claims, mismatches: [] };
    const reason = 'No offer is recorded as Plan B, and this script talks to the company whose offer you hold. Record the offer first.';
    return { allowed: false, reason, suggestion: 'fix', hold, claims, mismatches: [] };
  }
  if (!hold.held) {
    if (!claims.length && script.kind !== 'leverage-call') return { allowed: true, hold, claims, mismatches: [] };
    const what = claims.length
      ? `This script tells the employer you hold an offer (${quote(claims[0]!.sentence)}), so it cannot be previewed, rehearsed or printed as final.`
      : 'A leverage call tells the employer you hold an offer, so it cannot be previewed, rehearsed or printed as final.';
    return { allowed: false, reason: `${hold.reason} ${what} Use a check-in script instead.`, suggestion: 'check-in', hold, claims, mismatches: [] };
  }
  const mismatches = recordMismatches(claims, hold.offer);
  if (!mismatches.length) return { allowed: true, hold, claims, mismatches };
  const reason = `This script does not match Plan B’s record: ${mismatches.map((m) => m.message).join(' ')} Change the script or the offer, so you say only what is true.`;
  return { allowed: false, reason, suggestion: 'fix', hold, claims, mismatches };
}

function recordMismatches(claims: SentenceClaim[], offer: Offer): Mismatch[] {
  const out: Mismatch[] = [];
  const seen = new Set<string>();
  const add = (said: string, message: string) => {
    if (seen.has(said.toLowerCase())) return;
    seen.add(said.toLowerCase());
    out.push({ said, message });
  };
  for (const c of claims) {
    if (c.form && c.form !== offer.form) {
      add(c.form === 'written' ? 'written offer' : 'verbal offer', `it says the offer is ${c.form}, but Plan B is recorded as a ${offer.form} offer (use {{offer_form}}).`);
    }
    for (const f of c.figures) {
      const known = recordedFigures(offer);
      if (!known.length) add(f.text, `it states ${f.text}, but Plan B has no pay recorded.`);
      else if (!known.some((k) => Math.abs(k - f.value) <= Math.max(f.tolerance, 0.5))) {
        add(f.text, `it states ${f.text}, which is not one of Plan B’s recorded figures.`);
      }
    }
    for (const d of deadlineMismatches(c.sentence, { offers: [offer] })) add(d, `it gives ${quote(d)} as the deadline, which is not Plan B’s deadline (use {{deadline}}).`);
  }

  return out;
}

/** Plan B's recorded money: each figure and the first-year total. */
function recordedFigures(offer: Offer): number[] {
  const c = offer.compensation;
  const parts = [c.base, c.bonus, c.signOn, c.equityPerYear].filter((n): n is number => n !== null);
  return parts.length ? [...parts, parts.reduce((a, b) => a + b, 0)] : [];
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
/** Words that mark a date as the deadline when they come shortly before it. */
const CUE = String.raw`(?<=\b(?:by|deadline|until|till|before|answer|respond|decide|due)\b[^.?!\n]{0,40})`;
type Read = { month?: number; day?: number; year?: number; weekday?: number };
const DATE_PATTERNS: { re: RegExp; read: (m: RegExpMatchArray) => Read }[] = [
  { re: new RegExp(`${CUE}\\b(\\d{4})-(\\d{2})-(\\d{2})\\b`, 'gi'), read: (m) => ({ year: +m[1]!, month: +m[2]!, day: +m[3]! }) },
  {
    re: new RegExp(`${CUE}\\b${MONTH}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?\\b`, 'gi'),
    read: (m) => ({ month: MONTHS.indexOf(m[1]!.slice(0, 3).toLowerCase()) + 1, day: +m[2]!, year: m[3] ? +m[3] : undefined }),
  },
  {
    re: new RegExp(`${CUE}\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}\\b(?:,?\\s+(\\d{4}))?`, 'gi'),
    read: (m) => ({ day: +m[1]!, month: MONTHS.indexOf(m[2]!.slice(0, 3).toLowerCase()) + 1, year: m[3] ? +m[3] : undefined }),
  },
  // A weekday alone ("until Friday"); a weekday followed by a date is read by the date patterns.
  { re: new RegExp(`${CUE}\\b(${WEEKDAYS.join('|')})\\b(?!,?\\s+(?:the\\s+)?\\d|,?\\s+${MONTH})`, 'gi'), read: (m) => ({ weekday: WEEKDAYS.indexOf(m[1]!.toLowerCase()) }) },
];

const MAY_HOLD_DATE = new RegExp(`\\d|\\b${MONTH}|day\\b`, 'i');
/** Results by deadline date and text: every dream role sharing a script asks the same question each minute. */
const datesRead = new Map<string, readonly string[]>();
const HAS_CUE = /\b(?:by|deadline|until|till|before|answer|respond|decide|due)\b/i;

/** The deadline's calendar date and weekday in its own zone (the board's rule). */
function deadlineDate(offer: Offer): { year: number; month: number; day: number; weekday: number } | undefined {
  const deadline = currentDeadline(offer);
  if (!deadline) return undefined;
  const at = new Date(deadline);
  if (Number.isNaN(at.getTime())) return undefined;
  const ymd = calendarDateIn(at, resolveTimeZone(offer.deadlineTimeZone, deadline).timeZone);
  const [year, month, day] = ymd.split('-').map(Number) as [number, number, number];
  return { year, month, day, weekday: new Date(Date.UTC(year, month - 1, day)).getUTCDay() };
}

/**
 * Literal dates (and weekdays) the text gives as a deadline that differ from
 * Plan B's deadline date, as typed (e.g. `["March 9"]`). Limits: English
 * month and weekday names and `YYYY-MM-DD` only; the date must follow a cue
 * word (by, deadline, until, before, answer, respond, decide, due) in the same
 * sentence; numeric dates like 3/9 are not read (their order is ambiguous).
 * `{{deadline}}` is always right, so it is never flagged.
 */
export function deadlineMismatches(text: string, plan: Pick<Plan, 'offers'>): string[] {
  const offer = planB(plan);
  // The date patterns look behind for a cue at every position, which is slow: most sentences hold no date at all.
  if (!offer || !MAY_HOLD_DATE.test(text) || !HAS_CUE.test(text)) return [];
  const target = deadlineDate(offer);
  if (!target) return [];
  const key = `${target.year}-${target.month}-${target.day}\u0000${text}`;
  const known = datesRead.get(key);
  if (known) return [...known];
  const found: string[] = [];
  for (const { re, read } of DATE_PATTERNS) {
    for (const m of text.matchAll(re)) {
      const d = read(m);
      const same = d.weekday !== undefined
        ? d.weekday === target.weekday
        : d.month === target.month && d.day === target.day && (d.year === undefined || d.year === target.year);
      const literal = m[0].trim();
      if (!same && !found.includes(literal)) found.push(literal);
    }
  }
  if (datesRead.size >= 300) datesRead.clear();
  datesRead.set(key, found);
  return [...found];
}
