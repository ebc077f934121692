/**
 * Everything the scenario board shows, computed in one pass from the plan.
 * The UI only renders this object; it never recomputes domain rules.
 */
import { planB, type Call, type Contact, type DreamRole, type Plan, type Stage, type WalkAwayAnswer } from '../plan';
import { latestCall } from './call-log';
import { callOrderAfterDecision, callOrder as computeCallOrder, type CallOrder, type CallOrderEntry } from './call-order';
import { acceptedOffer, offerName } from '../offers/decision';
import type { CallBy } from './call-by';
import { greenLightNextStep } from './after-call';
import { BASIS_LABELS, compareCompensation, compensationTotals, moneyContext, onChosenBasis, type Basis, type CompensationDifference, type CompensationTotals, type MoneyDifference } from './compensation';
import { compareScores, rankByScore, weightedScore, type RankedOption, type ScoreDifference, type WeightedScore } from './criteria';
import { deadlineStatus, type DeadlineStatus } from './deadline';
import { formatMoney, safeLocale } from './format';
import { LIVEABILITY_LABELS, OUTCOME_LABELS, roleName, STAGE_LABELS, WALK_AWAY_LABELS } from './labels';
import { callTarget, defaultScriptCheck, offerHeld, needsCallReadiness, roleReadiness, type Readiness, type ScriptCheck } from './readiness';
import { recommendations, type Recommendation } from './recommendations';
import { comparisonTable, type ComparisonTable } from './comparison-table';
import { timelineFit, type TimelineFit } from './timeline-fit';
import { boardTimeline, type BoardTimeline } from './board-timeline';
import { boardToday, negotiation, roleProgress, type Negotiation, type RoleProgress } from './negotiation';
import { expectedDecisionChanges } from './role-progress';

export interface BoardOptions {
  now: Date;
  /** BCP 47 locale for money and dates; invalid or missing → en-US. */
  locale?: string;
  /** The scripts feature's completeness check; defaults to "has a body". */
  scriptCheck?: ScriptCheck;
}

export interface MoneyDisplay {
  firstYear: string;
  fourYearAverage: string;
  /** Year 1 to year 4. */
  years: string[];
  /** The exchange rate and its date, or why the figures are in another currency; null in the display currency. */
  rateNote: string | null;
}

export interface PlanBCard {
  offerId: string;
  company: string;
  role: string;
  form: 'written' | 'verbal';
  receivedOn: string | null;
  startDate: string | null;
  location: string;
  deadline: DeadlineStatus;
  compensation: CompensationTotals;
  /** Totals formatted; a total with unknown parts reads "at least …". */
  compensationDisplay: MoneyDisplay;
  liveability: { answer: 'unanswered' | 'yes' | 'unsure' | 'no'; label: string; dealBreakers: string };
  score: WeightedScore;
  rank: RankedOption | null;
}

export interface RoleCard {
  roleId: string;
  company: string;
  role: string;
  /** Company, or a stand-in when blank, for sentences and headings. */
  name: string;
  priority: number;
  stage: Stage;
  stageLabel: string;
  /** 1-based place in the call order, `null` when the role needs no call. */
  callPosition: number | null;
  /** The last working day to call them so their answer can come before the deadline (`none` when no call is needed). */
  callBy: CallBy;
  /** Their expected decision date has passed with no answer: follow up. */
  overdue: boolean;
  /** The call-order sentence, or why no call is needed. */
  callReason: string;
  contact: Contact | null;
  phone: string | null;
  contactReason: string;
  /** Their expected decision date as recorded (may be invalid or absent). */
  expectedDecisionOn: string | null;
  /** Their stated timeline, in the user's words. */
  timelineStated: string;
  /** The earlier expected decision dates and what moved each, newest first, in words. */
  expectedDecisionChanges: string[];
  fit: TimelineFit;
  readiness: Readiness;
  /** False once there is no call left to prepare for (plan decided, role withdrawn or closed): the checklist folds away. */
  callReadinessNeeded: boolean;
  compensation: CompensationTotals;
  compensationDisplay: MoneyDisplay;
  compensationDifference: CompensationDifference;
  /** The difference on the basis the user picked, with the basis named. */
  payVsPlanB: { basis: Basis; label: string; difference: MoneyDifference };
  score: WeightedScore;
  scoreDifference: ScoreDifference;
  rank: RankedOption | null;
  walkAwayAnswer: WalkAwayAnswer;
  walkAwayLabel: string;
  latestCall: Call | null;
  /** "Immediate offer" etc. once called; `null` before. */
  outcomeLabel: string | null;
  /** The next thing to do for this role, in words. */
  nextStep: string;
  /** Its stage's age, its news, what its latest call suggests. */
  progress: RoleProgress;
}

