/**
 * What one call sheet prints, computed from the plan and its board. Pure:
 * the sheet components only lay this out. Every field that may be missing
 * says so in words, so a partial plan still prints a useful sheet.
 */
import { differenceText, type Board, type RoleCard } from '@shared/board';
import { formatMoney } from '@shared/board/format';
import { planB, type Plan, type Script } from '@shared/plan';
import { heldOffer } from '@shared/offers/held-offer';
import { honestyCheck } from '@shared/scripts/honesty';
import { placeholderContext, type PlaceholderContext } from '@shared/scripts/placeholders';
import { BRANCH_KEYS, BRANCH_LABELS, TEMPLATES, type BranchKey } from '@shared/scripts/templates';
import { directAsk, piecesText, printablePieces, type Piece } from './sheet-text';

/** The three reminders, in the product's own words. */
export const REMINDERS = [
  'Call, do not email: their tone of voice tells you how keen they are and how fast they can move.',
  'Be transparent, warm and firm: say what is true, say you would rather join them, and ask plainly.',
  'Claim nothing you do not hold: mention only the offer you really have, with its real deadline.',
] as const;

export interface SheetOutcome {
  key: BranchKey;
  label: string;
  say: Piece[];
  nextSteps: Piece[];
}

/** Which script the sheet prints and why. */
export type SheetScriptSource =
  | { kind: 'own'; name: string }
  /** The role has no script (or an empty one): the built-in template is printed instead. */
  | { kind: 'template'; reason: string; name: string }
  /** The honesty guard refused the role's script: the check-in template is printed instead. */
  | { kind: 'blocked'; reason: string; name: string };

export interface CallSheetData {
  roleId: string;
  company: string;
  roleTitle: string;
  /** 1-based place in the call order, or null when the role needs no call. */
  callPosition: number | null;
  contact: { name: string; title: string; phone: string; missing: string[] };
  deadline: { display: string | null; daysLeft: number | null; label: string; lapsed: boolean };
  /** The last working day to call them so their answer can come in time (the board's rule); `null` without one. */
  callBy: { label: string; late: boolean } | null;
  goal: string;
  reminders: readonly string[];
  source: SheetScriptSource;
  script: Piece[];
  ask: string | null;
  outcomes: SheetOutcome[];
  /** `applies` is false with no offer held: a check-in has nothing to walk away to. */
  walkAway: { label: string; decided: boolean; applies: boolean };
  planB: SheetPlanB | null;
}

export interface SheetPlanB {
  company: string;
  role: string;
  form: string;
  liveability: string;
  /** Why the offer cannot be mentioned on the call (lapsed, incomplete), or null while it is held. */
  notHeld: string | null;
  /** Money lines; the sheet leaves them out when figures are hidden. */
  figures: { label: string; value: string }[];
}

function scriptFor(plan: Plan, roleScriptId: string | null, now: Date): { script: Pick<Script, 'name' | 'kind' | 'body' | 'branches'>; source: SheetScriptSource } {
  const own = plan.scripts.find((s) => s.id === roleScriptId);
  const held = heldOffer(plan, now).held;
  const fallback = held ? TEMPLATES['leverage-call'] : TEMPLATES['check-in'];
  if (!own || !own.body.trim()) {
    const why = own ? `The script “${own.name}” is empty.` : 'No script chosen for this role yet.';
    const reason = `${why} Printed below: the built-in “${fallback.name}” template, filled for this role. Choose or write a script in Scripts.`;
    return { script: fallback, source: { kind: 'template', reason, name: fallback.name } };
  }
  // The same verdict as the board's readiness and the script editor (honestyCheck).
  const verdict = honestyCheck(own, plan, now);
  if (!verdict.allowed) {
    const checkIn = TEMPLATES['check-in'];
    // On paper the short "why" is enough when no offer is held; the editor lists the claiming sentences.
    const why = verdict.suggestion === 'check-in' ? `“${own.name}” claims an offer, so it is not printed. ${verdict.hold.reason}` : `“${own.name}” is not printed. ${verdict.reason}`;
    const reason = `${why} Printed below instead: the built-in “${checkIn.name}” template, which mentions no offer.`;
    return { script: checkIn, source: { kind: 'blocked', reason, name: checkIn.name } };
  }
  return { script: own, source: { kind: 'own', name: own.name } };
}

