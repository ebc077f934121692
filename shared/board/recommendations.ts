/**
 * Plain-language advice for the board: what to do next and why, most severe
 * first. The first rule is the product's hard rule: without a real offer there
 * is no leverage, and the user never implies one.
 */
import { planB, type DreamRole, type Plan } from '../plan';
import { latestCall } from './call-log';
import { callOrder as computeCallOrder, type CallOrder } from './call-order';
import { deadlineStatus, URGENT_DAYS, type DeadlineStatus } from './deadline';
import { formatDate, listNames, plural } from './format';
import { roleName, WALK_AWAY_LABELS } from './labels';
import { offerHeld } from './readiness';
import { timelineFit, type TimelineFit } from './timeline-fit';

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
  const offer = planB({ offers: plan.offers ?? [] });
  const roles = plan.dreamRoles ?? [];
  const deadline = input.deadline ?? deadlineStatus(offer, now, locale);
  const fitOf = (r: DreamRole) => input.fits?.get(r.id) ?? timelineFit(r, deadline);
  const order = input.callOrder ?? computeCallOrder(roles, deadline, input.fits);
  const byId = new Map(roles.map((r) => [r.id, r]));
  const toCall = order.entries.map((e) => byId.get(e.roleId)).filter((r): r is DreamRole => r !== undefined);
  const held = offerHeld(plan, now);
  const out: Recommendation[] = [];

  if (deadline.state === 'passed') {
    out.push({ id: 'deadline-passed', severity: 'critical', title: 'The Plan B deadline has passed', reason: `${deadline.detail} If they extended it, record the new deadline; otherwise do not mention this offer on any call.` });
  } else if (!held.ok) {
    out.push({ id: 'no-offer', severity: 'critical', title: 'No offer held: no leverage yet', reason: `${held.reason} Call for a check-in instead: say you are keen and ask about their timeline. Never suggest or imply you hold an offer.` });
  }
  if (plan.situation?.employment === 'unemployed') {
    out.push({ id: 'safety-net', severity: 'info', title: 'Safety net: take the first solid offer', reason: 'Without a current job, a solid offer in hand is usually the best move: accept it and keep your dream roles on watch. If one comes back after you start, still do what is best for your career.' });
  }
  if (offer && held.ok) {
    const live = offer.liveability?.answer ?? 'unanswered';
    if (live === 'no') out.push({ id: 'plan-b-not-liveable', severity: 'critical', title: 'Decide before calling: Plan B is not liveable', reason: 'You said you could not live with Plan B. If they tell you to take it, you would have nothing: an offer you would not accept is not leverage.' });
    else if (live !== 'yes') out.push({ id: 'plan-b-liveable-unsure', severity: 'warning', title: 'Decide before calling: can you live with Plan B?', reason: 'They may tell you to take the other offer. Before calling, be sure you would accept Plan B if they do.' });
  }
  const undecided = toCall.filter((r) => r.walkAwayAnswer === 'undecided');
  if (undecided.length) {
    out.push(group(undecided, 'walk-away-undecided', 'warning', (n) => `Decide your walk-away answer for ${n}`, 'Before calling, decide: if they cannot match your timeline, will you walk away and accept Plan B? Deciding now keeps you firm on the call.'));
  }
  const notCalled = toCall.filter((r) => (r.callLog ?? []).length === 0);
  if (held.ok && (deadline.state === 'today' || (deadline.state === 'upcoming' && (deadline.calendarDaysLeft ?? Infinity) <= URGENT_DAYS)) && notCalled.length) {
    const left = deadline.state === 'today' ? 'today' : `in ${plural(deadline.calendarDaysLeft ?? 0, 'day')}`;
    out.push(group(notCalled, 'call-today', 'critical', (n) => `Call ${n} today`, `Your Plan B deadline is ${left} and these calls are not made yet. Call today so they have time to move.`));
  }
  if (held.ok) {
    const late = toCall.map((r) => ({ r, fit: fitOf(r) })).filter((x): x is { r: DreamRole; fit: Extract<TimelineFit, { kind: 'needs-acceleration' }> } => x.fit.kind === 'needs-acceleration');
    const almost = late.filter((x) => x.fit.businessDaysLate <= EXTENSION_BUSINESS_DAYS);
    if (almost.length) {
      const most = Math.max(...almost.map((x) => x.fit.businessDaysLate));
      out.push(group(almost.map((x) => x.r), 'ask-extension', 'warning', () => 'Ask Plan B for a few more days', `${listNames(almost.map((x) => roleName(x.r)))} expect${almost.length === 1 ? 's' : ''} to decide within ${plural(most, 'business day')} after your deadline. A 3 to 5 business-day extension is commonly granted; ask early and politely.`));
    }
    const far = late.filter((x) => x.fit.businessDaysLate > EXTENSION_BUSINESS_DAYS);
    if (far.length) {
      out.push(group(far.map((x) => x.r), 'needs-acceleration', 'warning', (n) => `Ask ${n} to move faster`, 'Their decision lands well after your deadline, more than an extension usually covers. Make the call; if they cannot move, follow your walk-away answer.'));
    }
  }
  for (const role of roles) {
    const last = latestCall(role);
    if (!last || role.stage === 'closed') continue;
    const name = roleName(role);
    if (last.outcome === 'immediate-offer') {
      out.push({ id: `after-call:${role.id}`, roleId: role.id, severity: 'success', title: `${name} made an offer: compare it and get it in writing`, reason: 'Compare it with Plan B on the board, ask for the offer in writing, and settle the start date and when they need your answer.' });
    } else if (last.outcome === 'non-answer') {
      const follow = last.followUpOn ? ` You planned to follow up on ${formatDate(last.followUpOn, locale)}.` : '';
      out.push({ id: `after-call:${role.id}`, roleId: role.id, severity: 'warning', title: `${name} gave a non-answer: ask once for a date`, reason: `Ask once for a concrete decision date. Without one, plan as if it is a no by your deadline and follow your walk-away answer (${WALK_AWAY_LABELS[role.walkAwayAnswer] ?? 'Undecided'}).${follow}` });
    } else {
      out.push({ id: `after-call:${role.id}`, roleId: role.id, severity: 'info', title: `${name} gave the green light: accept Plan B with clarity`, reason: 'It is disappointing, but it gives you clarity. Accept Plan B without lingering what-ifs, thank them, and close this role on the board.' });
    }
  }
  if (held.ok && roles.length > 0 && toCall.length === 0) {
    out.push({ id: 'no-calls-left', severity: 'info', title: 'No dream role needs a call', reason: 'Every dream role is closed or has answered. Compare any offer you received with Plan B; otherwise accept Plan B with clarity.' });
  }
  if (offer && roles.length === 0) {
    out.push({ id: 'no-dream-roles', severity: 'info', title: 'Add the roles you still hope for', reason: 'Add each employer you prefer and are still interviewing with, so the board can plan the calls.' });
  }
  if (held.ok && !out.some((r) => r.severity === 'critical' || r.severity === 'warning') && toCall.length) {
    out.push({ id: 'ready', severity: 'success', title: 'You are ready to make the calls', reason: 'You hold a real offer, you can live with it, and you know what you will do whatever they answer. Call in the order shown.' });
  }
  return out
    .map((r, i) => ({ r, i }))
    .sort((a, b) => SEVERITY_ORDER.indexOf(a.r.severity) - SEVERITY_ORDER.indexOf(b.r.severity) || a.i - b.i)
    .map((x) => x.r);
}