export interface Board {
  /** `now` as ISO, so a rendered board says when it was computed. */
  computedAt: string;
  locale: string;
  currency: string;
  /** What "vs Plan B" compares, as the user picked, and its name for the screen and the call sheet. */
  compareOn: Basis;
  compareOnLabel: string;
  employment: 'employed' | 'unemployed';
  /** True when unemployed: show the safety-net banner. */
  safetyNet: boolean;
  offerHeld: { ok: boolean; reason: string };
  planB: PlanBCard | null;
  deadline: DeadlineStatus;
  /** Roles needing a call in call order, then the others (closed, decided) in plan order. */
  roles: RoleCard[];
  callOrder: CallOrder;
  timeline: BoardTimeline;
  table: ComparisonTable;
  recommendations: Recommendation[];
  /** Every offer with its current deadline, the suggested Plan B, the decision. */
  negotiation: Negotiation;
}

const NO_CALL_BY: CallBy = { state: 'none', date: null, businessDaysLeft: null, label: 'No call needed', reason: 'This role needs no call.' };

/** Totals formatted; a total with unknown parts reads "at least …", none at all "Unknown". */
export function moneyDisplay(t: CompensationTotals, locale: string): MoneyDisplay {
  const show = (x: CompensationTotals['firstYear']) => {
    if (x.known) return formatMoney(x.amount, t.currency, locale);
    return x.amount > 0 ? `at least ${formatMoney(x.amount, t.currency, locale)}` : 'Unknown';
  };
  return { firstYear: show(t.firstYear), fourYearAverage: show(t.fourYearAverage), years: t.years.map(show), rateNote: t.rateNote };
}

interface StepInput {
  role: DreamRole;
  readiness: Readiness;
  entry: CallOrderEntry | undefined;
  excludedReason: string | null;
  last: Call | null;
  target: ReturnType<typeof callTarget>;
  held: boolean;
  hasPlanB: boolean;
  remaining: number;
  planBId: string | null;
}

function nextStep({ role, readiness, entry, excludedReason, last, target, held, hasPlanB, remaining, planBId }: StepInput): string {
  if (role.withdrawnOn) return 'Nothing to do: you withdrew from this role.';
  if (role.offerId && role.offerId === planBId) return 'Their offer is your Plan B: the calls to the other roles lean on it.';
  if (role.offerId) return 'Their offer is recorded with your offers: compare it there, and make it your Plan B if it is the one to lean on.';
  if (last?.outcome === 'green-light') return greenLightNextStep(held, remaining);
  if (role.stage === 'closed') return 'Nothing to do: this role is closed.';
  if (last?.outcome === 'immediate-offer' || role.stage === 'offer') {
    return hasPlanB ? 'Compare their offer with Plan B and ask for it in writing.' : 'Ask for their offer in writing, with the date they need your answer, and record it as your offer.';
  }
  if (excludedReason) return excludedReason;
  const who = target.contact ? `${target.contact.name.trim() || 'them'}${target.phone ? ` on ${target.phone}` : ''}` : 'them';
  if (!held) {
    const gap = readiness.items.find((i) => !i.ok && (i.key === 'phone' || i.key === 'script'));
    if (gap) return `Before the check-in call: ${gap.reason}`;
    return `Call ${who} to check in: say you are keen and ask when they will decide. Mention no offer.`;
  }
  if (last?.outcome === 'non-answer') return 'Ask once for a concrete date; otherwise plan as if it is a no and follow your walk-away answer.';
  const gap = readiness.items.find((i) => i.applies && !i.ok);
  if (gap) return `Before calling: ${gap.reason}`;
  if (entry?.overdue) return `Overdue: call ${who} and ask where the decision stands.`;
  if (entry && (entry.callBy.state === 'today' || entry.callBy.state === 'late')) return `Call ${who} today: ${entry.callBy.reason}`;
  return target.contact ? `Call ${who}.` : 'Make the call.';
}

