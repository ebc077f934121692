/**
 * The board's comparison table as CSV, for a spreadsheet. Pure: the caller
 * decides where the text goes (a download in the renderer).
 */
import type { Board } from './board';

/**
 * A spreadsheet runs a cell that starts with one of these as a formula
 * ("CSV injection"); a company name like "=HYPERLINK(…)" must stay text.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One field: formula guard first, then RFC 4180 quoting (the apostrophe is part of the field). */
export function csvField(text: string): string {
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * The comparison table as RFC 4180 CSV with CRLF line ends: a header row
 * ("Figure", then each column's heading), then one row per figure (its label,
 * then each cell's text). A missing cell is written as "—", as on screen.
 */
export function boardToCsv(board: Board): string {
  const { columns, rows } = board.table;
  const lines = [
    ['Figure', ...columns.map((c) => c.heading)],
    ...rows.map((r) => [r.label, ...columns.map((_, i) => r.cells[i]?.text ?? '—')]),
  ];
  return lines.map((fields) => fields.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/**
 * The suggested file name, `<plan name> comparison.csv`, keeping only letters,
 * digits, spaces, `_` and `-` so it is a valid name on every system.
 */
export function comparisonCsvFileName(planName: string): string {
  const safe = planName.replace(/[^\p{L}\p{N} _-]+/gu, '').trim().slice(0, 60) || 'Plan';
  return `${safe} comparison.csv`;
}
