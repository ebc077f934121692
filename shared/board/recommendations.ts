/**
 * Plain-language advice for the board: what to do next and why, most severe
 * first. The first rule is the product's hard rule (`heldOffer`): without a
 * real, live offer there is no leverage, the calls are check-ins, and no
 * Plan B advice appears. The user's own walk-away answers shape the rest.
 */
import type { DreamRole, Plan } from '../plan';
import { heldOffer } from '../offers/held-offer';
import { callOrder as computeCallOrder, type CallOrder, type CallOrderEntry } from './call-order';
import { deadlineStatus, type DeadlineStatus } from './deadline';
import { formatDate, listNames, plural } from './format';
import { roleName, WALK_AWAY_LABELS } from './labels';
import { afterCallAdvice } from './after-call';
import type { TimelineFit } from './timeline-fit';

export type Severity = 'critical' | 'warning' | 'info' | 'success';
export const SEVERITY_ORDER: readonly Severity[] = ['critical', 'warning', 'info', 'success'];

export interface Recommendation {
  /** Stable id, e.g. "no-offer" or "after-call:<roleId>". */
  id: string;
  severity: Severity;
  title: string;
  reason: string;
  /** The one role this concerns. */
  roleId?: string;
  /** Every role this concerns when it groups several. */
  roleIds?: string[];
}

/** Plan B's extension window commonly granted, in business days. */
export const EXTENSION_BUSINESS_DAYS = 5;

export interface RecommendationInput {
  plan: Plan;
  now: Date;
  locale?: string;
  /** Precomputed pieces (the board passes its own); computed when absent. */
  deadline?: DeadlineStatus;
  fits?: ReadonlyMap<string, TimelineFit>;
  callOrder?: CallOrder;
}

function group(roles: DreamRole[], id: string, severity: Severity, title: (names: string) => string, reason: string): Recommendation {
  const names = listNames(roles.map(roleName));
  const rec: Recommendation = { id, severity, title: title(names), reason, roleIds: roles.map((r) => r.id) };
  if (roles.length === 1) rec.roleId = roles[0]?.id;
  return rec;
}

