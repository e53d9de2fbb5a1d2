// Gate: Lighthouse (mobile, default simulated throttling) on the article, every chapter and every embed page of dist/.
// Accessibility, best practices and SEO are checks in every run. Performance's simulated timings come from this
// machine's CPU, so one run is a noisy sample: the article, the page the story is read on, is judged on the median of
// five runs, alone on the machine; every other page gets one run, printed next to the target, not judged, two pages at a
// time (the second in a helper process of this script).
// `node tests/quality/lighthouse.mjs [--dist=dist] [--only=the-climb/] [--report=file.json]`
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import lighthouse from 'lighthouse';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, NO_BROWSER_HELP, chromiumPath } from '../tools/browser.mjs';
import { arg, runGate } from './gate.mjs';
import { serveBuild, sitePages } from './site-pages.mjs';

/** Lowest score each category may have (0–1); performance is judged on the article only (median of its runs). */
export const THRESHOLDS = { performance: 0.98, accessibility: 1, 'best-practices': 1, seo: 1 };
/** Embeds are `noindex` by design, so SEO is not scored for them. */
const CATEGORIES = { article: Object.keys(THRESHOLDS), chapter: Object.keys(THRESHOLDS), embed: ['performance', 'accessibility', 'best-practices'] };
const METRICS = { FCP: 'first-contentful-paint', LCP: 'largest-contentful-paint', TBT: 'total-blocking-time', CLS: 'cumulative-layout-shift', SI: 'speed-index' };
/** Runs per page: the article's performance is judged on the median of five. */
const RUNS = { article: 5, chapter: 1, embed: 1 };
/** After the article, two pages at a time (one per core of the 2-core machines; QUALITY_WORKERS=1 for one at a time). */
const LANES = Math.min(2, Math.max(1, Number(process.env.QUALITY_WORKERS) || 2));

/** Audits that cost a category points, with their value and up to five offending items. */
function whatFailed(lhr, category) {
  return lhr.categories[category].auditRefs
    .filter((ref) => ref.weight > 0 && lhr.audits[ref.id].score !== null && lhr.audits[ref.id].score < 1)
    .map((ref) => {
      const a = lhr.audits[ref.id];
      const items = (a.details?.items ?? []).slice(0, 5).map((it) => it.node?.selector ?? it.node?.snippet ?? it.url ?? it.source?.url ?? JSON.stringify(it).slice(0, 160));
      return `${a.id} (score ${a.score}${a.displayValue ? `, ${a.displayValue}` : ''}): ${a.title}${items.length ? `\n  - ${items.join('\n  - ')}` : ''}`;
    })
    .join('\n');
}

const pct = (score) => (score === null || score === undefined ? '–' : String(Math.round(score * 100)));

/** Audits one page, records a check per category (performance on the article only), and returns its row for the table. */
async function auditPage(gate, port, url, page) {
  const categories = CATEGORIES[page.kind];
  const runs = [];
  const started = Date.now();
  while (runs.length < RUNS[page.kind]) {
    const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: categories, disableFullPageScreenshot: true });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    if (result.lhr.runtimeError) throw new Error(`Lighthouse could not audit ${url}: ${result.lhr.runtimeError.code} ${result.lhr.runtimeError.message}`);
    runs.push(result.lhr);
  }
  const byPerf = [...runs].sort((a, b) => a.categories.performance.score - b.categories.performance.score);
  const median = byPerf[Math.floor(byPerf.length / 2)];
  for (const category of categories.filter((c) => c !== 'performance')) {
    const scores = runs.map((r) => r.categories[category].score);
    const judged = runs[scores.indexOf(Math.min(...scores))];
    const score = judged.categories[category].score;
    const ok = score !== null && score >= THRESHOLDS[category];
    gate.check(`/${page.path} ${category} ${pct(score)} >= ${pct(THRESHOLDS[category])}`, ok, ok ? '' : whatFailed(judged, category));
  }
  const perf = median.categories.performance.score;
  const perfRuns = runs.map((r) => pct(r.categories.performance.score)).join(', ');
  if (page.kind === 'article') {
    const ok = perf >= THRESHOLDS.performance;
    gate.check(`/${page.path} performance ${pct(perf)} >= ${pct(THRESHOLDS.performance)} (median of runs ${perfRuns})`, ok, ok ? '' : whatFailed(median, 'performance'));
  } else if (perf < THRESHOLDS.performance) {
    gate.figure(`/${page.path} performance ${pct(perf)} in one run, below the article's target ${pct(THRESHOLDS.performance)}:\n${whatFailed(median, 'performance')}`);
  }
  return {
    page: `/${page.path}`,
    version: median.lighthouseVersion,
    seconds: (Date.now() - started) / 1000,
    m: Object.fromEntries(Object.entries(METRICS).map(([k, id]) => [k, median.audits[id]?.displayValue ?? '–'])),
    s: Object.fromEntries(Object.keys(THRESHOLDS).map((c) => [c, runs.map((r) => pct(r.categories[c]?.score)).join('/')])),
  };
}

