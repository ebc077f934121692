// Runs Electronegativity (Doyensec's Electron security linter) on the
// sources: electron/ and renderer/ together (its global checks, such as
// "navigation is limited" or "permission requests are handled", need the
// main process and the page in one scan). It parses our TypeScript directly.
// Every finding must be listed, with a reason, in electronegativity-reviewed.json;
// any other finding fails (exit 1). Prints the counts.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const reviewed = JSON.parse(readFileSync(join(import.meta.dirname, 'electronegativity-reviewed.json'), 'utf8')).reviewed;
const electronVersion = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).devDependencies.electron;

const work = mkdtempSync(join(tmpdir(), 'bih-electronegativity-'));
let status = 1;
try {
  for (const dir of ['electron', 'renderer']) cpSync(join(root, dir), join(work, 'src', dir), { recursive: true, filter: (p) => !p.includes('node_modules') });
  const report = join(work, 'report.sarif');
  const run = spawnSync(join(root, 'node_modules/.bin/electronegativity'), ['-i', join(work, 'src'), '-r', '-v', 'false', '-e', electronVersion, '-o', report], {
    cwd: root,
    encoding: 'utf8',
  });
  if (run.status !== 0) {
    console.error(`Electronegativity did not run (exit ${run.status}):\n${run.stderr}`);
  } else {
    const results = JSON.parse(readFileSync(report, 'utf8')).runs[0].results;
    const findings = results.map((r) => ({
      rule: r.ruleId,
      file: r.locations?.[0]?.physicalLocation?.artifactLocation?.uri ?? 'N/A',
      line: r.locations?.[0]?.physicalLocation?.region?.startLine ?? 0,
      message: r.message?.text ?? '',
    }));
    const budget = new Map(reviewed.map((r) => [`${r.rule} ${r.file}`, r.count]));
    const unreviewed = [];
    for (const f of findings) {
      const key = `${f.rule} ${f.file}`;
      const left = budget.get(key) ?? 0;
      if (left > 0) budget.set(key, left - 1);
      else unreviewed.push(f);
    }
    const suppressed = findings.length - unreviewed.length;
    for (const f of unreviewed) console.log(`UNREVIEWED ${f.rule} ${f.file}:${f.line} ${f.message}`);
    console.log(`electronegativity: ${findings.length} findings, ${suppressed} reviewed and suppressed, ${unreviewed.length} unreviewed`);
    if (unreviewed.length) console.log('Fix them, or add each to tests/security/electronegativity-reviewed.json with the reason it is safe.');
    status = unreviewed.length === 0 ? 0 : 1;
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
process.exit(status);
