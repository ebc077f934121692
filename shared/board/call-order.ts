/**
 * Whom to call first. Your most wanted roles come first: the order follows
 * your priority rank, so the top choice is never pushed down by a role that
 * is merely late. Within a rank, the role whose call-by date comes first goes
 * first, then later stages, earlier expected decisions, company name. Long
 * shots (a decision more than two working weeks after your deadline, which a
 * call rarely closes) go last. An employer whose decision date has passed is
 * called in its place and marked "overdue: follow up". Each place is explained.
 */
import { STAGES, type DreamRole } from '../plan';
import { latestCall } from './call-log';
import { callBy as computeCallBy, type CallBy } from './call-by';
import type { DeadlineStatus } from './deadline';
import { formatDate, ordinal, plural } from './format';
import { STAGE_LABELS } from './labels';
import { timelineFit, type TimelineFit } from './timeline-fit';
import { dayNumber } from './zoned-date';

/** A decision more than this many business days after the deadline makes a role a long shot. */
export const LONG_SHOT_BUSINESS_DAYS = 10;

export interface CallOrderEntry {
  roleId: string;
  /** 1 = call first. */
  position: number;
  fit: TimelineFit;
  callBy: CallBy;
  /** Their decision date has passed with no answer: follow up. */
  overdue: boolean;
  longShot: boolean;
  /** Why this place, e.g. "Call first: their decision lands 4 days after your deadline (priority 1, final round; call by Thu, Dec 3)." */
  explanation: string;
}

export interface CallOrder {
  entries: CallOrderEntry[];
  /** Roles that need no call, with the reason. */
  excluded: { roleId: string; reason: string }[];
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
const stageIndex = (s: string) => Math.max(0, (STAGES as readonly string[]).indexOf(s));

/** Why a role needs no leverage call, or `null` when it does. */
export function noCallReason(role: DreamRole): string | null {
  const last = latestCall(role)?.outcome;
  if (last === 'green-light') return 'They gave you the green light to accept the offer you hold.';
  if (role.stage === 'closed') return 'This role is closed.';
  if (last === 'immediate-offer') return 'They made you an offer on the call: compare it with Plan B.';
  if (role.stage === 'offer') return 'They have already made you an offer: compare it with Plan B.';
  return null;
}

export function isLongShot(fit: TimelineFit): boolean {
  return fit.kind === 'needs-acceleration' && fit.businessDaysLate > LONG_SHOT_BUSINESS_DAYS;
}

function describe(role: DreamRole, fit: TimelineFit, callBy: CallBy, overdue: boolean, position: number, locale: string): string {
  const pr = Number.isFinite(role.priority) ? `priority ${role.priority}` : 'no priority';
  const when = callBy.state === 'none' ? '' : `; ${callBy.label.charAt(0).toLowerCase()}${callBy.label.slice(1)}`;
  const context = `(${pr}, ${(STAGE_LABELS[role.stage] ?? role.stage).toLowerCase()}${when})`;
  const expected = role.timeline?.expectedDecisionOn ?? null;
  let main: string;
  if (isLongShot(fit) && fit.kind === 'needs-acceleration') main = `a long shot: their decision lands ${plural(fit.daysLate, 'day')} after your deadline, more than a call usually closes`;
  else if (fit.kind === 'needs-acceleration') main = `their decision lands ${plural(fit.daysLate, 'day')} after your deadline, so ask them to move`;
  else if (overdue) main = `overdue: follow up, their decision date (${formatDate(expected, locale)}) has passed with no answer`;
  else if (fit.kind === 'fits') main = fit.daysToSpare ? `their decision should land ${plural(fit.daysToSpare, 'day')} before your deadline, so the call confirms it` : 'their decision is due on your deadline day, so confirm it';
  else if (expected && dayNumber(expected) !== null) main = `they expect to decide by ${formatDate(expected, locale)}, so ask whether that still holds`;
  else main = 'their timeline is unknown, so ask when they will decide';
  const followUp = latestCall(role)?.outcome === 'non-answer' ? '; their last answer was a non-answer, so ask once for a date' : '';
  return `Call ${ordinal(position)}: ${main} ${context}${followUp}.`;
}

/**
 * The call order once an offer is accepted: no leverage or check-in call is
 * left, so every role needs none (what is left is the Decided card's list),
 * and the badges, call-by dates, call sheets and "next call" all agree.
 */
export function callOrderAfterDecision(roles: readonly Pick<DreamRole, 'id'>[], accepted: string): CallOrder {
  return { entries: [], excluded: roles.map((r) => ({ roleId: r.id, reason: `No call needed: you accepted ${accepted}.` })) };
}

/**
 * The suggested call order over the plan's dream roles. Pass `fits` when
 * already computed (the board does) to avoid recomputing. Never throws.
 */
export function callOrder(roles: readonly DreamRole[], deadline: DeadlineStatus, fits?: ReadonlyMap<string, TimelineFit>, locale = 'en-US'): CallOrder {
  const excluded: CallOrder['excluded'] = [];
  type Candidate = { role: DreamRole; fit: TimelineFit; callBy: CallBy; longShot: boolean; overdue: boolean; byDay: number; decision: number; index: number };
  const today = dayNumber(deadline.todayDate) ?? -Infinity;
  const candidates: Candidate[] = [];
  (roles ?? []).forEach((role, index) => {
    const reason = noCallReason(role);
    if (reason) {
      excluded.push({ roleId: role.id, reason });
      return;
    }
    const fit = fits?.get(role.id) ?? timelineFit(role, deadline);
    const by = computeCallBy(role.stage, deadline, locale);
    const decision = dayNumber(role.timeline?.expectedDecisionOn) ?? Infinity;
    candidates.push({ role, fit, callBy: by, longShot: isLongShot(fit), overdue: decision < today, byDay: dayNumber(by.date) ?? Infinity, decision, index });
  });
  const prio = (c: Candidate) => (Number.isFinite(c.role.priority) ? c.role.priority : Infinity);
  candidates.sort((a, b) => {
    if (a.longShot !== b.longShot) return a.longShot ? 1 : -1;
    if (prio(a) !== prio(b)) return prio(a) < prio(b) ? -1 : 1;
    if (a.byDay !== b.byDay) return a.byDay < b.byDay ? -1 : 1;
    const stage = stageIndex(b.role.stage) - stageIndex(a.role.stage);
    if (stage) return stage;
    if (a.decision !== b.decision) return a.decision < b.decision ? -1 : 1;
    return collator.compare(a.role.company ?? '', b.role.company ?? '') || a.index - b.index;
  });
  const entries = candidates.map((c, i) => ({
    roleId: c.role.id, position: i + 1, fit: c.fit, callBy: c.callBy, longShot: c.longShot,
    overdue: c.overdue, explanation: describe(c.role, c.fit, c.callBy, c.overdue, i + 1, locale),
  }));
  return { entries, excluded };
}