/** The whole board for one plan at `now`. Never throws on a partial plan. */
export function computeBoard(plan: Plan, options: BoardOptions): Board {
  const { now } = options;
  const locale = safeLocale(options.locale);
  const check = options.scriptCheck ?? defaultScriptCheck;
  const money = moneyContext(plan);
  const { currency } = money;
  const compareOn: Basis = plan.situation?.compareOn === 'four-year-average' ? 'four-year-average' : 'first-year';
  const criteria = plan.criteria ?? [];
  const roles = plan.dreamRoles ?? [];
  const offer = planB({ offers: plan.offers ?? [] }) ?? null;
  const deadline = deadlineStatus(offer, now, locale);
  const fits = new Map<string, TimelineFit>(roles.map((r) => [r.id, timelineFit(r, deadline)]));
  const decided = acceptedOffer({ offers: plan.offers ?? [] });
  const order = decided ? callOrderAfterDecision(roles, offerName(decided)) : computeCallOrder(roles, deadline, fits, locale);
  const held = offerHeld(plan, now);
  const planBScore = offer ? weightedScore(offer.scores, criteria) : null;
  const scores = new Map(roles.map((r) => [r.id, weightedScore(r.scores, criteria)]));
  const ranks = new Map(rankByScore([...(offer && planBScore ? [{ id: offer.id, score: planBScore.score }] : []), ...roles.map((r) => ({ id: r.id, score: scores.get(r.id)?.score ?? null }))]).map((x) => [x.id, x]));

  const today = boardToday(plan, now);
  const talks = negotiation(plan, now, locale);
  const toWithdraw = new Set(talks.decision?.todo.flatMap((t) => (t.kind === 'withdraw' ? [t.roleId] : [])) ?? []);
  const accepted = talks.decision?.offer.company.trim() || 'an offer';
  const planBTotals = offer ? compensationTotals(offer.compensation, money) : null;
  const positions = new Map(order.entries.map((e) => [e.roleId, e]));
  const excluded = new Map(order.excluded.map((e) => [e.roleId, e.reason]));
  const card = (role: DreamRole): RoleCard => {
    const score = scores.get(role.id) as WeightedScore;
    const comp = compensationTotals(role.estimatedCompensation, money);
    const difference = compareCompensation(comp, planBTotals);
    const target = callTarget(role);
    const readiness = roleReadiness(role, plan, now, check);
    const callAhead = needsCallReadiness(role, plan);
    const last = latestCall(role);
    const entry = positions.get(role.id);
    return {
      roleId: role.id, company: role.company, role: role.role, name: roleName(role), priority: role.priority, stage: role.stage,
      stageLabel: STAGE_LABELS[role.stage] ?? role.stage, callPosition: entry?.position ?? null, callBy: entry?.callBy ?? NO_CALL_BY, overdue: entry?.overdue ?? false,
      callReason: entry?.explanation ?? excluded.get(role.id) ?? '', contact: target.contact, phone: target.phone, contactReason: target.reason,
      expectedDecisionOn: role.timeline?.expectedDecisionOn ?? null, timelineStated: role.timeline?.stated ?? '', expectedDecisionChanges: expectedDecisionChanges(role, locale),
      fit: fits.get(role.id) as TimelineFit, readiness, callReadinessNeeded: callAhead, compensation: comp, compensationDisplay: moneyDisplay(comp, locale),
      compensationDifference: difference, payVsPlanB: { basis: compareOn, label: BASIS_LABELS[compareOn], difference: onChosenBasis(difference, compareOn) }, score,
      scoreDifference: compareScores(score, planBScore), rank: ranks.get(role.id) ?? null,
      walkAwayAnswer: role.walkAwayAnswer, walkAwayLabel: WALK_AWAY_LABELS[role.walkAwayAnswer] ?? 'Undecided',
      latestCall: last, outcomeLabel: last ? OUTCOME_LABELS[last.outcome] : null,
      nextStep: toWithdraw.has(role.id)
        ? `You accepted ${accepted}: withdraw from this role and stay in touch (the words are under Decided, at the top of the board).`
        : nextStep({ role, readiness, entry, excludedReason: excluded.get(role.id) ?? null, last, target, held: held.ok, hasPlanB: offer !== null, remaining: order.entries.length, planBId: offer?.id ?? null }),
      progress: roleProgress(role, today, callAhead),
    };
  };
  const byId = new Map(roles.map((r) => [r.id, r]));
  const ordered = [
    ...order.entries.map((e) => byId.get(e.roleId) as DreamRole),
    ...roles.filter((r) => !positions.has(r.id)),
  ];
  const cards = ordered.map(card);

  let planBCard: PlanBCard | null = null;
  if (offer && planBScore) {
    const comp = planBTotals as CompensationTotals;
    const answer = offer.liveability?.answer ?? 'unanswered';
    planBCard = {
      offerId: offer.id, company: offer.company, role: offer.role, form: offer.form, receivedOn: offer.receivedOn, startDate: offer.startDate,
      location: offer.location, deadline, compensation: comp, compensationDisplay: moneyDisplay(comp, locale),
      liveability: { answer, label: LIVEABILITY_LABELS[answer], dealBreakers: offer.liveability?.dealBreakers ?? '' },
      score: planBScore, rank: ranks.get(offer.id) ?? null,
    };
  }
  const employment = plan.situation?.employment === 'unemployed' ? 'unemployed' : 'employed';
  return {
    computedAt: now.toISOString(), locale, currency, compareOn, compareOnLabel: BASIS_LABELS[compareOn], employment, safetyNet: employment === 'unemployed', offerHeld: held,
    planB: planBCard, deadline, roles: cards, callOrder: order,
    timeline: boardTimeline(deadline, cards),
    table: comparisonTable(planBCard, cards, criteria, offer?.scores ?? null, roles, { currency, locale, compareOn }),
    // Once decided, the advice before the decision no longer applies: what is left to do is the decision's list.
    recommendations: talks.decision ? [] : recommendations({ plan, now, locale, deadline, fits, callOrder: order }),
    negotiation: talks,
  };
}
