/**
 * Whom to call first. Roles that need acceleration come first (their decision
 * lands after the deadline), then by the user's priority rank, later stages
 * before earlier ones, earlier expected decisions first, then company name.
 * Each place is explained in a sentence.
 */
import { STAGES, type DreamRole } from '../plan';
import { latestCall } from './call-log';
import type { DeadlineStatus } from './deadline';
import { ordinal, plural } from './format';
import { STAGE_LABELS } from './labels';
import { timelineFit, type TimelineFit } from './timeline-fit';
import { dayNumber } from './zoned-date';

export interface CallOrderEntry {
  roleId: string;
  /** 1 = call first. */
  position: number;
  fit: TimelineFit;
  /** Why this place, e.g. "Call first: their decision lands 4 days after your deadline (priority 1, final round)." */
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
  if (role.stage === 'closed') return 'This role is closed.';
  const last = latestCall(role)?.outcome;
  if (last === 'green-light') return 'They gave you the green light to accept Plan B.';
  if (last === 'immediate-offer') return 'They made you an offer on the call: compare it with Plan B.';
  if (role.stage === 'offer') return 'They have already made you an offer: compare it with Plan B.';
  return null;
}

function describe(role: DreamRole, fit: TimelineFit, position: number): string {
  const pr = Number.isFinite(role.priority) ? `priority ${role.priority}` : 'no priority';
  const context = `(${pr}, ${(STAGE_LABELS[role.stage] ?? role.stage).toLowerCase()})`;
  let main: string;
  if (fit.kind === 'needs-acceleration') main = `their decision lands ${plural(fit.daysLate, 'day')} after your deadline`;
  else if (fit.kind === 'fits' && fit.overdue) main = 'their expected decision date has passed, so check in';
  else if (fit.kind === 'fits') main = fit.daysToSpare ? `their decision should land ${plural(fit.daysToSpare, 'day')} before your deadline, so the call confirms it` : 'their decision is due on your deadline day, so confirm it';
  else main = 'their timeline is unknown, so ask when they will decide';
  const followUp = latestCall(role)?.outcome === 'non-answer' ? '; their last answer was a non-answer, so ask once for a date' : '';
  return `Call ${ordinal(position)}: ${main} ${context}${followUp}.`;
}

/**
 * The suggested call order over the plan's dream roles. Pass `fits` when
 * already computed (the board does) to avoid recomputing. Never throws.
 */
export function callOrder(roles: readonly DreamRole[], deadline: DeadlineStatus, fits?: ReadonlyMap<string, TimelineFit>): CallOrder {
  const excluded: CallOrder['excluded'] = [];
  const candidates: { role: DreamRole; fit: TimelineFit; decision: number; index: number }[] = [];
  (roles ?? []).forEach((role, index) => {
    const reason = noCallReason(role);
    if (reason) {
      excluded.push({ roleId: role.id, reason });
      return;
    }
    const fit = fits?.get(role.id) ?? timelineFit(role, deadline);
    candidates.push({ role, fit, decision: dayNumber(role.timeline?.expectedDecisionOn) ?? Infinity, index });
  });
  candidates.sort((a, b) => {
    const accel = Number(b.fit.kind === 'needs-acceleration') - Number(a.fit.kind === 'needs-acceleration');
    if (accel) return accel;
    const pa = Number.isFinite(a.role.priority) ? a.role.priority : Infinity;
    const pb = Number.isFinite(b.role.priority) ? b.role.priority : Infinity;
    if (pa !== pb) return pa < pb ? -1 : 1;
    const stage = stageIndex(b.role.stage) - stageIndex(a.role.stage);
    if (stage) return stage;
    if (a.decision !== b.decision) return a.decision < b.decision ? -1 : 1;
    return collator.compare(a.role.company ?? '', b.role.company ?? '') || a.index - b.index;
  });
  const entries = candidates.map((c, i) => ({ roleId: c.role.id, position: i + 1, fit: c.fit, explanation: describe(c.role, c.fit, i + 1) }));
  return { entries, excluded };
}
