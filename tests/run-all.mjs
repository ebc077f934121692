// `npm test`: runs every suite, even when an earlier one fails, and ends with
// one line `N passed, N failed, N skipped` summed over all runners (CI reads
// it). Each runner also writes a JSON report that this script counts, so the
// summary never depends on parsing human-readable output.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const reports = join(root, 'tests/.artifacts/reports');
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

const bin = (name) => join(root, 'node_modules/.bin', name);

function run(cmd, args, env = {}) {
  const result = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status ?? 1;
}

function vitest(project) {
  const file = join(reports, `${project}.json`);
  const status = run(bin('vitest'), ['run', '--config', 'tests/vitest.config.ts', '--project', project, '--reporter=default', '--reporter=json', `--outputFile.json=${file}`]);
  if (!existsSync(file)) return { passed: 0, failed: 1, skipped: 0, status };
  const r = JSON.parse(readFileSync(file, 'utf8'));
  return { passed: r.numPassedTests, failed: r.numFailedTests + (status !== 0 && r.numFailedTests === 0 ? 1 : 0), skipped: r.numPendingTests + r.numTodoTests, status };
}

function playwright(config, name) {
  const file = join(reports, `${name}.json`);
  const status = run(bin('playwright'), ['test', '--config', config, '--reporter=list,json'], { PLAYWRIGHT_JSON_OUTPUT_NAME: file });
  if (!existsSync(file)) return { passed: 0, failed: 1, skipped: 0, status };
  const { stats } = JSON.parse(readFileSync(file, 'utf8'));
  const failed = stats.unexpected + stats.flaky;
  return { passed: stats.expected, failed: failed + (status !== 0 && failed === 0 ? 1 : 0), skipped: stats.skipped, status };
}

const suites = [];
if (process.env.BIH_SKIP_BUILD !== '1') {
  console.log('\n== build (the e2e suite runs the built renderer)');
  const status = run('npm', ['run', 'build', '--silent']);
  if (status !== 0) suites.push(['build', { passed: 0, failed: 1, skipped: 0, status }]);
}
console.log('\n== unit');
suites.push(['unit', vitest('unit')]);
console.log('\n== components');
suites.push(['components', vitest('components')]);
console.log('\n== e2e (Playwright, Debian Chromium, web harness)');
suites.push(['e2e', playwright('tests/playwright.config.ts', 'e2e')]);
console.log('\n== electron (real Electron; skipped where the binary is absent)');
suites.push(['electron', playwright('tests/playwright.electron.config.ts', 'electron')]);

const total = { passed: 0, failed: 0, skipped: 0 };
console.log('');
for (const [name, s] of suites) {
  console.log(`  ${name.padEnd(11)} ${s.passed} passed, ${s.failed} failed, ${s.skipped} skipped`);
  total.passed += s.passed;
  total.failed += s.failed;
  total.skipped += s.skipped;
}
console.log(`${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exit(total.failed > 0 ? 1 : 0);
