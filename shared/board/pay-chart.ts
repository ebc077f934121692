/**
 * "Pay over four years": each option's yearly totals, part by part, in the
 * plan's display currency, for the chart and the table that stands in for it
 * (screen readers, print). The figures are the board's own totals
 * (compensationTotals), so the chart can never disagree with the cards, the
 * comparison table or the call sheet.
 */
import { isLive } from '../offers/decision';
import type { Plan } from '../plan';
import { PART_LABELS, PARTS, type Part, type YearFigure } from '../compensation';
import { moneyDisplay, type Board } from './board';
import { compensationTotals, moneyContext, type CompensationTotals } from './compensation';
import { formatMoney } from './format';

export type PayChartKind = 'plan-b' | 'offer' | 'role';

export interface PayChartOption {
  id: string;
  kind: PayChartKind;
  /** "Plan B: Northwind Logistics", "Offer: …", or the dream role's name with "(estimate)". */
  name: string;
  /** Year 1 to year 4 in the display currency; a part not known yet is null (no bar, "not known yet" in the table). */
  years: YearFigure[];
  /** Each year's total as the board writes it ("at least …" when a part is missing). */
  yearTexts: string[];
  averageText: string;
  /** Each year's parts, formatted, in `parts` order; "not known yet" for a missing part. */
  partTexts: string[][];
  /** The 4-year average's parts, formatted, in `parts` order. */
  averagePartTexts: string[];
  /** The rate and its date when the option was converted; null in the display currency. */
  rateNote: string | null;
}

export interface PayChartLeftOut {
  id: string;
  name: string;
  reason: string;
}

export interface PayChart {
  currency: string;
  /** The parts that are more than zero for some option, in the board's part order; the chart's stacks and the table's columns. */
  parts: { key: Part; label: string }[];
  options: PayChartOption[];
  /** Options in a currency with no rate: not charted, with why. */
  leftOut: PayChartLeftOut[];
  /** The largest yearly total charted. */
  max: number;
  /** The shared scale's ticks, 0 to a round top at or above `max`, so every option's chart reads the same. */
  ticks: number[];
}

const NOT_KNOWN = 'not known yet';

interface Candidate {
  id: string;
  kind: PayChartKind;
  name: string;
  totals: CompensationTotals;
}

/** Plan B, every other live offer, then each dream role's estimate in the board's order (a role whose offer is charted is not charted twice). */
function candidates(plan: Plan, board: Board): Candidate[] {
  const now = new Date(board.computedAt);
  const money = moneyContext(plan);
  const out: Candidate[] = [];
  if (board.planB) out.push({ id: board.planB.offerId, kind: 'plan-b', name: `Plan B: ${board.planB.company.trim() || 'unnamed offer'}`, totals: board.planB.compensation });
  for (const o of plan.offers ?? []) {
    if (o.id === board.planB?.offerId || !isLive(o, now)) continue;
    out.push({ id: o.id, kind: 'offer', name: `Offer: ${o.company.trim() || 'unnamed offer'}`, totals: compensationTotals(o.compensation, money) });
  }
  const charted = new Set(out.map((c) => c.id));
  const offerOf = new Map((plan.dreamRoles ?? []).map((r) => [r.id, r.offerId]));
  for (const r of board.roles) {
    const offerId = offerOf.get(r.roleId);
    if (offerId && charted.has(offerId)) continue;
    out.push({ id: r.roleId, kind: 'role', name: `${r.name} (estimate)`, totals: r.compensation });
  }
  return out;
}

export function payChart(plan: Plan, board: Board): PayChart {
  const { currency, locale } = board;
  const options: PayChartOption[] = [];
  const leftOut: PayChartLeftOut[] = [];
  const all = candidates(plan, board);
  for (const c of all) {
    const shown = c.totals.detail.display;
    if (!shown) {
      leftOut.push({ id: c.id, name: c.name, reason: `${c.name} is in ${c.totals.detail.currency} and the plan has no exchange rate for it: add one under Situation to chart it.` });
    }
  }
  const charted = all.filter((c) => c.totals.detail.display);
  const parts = PARTS.filter((p) => charted.some((c) => c.totals.detail.display!.years.some((y) => (y.parts[p] ?? 0) > 0)));
  const partTexts = (y: YearFigure) => parts.map((p) => (y.parts[p] === null ? NOT_KNOWN : formatMoney(y.parts[p], currency, locale)));
  let max = 0;
  for (const c of charted) {
    const years = c.totals.detail.display!.years;
    const shown = moneyDisplay(c.totals, locale);
    for (const y of years) max = Math.max(max, y.amount);
    options.push({
      id: c.id, kind: c.kind, name: c.name, years, yearTexts: shown.years, averageText: shown.fourYearAverage,
      partTexts: years.map(partTexts), averagePartTexts: partTexts(c.totals.detail.display!.average),
      rateNote: c.totals.rateNote,
    });
  }
  return { currency, parts: parts.map((key) => ({ key, label: PART_LABELS[key] })), options, leftOut, max, ticks: scaleTicks(max) };
}

/** About five round steps (1, 2, 2.5 or 5 × a power of ten) from 0 to the first one at or above `max`. */
export function scaleTicks(max: number): number[] {
  if (!(max > 0)) return [0, 1];
  const raw = max / 5;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= raw)!;
  const steps = Math.ceil(max / step - 1e-9);
  return Array.from({ length: steps + 1 }, (_, i) => i * step);
}

/** One option's rows for the BarChart: "Year 1" … "Year 4" with each part's amount (null where not known, so no bar is drawn). */
export function payChartRows(option: PayChartOption, parts: PayChart['parts']): Record<string, string | number | null>[] {
  return option.years.map((y, i) => ({ year: `Year ${i + 1}`, ...Object.fromEntries(parts.map((p) => [p.key, y.parts[p.key]])) }));
}
