// `npm test`: builds the site (root and sub-folder), runs the unit, browser and budget suites and the quality gates
// (tests/quality/), and ends with "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { chromiumPath, NO_BROWSER_HELP } from './browser.mjs';
import { budgetTable, checkBudgets, measureSite } from './budget.mjs';

const OUT = 'tests/.output';
export const SUB_BASE = '/news/2026/sp500-7000/';
// The test builds are local on purpose (their absolute URLs name http://127.0.0.1:4321): said explicitly, since a
// build without SITE_ORIGIN refuses to run in CI (src/site/site-origin.ts). A SITE_ORIGIN given from outside wins.
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...(process.env.SITE_ORIGIN ? {} : { SITE_LOCAL: '1' }) };
const totals = { passed: 0, failed: 0 };
const lines = [];
const figures = [];
const startedAll = Date.now();

const bin = (name) => `node_modules/.bin/${name}`;
function run(label, cmd, args, extraEnv = {}) {
  const started = Date.now();
  console.log(`\n=== ${label}: ${[cmd, ...args].join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...env, ...extraEnv } });
  const seconds = (Date.now() - started) / 1000;
  console.log(`=== ${label}: exit ${r.status ?? r.signal} in ${seconds.toFixed(1)} s`);
  return { ok: r.status === 0, seconds };
}
function tally(suite, passed, failed, note = '') {
  totals.passed += passed;
  totals.failed += failed;
  lines.push(`${suite.padEnd(14)} ${String(passed).padStart(4)} passed ${String(failed).padStart(4)} failed ${note}`);
}
/** Each failed test in a Playwright JSON report, with the first line of its error, for the summary at the end. */
function failedBrowserTests(report) {
  const out = [];
  const walk = (suite, file) => {
    for (const spec of suite.specs ?? []) {
      for (const t of spec.tests ?? []) {
        const last = t.results?.at(-1);
        if (t.status === 'expected' || t.status === 'skipped') continue;
        const error = (last?.error?.message ?? '').replace(/\u001b\[[0-9;]*m/g, '').split('\n').find((l) => l.trim()) ?? '';
        out.push(`FAIL ${file ?? suite.file}:${spec.line} ${spec.title} (${last?.status ?? t.status}, ${((last?.duration ?? 0) / 1000).toFixed(1)} s): ${error.slice(0, 300)}`);
      }
    }
    for (const child of suite.suites ?? []) walk(child, file ?? suite.file);
  };
  for (const suite of report.suites ?? []) walk(suite, suite.file);
  return out;
}
const readJson = (p) => (existsSync(p) ? JSON.parse(readFileSync(p, 'utf8')) : undefined);

rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });

// 1. Builds: a failed build is a failed test, and nothing after it can pass.
const build = run('build (root)', bin('astro'), ['build']);
tally('build', build.ok ? 1 : 0, build.ok ? 0 : 1, `(${build.seconds.toFixed(1)} s)`);
const sub = run('build (sub-folder)', bin('astro'), ['build'], { SITE_BASE: SUB_BASE, SITE_OUT_DIR: `./${OUT}/dist-sub` });
tally('build-sub', sub.ok ? 1 : 0, sub.ok ? 0 : 1, `(${SUB_BASE}, ${sub.seconds.toFixed(1)} s)`);

// 2. Unit tests.
const unit = run('unit (vitest)', bin('vitest'), ['run', '--config', 'tests/vitest.config.ts', '--reporter=default', '--reporter=json', `--outputFile=${OUT}/vitest.json`]);
const vitest = readJson(`${OUT}/vitest.json`);
if (vitest) tally('unit', vitest.numPassedTests, vitest.numFailedTests + (vitest.success || vitest.numFailedTests ? 0 : 1), `(${unit.seconds.toFixed(1)} s)`);
else tally('unit', 0, 1, '(vitest wrote no report)');

// 3. Browser tests, in real Chromium.
if (!build.ok || !sub.ok) {
  tally('browser', 0, 1, '(skipped: the build failed)');
} else if (!chromiumPath() && !process.env.PLAYWRIGHT_BROWSERS_PATH && !existsSync(`${process.env.HOME}/.cache/ms-playwright`)) {
  console.error(`\n${NO_BROWSER_HELP}`);
  tally('browser', 0, 1, '(no Chromium)');
} else {
  const browser = run('browser (playwright)', bin('playwright'), ['test', '--config', 'tests/playwright.config.ts'], { PLAYWRIGHT_JSON_OUTPUT_NAME: `${OUT}/playwright.json` });
  const pw = readJson(`${OUT}/playwright.json`);
  if (pw) {
    tally('browser', pw.stats.expected, pw.stats.unexpected + pw.stats.flaky, `(${pw.stats.skipped ? `${pw.stats.skipped} skipped, ` : ''}${browser.seconds.toFixed(1)} s)`);
    const failed = failedBrowserTests(pw);
    if (failed.length) figures.push(`browser:\n${failed.join('\n')}`);
  } else tally('browser', 0, 1, '(playwright wrote no report)');
}

// 4. Byte budgets.
if (build.ok) {
  console.log('\n=== budgets');
  const rows = await measureSite('dist', '/');
  const checks = checkBudgets(rows);
  const table = budgetTable(rows);
  console.log(table);
  for (const c of checks.filter((c) => !c.ok)) console.log(`OVER BUDGET: ${c.page} ${c.measure} ${c.value} bytes > ${c.limit} bytes gzip`);
  tally('budget', checks.filter((c) => c.ok).length, checks.filter((c) => !c.ok).length, `(${rows.length} pages)`);
  figures.push(`budget (gzip, measure/limit KB):\n${table}`);
}

// 5. Quality gates (tests/quality/*.mjs), each in its own process, on the builds served from 127.0.0.1.
const GATES = [
  ['html-validity', 'Nu HTML Checker on every built HTML file'],
  ['links', 'link crawl of the root and sub-folder builds'],
  ['axe', 'axe-core on every page, sizes x motion x colour scheme x script'],
  ['firefox', 'Firefox ESR over WebDriver BiDi: scroll, deep links, no script'],
  ['lighthouse', 'Lighthouse, mobile, on the article, chapters and embeds'],
];
for (const [gate, what] of GATES) {
  if (!build.ok || !sub.ok) {
    tally(gate, 0, 1, '(skipped: the build failed)');
    continue;
  }
  const report = `${OUT}/quality/${gate}.json`;
  const r = run(`${gate} (${what})`, process.execPath, [`tests/quality/${gate}.mjs`, `--report=${report}`]);
  const result = readJson(report);
  if (result) {
    tally(gate, result.passed, result.failed + (r.ok || result.failed ? 0 : 1), `(${r.seconds.toFixed(1)} s)`);
    const failedChecks = result.failures.slice(0, 12).map((f) => `FAIL ${f.label}`);
    if (result.failed > 12) failedChecks.push(`… and ${result.failed - 12} more failed checks (see the gate's output above)`);
    const shown = [...result.figures.map((f) => f.replace(/^\n/, '')), ...failedChecks];
    if (shown.length) figures.push(`${gate}:\n${shown.join('\n')}`);
  } else tally(gate, 0, 1, `(wrote no report, exit ${r.ok ? 0 : 'non-zero'})`);
}

console.log('\n=== figures');
for (const f of figures) console.log(`${f}\n`);
console.log('=== summary');
for (const l of lines) console.log(l);
console.log(`total time ${((Date.now() - startedAll) / 1000).toFixed(1)} s`);
console.log(`${totals.passed} passed, ${totals.failed} failed`);
process.exitCode = totals.failed ? 1 : 0;