/**
 * A helper process audits some pages (`--pages=<JSON list of paths>`) and writes their table rows to `--rows=<file>`
 * next to its report: Lighthouse keeps process-wide state (performance marks), so two audits at once need two processes.
 */
function auditInHelper(paths, dist) {
  const dir = mkdtempSync(join(tmpdir(), 'lighthouse-lane-'));
  const files = { report: join(dir, 'report.json'), rows: join(dir, 'rows.json') };
  const args = [fileURLToPath(import.meta.url), `--dist=${dist}`, `--pages=${JSON.stringify(paths)}`, `--report=${files.report}`, `--rows=${files.rows}`];
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('close', (code) => {
      const read = (f) => (existsSync(f) ? JSON.parse(readFileSync(f, 'utf8')) : undefined);
      const result = { code, report: read(files.report), rows: read(files.rows) ?? [] };
      rmSync(dir, { recursive: true, force: true });
      resolve(result);
    });
  });
}

await runGate('lighthouse', async (gate) => {
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error(NO_BROWSER_HELP);
  const dist = arg('dist') ?? 'dist';
  const only = arg('only');
  const laneOf = arg('pages') === undefined ? undefined : JSON.parse(arg('pages'));
  const pages = (await sitePages(dist)).filter((p) => p.kind in CATEGORIES && (only === undefined || p.path === only) && (laneOf === undefined || laneOf.includes(p.path)));
  const server = await serveBuild(dist, '/');
  // One Chromium for this process's runs; Lighthouse opens a fresh tab per run.
  const browser = await puppeteer.launch({ executablePath, headless: true, args: [...CHROMIUM_ARGS, '--headless=new'] });
  const port = Number(new URL(browser.wsEndpoint()).port);
  const rows = [];
  const audit = async (page) => {
    try {
      rows.push(await auditPage(gate, port, server.url + page.path, page));
    } catch (error) {
      gate.check(`/${page.path} was audited`, false, error instanceof Error ? error.message : String(error));
    }
  };
  try {
    // The judged page alone on the machine; then the others, half of them in a helper process at the same time.
    for (const page of pages.filter((p) => p.kind === 'article')) await audit(page);
    const rest = pages.filter((p) => p.kind !== 'article');
    const handOff = laneOf === undefined && LANES === 2 ? rest.splice(Math.ceil(rest.length / 2)) : [];
    const helper = handOff.length ? auditInHelper(handOff.map((p) => p.path), dist) : undefined;
    for (const page of rest) await audit(page);
    if (helper) {
      const { code, report, rows: theirs } = await helper;
      if (report) gate.adopt(report.checks);
      else gate.check(`the helper auditing ${handOff.map((p) => `/${p.path}`).join(', ')} wrote its report`, false, `exit ${code}`);
      rows.push(...theirs);
      for (const f of report?.figures ?? []) gate.figure(f);
    }
  } finally {
    await browser.close();
    await server.close();
  }
  if (arg('rows')) writeFileSync(arg('rows'), JSON.stringify(rows));
  if (laneOf !== undefined) return;
  rows.sort((a, b) => pages.findIndex((p) => `/${p.path}` === a.page) - pages.findIndex((p) => `/${p.path}` === b.page));
  gate.figure(`\nLighthouse ${rows[0]?.version ?? ''} on ${executablePath}, mobile, simulated throttling (scores per run; metrics of the median run; performance judged on the article's median, its runs alone; the other pages ${LANES} at a time)`);
  gate.figure(`${'page'.padEnd(34)} ${'perf'.padStart(11)} ${'a11y'.padStart(11)} ${'bp'.padStart(11)} ${'seo'.padStart(11)}  ${'FCP'.padStart(6)} ${'LCP'.padStart(6)} ${'TBT'.padStart(7)} ${'CLS'.padStart(5)} ${'SI'.padStart(6)} ${'time'.padStart(6)}`);
  for (const r of rows) {
    gate.figure(`${r.page.padEnd(34)} ${r.s.performance.padStart(11)} ${r.s.accessibility.padStart(11)} ${r.s['best-practices'].padStart(11)} ${r.s.seo.padStart(11)}  ${r.m.FCP.padStart(6)} ${r.m.LCP.padStart(6)} ${r.m.TBT.padStart(7)} ${r.m.CLS.padStart(5)} ${r.m.SI.padStart(6)} ${`${r.seconds.toFixed(0)} s`.padStart(6)}`);
  }
});