function planBSummary(plan: Plan, board: Board, card: RoleCard, now: Date): SheetPlanB | null {
  const offer = planB(plan);
  const hold = heldOffer(plan, now);
  if (!offer || !board.planB) return null;
  const totals = board.planB.compensation;
  const money = (n: number | null) => formatMoney(n, totals.currency, board.locale);
  const year1 = (totals.detail.display ?? totals.detail.own).years[0]!.parts;
  return {
    company: offer.company.trim() || 'Plan B (no company name yet)',
    role: offer.role.trim(),
    form: offer.form === 'written' ? 'Written offer' : 'Verbal offer',
    liveability: board.planB.liveability.label,
    notHeld: hold.held ? null : hold.reason,
    figures: [
      { label: 'Base pay', value: money(year1.base) },
      { label: 'Bonus (expected)', value: money(year1.bonus) },
      { label: 'Sign-on (year 1)', value: money(year1.signOn) },
      { label: 'Equity (year 1, as you count it)', value: money(year1.equity) },
      { label: 'First-year total', value: board.planB.compensationDisplay.firstYear },
      { label: '4-year average', value: board.planB.compensationDisplay.fourYearAverage },
      { label: 'Year 1 to year 4', value: board.planB.compensationDisplay.years.join(' · ') },
      ...(totals.rateNote ? [{ label: 'Exchange rate', value: totals.rateNote }] : []),
      ...roleFigures(board, card),
    ],
  };
}

/** This role's estimate beside Plan B's, with the difference on the basis the user picked, named as on the board. */
function roleFigures(board: Board, card: RoleCard): SheetPlanB['figures'] {
  const d = card.payVsPlanB;
  return [
    { label: `${card.name} (estimate), first-year total`, value: card.compensationDisplay.firstYear },
    { label: `${card.name} (estimate), 4-year average`, value: card.compensationDisplay.fourYearAverage },
    { label: `${card.name} vs Plan B (${d.label})`, value: differenceText(d.difference, board.currency, board.locale) ?? d.difference.reason ?? 'Unknown' },
    ...(card.compensationDisplay.rateNote ? [{ label: `${card.name} exchange rate`, value: card.compensationDisplay.rateNote }] : []),
  ];
}

function contactOf(card: RoleCard): CallSheetData['contact'] {
  const name = card.contact?.name.trim() ?? '';
  const title = card.contact?.title.trim() ?? '';
  const phone = card.phone?.trim() ?? '';
  const missing: string[] = [];
  if (!card.contact) missing.push('No contact for this role yet: add who to call in the dream role.');
  else if (!phone) missing.push(card.contactReason || 'No phone number for this contact yet.');
  return { name, title, phone, missing };
}

function goalOf(card: RoleCard, ctx: PlaceholderContext, source: SheetScriptSource): string {
  const by = ctx.deadline ? ` before ${ctx.deadline}` : ' before your deadline';
  if (source.kind === 'blocked' || (source.kind === 'template' && source.name === TEMPLATES['check-in'].name)) {
    return `Learn when ${card.name} expects to decide, without mentioning any offer.`;
  }
  return `Ask ${card.name} plainly whether they can move forward with you${by}.`;
}

/**
 * The call sheet of one dream role; `undefined` when the plan has no such
 * role. `userTimeZone` is the user's own zone: the spoken deadline names its
 * zone when they differ (named always when it is not given).
 */
export function callSheetData(plan: Plan, board: Board, roleId: string, now: Date, userTimeZone?: string): CallSheetData | undefined {
  const role = plan.dreamRoles.find((r) => r.id === roleId);
  const card = board.roles.find((r) => r.roleId === roleId);
  if (!role || !card) return undefined;
  const ctx = placeholderContext(plan, role, now, { locale: board.locale, userTimeZone });
  const { script, source } = scriptFor(plan, role.scriptId, now);
  const body = printablePieces(script.body, ctx);
  const d = board.deadline;
  return {
    roleId,
    company: card.name,
    roleTitle: role.role.trim(),
    callPosition: card.callPosition,
    contact: contactOf(card),
    deadline: { display: d.deadlineDisplay, daysLeft: d.calendarDaysLeft, label: d.state === 'none' ? d.detail : d.label, lapsed: d.state === 'passed' },
    callBy: card.callBy.state === 'none' ? null : { label: card.callBy.label, late: card.callBy.state !== 'upcoming' },
    goal: goalOf(card, ctx, source),
    reminders: REMINDERS,
    source,
    script: body,
    ask: directAsk(piecesText(body)),
    outcomes: BRANCH_KEYS.map((key) => ({
      key,
      label: BRANCH_LABELS[key],
      say: printablePieces(script.branches[key].say, ctx),
      nextSteps: printablePieces(script.branches[key].nextSteps, ctx),
    })),
    walkAway: { label: card.walkAwayLabel, decided: card.walkAwayAnswer !== 'undecided', applies: board.offerHeld.ok },
    planB: planBSummary(plan, board, card, now),
  };
}

/** The roles of the call pack: those that need a call, in call order. */
export function callPackRoleIds(board: Board): string[] {
  return board.callOrder.entries.map((e) => e.roleId);
}
