/** Small helpers shared by the benchmarks: medians, timing, and the printed table. */

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The nearest-rank 95th percentile. */
export function p95(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(sorted.length * 0.95) - 1)]!;
}

/** Runs `fn` `runs` times after `warmup` untimed runs; returns the median milliseconds. */
export async function medianMs(fn: () => unknown | Promise<unknown>, runs: number, warmup = 2): Promise<number> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  return median(times);
}

/** One line of the results table. `ratio` is against the floor measured in the same run. */
export interface Row {
  bench: string;
  case: string;
  value: number;
  unit: string;
  floor?: number;
  ratio?: number;
  /** The budget this row is checked against with `--check`, in words, and whether it holds. */
  budget?: { text: string; ok: boolean };
}

export function printTable(rows: Row[]): void {
  const cells = rows.map((r) => [
    r.bench,
    r.case,
    `${fmt(r.value)} ${r.unit}`,
    r.floor === undefined ? '' : `${fmt(r.floor)} ${r.unit}`,
    r.ratio === undefined ? '' : `${r.ratio.toFixed(2)}×`,
    r.budget ? `${r.budget.ok ? 'ok' : 'MISSED'}: ${r.budget.text}` : '',
  ]);
  const head = ['bench', 'case', 'median', 'floor', 'ratio', 'budget'];
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) => c.map((v, i) => v.padEnd(widths[i]!)).join('  ').trimEnd();
  console.log(line(head));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const c of cells) console.log(line(c));
}

function fmt(n: number): string {
  return n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(2);
}
