/**
 * The comparison table view: rows are the board's figures, columns are Plan B
 * and each dream role (in the board's order). Every cell has words, so tone
 * (colour) is never the only signal.
 */
import type { Criterion, DreamRole } from '../plan';
import { formatDate, formatScore, formatScoreDelta } from './format';
import { BASIS_LABELS, differenceText, onChosenBasis, type Basis, type MoneyDifference } from './compensation';
import type { PlanBCard, RoleCard } from './board';
import { validScore } from './criteria';

export type CellTone = 'better' | 'worse' | 'tie' | 'unknown' | 'neutral';

export interface ComparisonColumn {
  id: string;
  kind: 'plan-b' | 'role';
  heading: string;
  subheading: string;
}

export interface ComparisonCell {
  text: string;
  /** The raw figure behind the text, for sorting; `null` when unknown. */
  value: number | string | null;
  tone: CellTone;
}

export interface ComparisonRow {
  key: string;
  label: string;
  /** One cell per column, same order as `columns`. */
  cells: ComparisonCell[];
}

export interface ComparisonTable {
  columns: ComparisonColumn[];
  rows: ComparisonRow[];
}

const cell = (text: string, value: number | string | null = null, tone: CellTone = 'neutral'): ComparisonCell => ({ text, value, tone });
const blank = cell('—');

function moneyDiff(d: MoneyDifference, currency: string, locale: string): ComparisonCell {
  const text = differenceText(d, currency, locale);
  if (text === null || d.amount === null) return cell('Unknown', null, 'unknown');
  return cell(text, d.amount, d.amount > 0 ? 'better' : d.amount < 0 ? 'worse' : 'tie');
}

/** A yearly total (0-based year) or the 4-year average, as the card writes it; sorted by the amount only when fully known. */
function total(card: PlanBCard | RoleCard | null, year: number | 'average'): ComparisonCell {
  if (!card) return blank;
  const t = year === 'average' ? card.compensation.fourYearAverage : card.compensation.years[year];
  const text = year === 'average' ? card.compensationDisplay.fourYearAverage : card.compensationDisplay.years[year];
  if (!t || text === undefined) return blank;
  return cell(text, t.known ? t.amount : null, t.known ? 'neutral' : 'unknown');
}

/** The rate and its date behind a converted column, or why it is not converted. */
const rate = (card: PlanBCard | RoleCard | null): ComparisonCell =>
  card?.compensationDisplay.rateNote ? cell(card.compensationDisplay.rateNote) : cell('None needed');

/** Builds the table from the board's cards. Never throws. */
export function comparisonTable(
  planB: PlanBCard | null,
  cards: readonly RoleCard[],
  criteria: readonly Criterion[],
  planBScores: Readonly<Record<string, number>> | null,
  roles: readonly DreamRole[],
  { currency, locale, compareOn }: { currency: string; locale: string; compareOn: Basis },
): ComparisonTable {
  const columns: ComparisonColumn[] = [
    ...(planB ? [{ id: planB.offerId, kind: 'plan-b' as const, heading: `Plan B: ${planB.company.trim() || 'unnamed offer'}`, subheading: planB.role }] : []),
    ...cards.map((c) => ({ id: c.roleId, kind: 'role' as const, heading: c.name, subheading: c.role })),
  ];
  const scoresById = new Map(roles.map((r) => [r.id, r.scores ?? {}]));
  const row = (key: string, label: string, b: () => ComparisonCell, r: (c: RoleCard) => ComparisonCell): ComparisonRow => ({
    key, label, cells: [...(planB ? [b()] : []), ...cards.map(r)],
  });
  const rows: ComparisonRow[] = [
    row('stage', 'Stage', () => cell(planB?.form === 'verbal' ? 'Verbal offer' : 'Written offer'), (c) => cell(c.stageLabel, c.stage)),
    row('decision', 'Decision by', () => cell(planB?.deadline.deadlineDisplay ?? 'No deadline', planB?.deadline.deadlineAt ?? null, planB?.deadline.deadlineAt ? 'neutral' : 'unknown'),
      (c) => { const d = formatDate(c.expectedDecisionOn, locale); return d === 'Unknown' ? cell(d, null, 'unknown') : cell(d, c.expectedDecisionOn); }),
    row('fit', 'Timeline fit', () => cell(planB?.deadline.label ?? 'No deadline'), (c) => {
      const f = c.fit;
      if (f.kind === 'fits') return cell('Fits', f.kind, 'better');
      if (f.kind === 'needs-acceleration') return cell(`Too late by ${f.daysLate} days: needs the call`, f.daysLate, 'worse');
      return f.kind === 'closed' ? cell('Closed', f.kind) : cell('Unknown', null, 'unknown');
    }),
    row('first-year', 'First-year total', () => total(planB, 0), (c) => total(c, 0)),
    ...[1, 2, 3].map((y) => row(`year-${y + 1}`, `Year ${y + 1} total`, () => total(planB, y), (c) => total(c, y))),
    row('four-year-average', '4-year average', () => total(planB, 'average'), (c) => total(c, 'average')),
    // Only when some column was converted: in one currency the row would say nothing.
    ...([planB, ...cards].some((c) => c?.compensationDisplay.rateNote) ? [row('exchange-rate', 'Exchange rate', () => rate(planB), rate)] : []),
    row('pay-difference', `vs Plan B (${BASIS_LABELS[compareOn]})`, () => blank, (c) => moneyDiff(onChosenBasis(c.compensationDifference, compareOn), currency, locale)),
    row('score', 'Weighted score (0–100)', () => cell(formatScore(planB?.score.score, locale), planB?.score.score ?? null),
      (c) => cell(formatScore(c.score.score, locale), c.score.score, c.score.score === null ? 'unknown' : 'neutral')),
    row('score-difference', 'Score vs Plan B', () => blank, (c) => {
      const d = c.scoreDifference;
      const text = d.comparison === 'tie' ? 'Tie' : d.comparison === 'unknown' ? 'Unknown' : `${formatScoreDelta(d.delta, locale)} (${d.comparison})`;
      return cell(text, d.delta, d.comparison);
    }),
    ...(criteria ?? []).map((cr) => row(`criterion:${cr.id}`, `${cr.name || 'Unnamed criterion'} (weight ${cr.weight})`,
      () => { const s = planBScores?.[cr.id]; return validScore(s) ? cell(`${s} of 5`, s) : cell('Not scored', null, 'unknown'); },
      (c) => { const s = scoresById.get(c.roleId)?.[cr.id]; return validScore(s) ? cell(`${s} of 5`, s) : cell('Not scored', null, 'unknown'); })),
    row('walk-away', 'Walk-away answer', () => blank, (c) => cell(c.walkAwayLabel, c.walkAwayAnswer, c.walkAwayAnswer === 'undecided' ? 'unknown' : 'neutral')),
    row('readiness', 'Ready to call', () => cell(planB?.liveability.label ?? '—', planB?.liveability.answer ?? null), (c) => {
      const ok = c.readiness.items.filter((i) => i.ok).length;
      return cell(c.readiness.ready ? 'Ready' : `${ok} of ${c.readiness.items.length} checks`, ok, c.readiness.ready ? 'better' : 'worse');
    }),
    row('outcome', 'Latest call', () => blank, (c) => cell(c.outcomeLabel ?? 'Not called yet', c.latestCall?.outcome ?? null)),
  ];
  return { columns, rows };
}
