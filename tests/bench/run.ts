/**
 * `npm run bench`: runs the benchmarks in tests/bench and prints one table of
 * medians with ratios against floors measured in the same run. These are not
 * tests: nothing here fails the test suite. `npm run bench -- --check` exits
 * non-zero when a budget is missed; `--only save,size` picks benchmarks.
 * Needs a built renderer (`npm run build`).
 */
import { parseArgs } from 'node:util';
import { printTable, type Row } from './lib/stats';

const BENCHES: Record<string, () => Promise<{ run(): Promise<Row[]> }>> = {
  logic: () => import('./board-logic.bench'),
  save: () => import('./save.bench'),
  size: () => import('./size.bench'),
  load: () => import('./load.bench'),
  edit: () => import('./edit.bench'),
  editor: () => import('./editor.bench'),
  print: () => import('./print.bench'),
  guided: () => import('./guided.bench'),
};

const { values } = parseArgs({ options: { check: { type: 'boolean' }, only: { type: 'string' } } });
const names = values.only ? values.only.split(',') : Object.keys(BENCHES);
const rows: Row[] = [];
for (const name of names) {
  const load = BENCHES[name];
  if (!load) throw new Error(`No benchmark named ${name}; choose from ${Object.keys(BENCHES).join(', ')}.`);
  console.error(`running ${name}…`);
  rows.push(...(await (await load()).run()));
}
console.log('');
printTable(rows);
const missed = rows.filter((r) => r.budget && !r.budget.ok);
if (values.check) {
  console.log(missed.length ? `\n${missed.length} budget(s) missed.` : '\nEvery budget holds.');
  process.exit(missed.length ? 1 : 0);
}