/** The advice list, ordered by severity (stable within a severity). Never throws. */
export function recommendations(input: RecommendationInput): Recommendation[] {
  const { plan, now } = input;
  const locale = input.locale ?? 'en-US';
  const roles = plan.dreamRoles ?? [];
  const hold = heldOffer(plan, now);
  const deadline = input.deadline ?? deadlineStatus(hold.offer, now, locale);
  const order = input.callOrder ?? computeCallOrder(roles, deadline, input.fits, locale);
  const byId = new Map(roles.map((r) => [r.id, r]));
  const entries = order.entries.filter((e) => byId.has(e.roleId));
  const roleOf = (e: CallOrderEntry) => byId.get(e.roleId) as DreamRole;
  const toCall = entries.map(roleOf);
  const unemployed = plan.situation?.employment === 'unemployed';
  const out: Recommendation[] = [];

  if (!hold.held && hold.status === 'lapsed') {
    out.push({ id: 'deadline-passed', severity: 'critical', title: 'Plan B has lapsed: its deadline has passed', reason: `${deadline.detail} If they gave you more time, change the deadline on the Plan B offer to the new date. Until then, do not mention this offer on any call: calls are check-ins.` });
  } else if (!hold.held) {
    out.push({ id: 'no-offer', severity: 'critical', title: 'No offer held: your calls are check-ins', reason: `${hold.reason} Make a check-in call: say you are keen and ask when they will decide. Never suggest or imply you hold an offer.` });
  }
  if (unemployed) {
    out.push({ id: 'safety-net', severity: 'info', title: 'Safety net: take the first solid offer', reason: 'Without a current job, a solid offer in hand is usually the best move: accept it and keep your dream roles on watch. If one comes back after you start, still do what is best for your career.' });
  }
  if (hold.held && hold.form === 'verbal') {
    out.push({ id: 'verbal-offer', severity: unemployed ? 'critical' : 'warning', title: 'Get the verbal offer in writing first', reason: `A verbal offer can still change or vanish. Ask ${hold.offer.company.trim() || 'them'} to send it in writing before you mention it on a call${unemployed ? ': without a job, you cannot afford to lose it' : ''}.` });
  }
  if (hold.held) {
    const live = hold.offer.liveability?.answer ?? 'unanswered';
    if (live === 'no') out.push({ id: 'plan-b-not-liveable', severity: 'critical', title: 'Decide before calling: Plan B is not liveable', reason: 'You said you could not live with Plan B. If they tell you to take it, you would have nothing: an offer you would not accept is not leverage.' });
    else if (live !== 'yes') out.push({ id: 'plan-b-liveable-unsure', severity: 'warning', title: 'Decide before calling: can you live with Plan B?', reason: 'They may tell you to take the other offer. Before calling, be sure you would accept Plan B if they do.' });
    const undecided = toCall.filter((r) => r.walkAwayAnswer === 'undecided');
    if (undecided.length) out.push(group(undecided, 'walk-away-undecided', 'warning', (n) => `Decide your walk-away answer for ${n}`, 'Before calling, decide: if they cannot match your timeline, will you walk away and accept Plan B? Deciding now keeps you firm on the call.'));
    const dueNow = entries.filter((e) => (e.callBy.state === 'today' || e.callBy.state === 'late') && (roleOf(e).callLog ?? []).length === 0);
    if (dueNow.length) {
      const late = dueNow.some((e) => e.callBy.state === 'late');
      out.push(group(dueNow.map(roleOf), 'call-today', 'critical', (n) => `Call ${n} today`, `${late ? 'The last good day to call has passed for some of them' : 'Today is the last working day to call'}: after the call they need a few business days to answer before your deadline (${deadline.deadlineDisplay ?? 'not set'}).`));
    }
    const late = entries.filter((e) => e.fit.kind === 'needs-acceleration');
    const daysLate = (e: CallOrderEntry) => (e.fit.kind === 'needs-acceleration' ? e.fit.businessDaysLate : 0);
    const extend = late.filter((e) => daysLate(e) <= EXTENSION_BUSINESS_DAYS && roleOf(e).walkAwayAnswer !== 'accept-plan-b');
    if (extend.length) {
      const most = Math.max(...extend.map(daysLate));
      out.push(group(extend.map(roleOf), 'ask-extension', 'warning', () => 'Ask Plan B for a few more days', `${listNames(extend.map((e) => roleName(roleOf(e))))} expect${extend.length === 1 ? 's' : ''} to decide within ${plural(most, 'business day')} after your deadline. A 3 to 5 business-day extension is commonly granted; ask early and politely.`));
    }
    const far = late.filter((e) => !extend.includes(e));
    if (far.length) {
      const shots = far.filter((e) => e.longShot).length;
      out.push(group(far.map(roleOf), 'needs-acceleration', 'warning', (n) => `Ask ${n} to move faster`, `Their decision lands after your deadline${far.some((e) => daysLate(e) > EXTENSION_BUSINESS_DAYS) ? ', more than an extension usually covers' : ''}${shots ? ` (${shots === far.length ? 'a long shot' : `${shots} of them long shots`}: call them after the others)` : ''}. Make the call; if they cannot move, follow your walk-away answer.`));
    }
    const waiting = toCall.filter((r) => r.walkAwayAnswer === 'keep-waiting');
    if (unemployed && waiting.length) {
      out.push(group(waiting, 'safety-net-waiting', 'warning', (n) => `Without a job, think twice before waiting for ${n}`, `You chose to keep waiting if they cannot match your timeline, which lets Plan B lapse. Without a current job a careful adviser would secure Plan B first and keep ${waiting.length === 1 ? 'this role' : 'these roles'} on watch.`));
    }
  }
  const overdue = entries.filter((e) => e.overdue);
  if (overdue.length) {
    const dates = overdue.map((e) => `${roleName(roleOf(e))} (${formatDate(roleOf(e).timeline?.expectedDecisionOn, locale)})`);
    out.push(group(overdue.map(roleOf), 'overdue', 'warning', (n) => `Overdue: follow up with ${n}`, `Their expected decision date has passed with no answer recorded: ${listNames(dates)}. Call to ask where the decision stands.`));
  }
  const remaining = toCall.length;
  for (const role of roles) {
    const advice = afterCallAdvice(role, { held: hold.held, remaining, locale, walkAway: WALK_AWAY_LABELS[role.walkAwayAnswer] ?? 'Undecided' });
    if (advice) out.push(advice);
  }
  if (hold.held && roles.length > 0 && remaining === 0) {
    out.push({ id: 'no-calls-left', severity: 'info', title: 'No dream role needs a call', reason: 'Every dream role is closed or has answered. Compare any offer you received with Plan B; otherwise accept Plan B with clarity.' });
  }
  if (roles.length === 0) {
    out.push({ id: 'no-dream-roles', severity: 'info', title: 'Add the roles you still hope for', reason: 'Add each employer you prefer and are still interviewing with, so the board can plan the calls.' });
  }
  if (hold.held && !out.some((r) => r.severity === 'critical' || r.severity === 'warning') && remaining) {
    out.push({ id: 'ready', severity: 'success', title: `You are ready to make the ${remaining === 1 ? 'call' : 'calls'}`, reason: 'You hold a real offer, you can live with it, and you know what you will do whatever they answer. Call in the order shown.' });
  }
  return out
    .map((r, i) => ({ r, i }))
    .sort((a, b) => SEVERITY_ORDER.indexOf(a.r.severity) - SEVERITY_ORDER.indexOf(b.r.severity) || a.i - b.i)
    .map((x) => x.r);
}
