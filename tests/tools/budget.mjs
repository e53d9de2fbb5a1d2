// Byte budgets per built page: JavaScript, CSS and HTML in gzip bytes, plus request count; `--assert` fails over budget.
import { readFile } from 'node:fs/promises';
import { join, posix, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { htmlFiles } from '../quality/site-pages.mjs';

/** Budgets in gzip bytes (KB = 1,024 bytes). The article page carries every chapter; chapter and embed pages carry one. */
export const BUDGETS = {
  article: { js: 40 * 1024, css: 12 * 1024, html: 200 * 1024 },
  chapter: { js: 35 * 1024, css: 12 * 1024, html: 200 * 1024 },
  embed: { js: 35 * 1024, css: 12 * 1024, html: 200 * 1024 },
};

const gz = (buf) => gzipSync(buf, { level: 9 }).length;

/** Resolves a URL path in the page to a file in dist (strips the base prefix). */
const toFile = (dist, base, urlPath) => join(dist, urlPath.startsWith(base) ? urlPath.slice(base.length) : urlPath);

/** Every JS file a module pulls in through static imports, the entry included. */
async function moduleGraph(dist, base, entry, seen = new Set()) {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  const code = await readFile(toFile(dist, base, entry), 'utf8');
  for (const m of code.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[^'"();]*?from\s*)?["']([^"']+\.js)["']/g)) {
    await moduleGraph(dist, base, posix.join(posix.dirname(entry), m[1]), seen);
  }
  return seen;
}

/** Measures one page: what a first visit downloads. */
export async function measurePage(dist, base, file) {
  const html = await readFile(file, 'utf8');
  const scripts = [...html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]);
  const sheets = [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => m[1]);
  const inlineCss = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('');
  const inlineJs = [...html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*type="application\/(?:ld\+)?json")[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('');
  const jsFiles = new Set();
  for (const s of scripts) for (const f of await moduleGraph(dist, base, s)) jsFiles.add(f);
  let js = inlineJs ? gz(Buffer.from(inlineJs)) : 0;
  for (const f of jsFiles) js += gz(await readFile(toFile(dist, base, f)));
  let css = inlineCss ? gz(Buffer.from(inlineCss)) : 0;
  for (const f of sheets) css += gz(await readFile(toFile(dist, base, f)));
  const icons = [...html.matchAll(/<link[^>]*rel="icon"[^>]*>/g)].length;
  const images = [...html.matchAll(/<img[^>]*\bsrc="(?!data:)[^"]+"/g)].length;
  return {
    page: '/' + relative(dist, file).replace(/index\.html$/, ''),
    js,
    css,
    html: gz(Buffer.from(html)),
    htmlRaw: Buffer.byteLength(html),
    requests: 1 + jsFiles.size + sheets.length + icons + images,
  };
}

/** Which budget a page falls under: the article (site root), a chapter embed, or a single chapter (any other page). */
export const kindOf = (page) => (page === '/' ? 'article' : /^\/embed\/[^/]+\/$/.test(page) ? 'embed' : 'chapter');

/** Every HTML page of the build, the 404 page included, article first. */
export async function measureSite(dist = 'dist', base = '/') {
  const files = (await htmlFiles(dist)).sort();
  const rows = await Promise.all(files.map((f) => measurePage(dist, base, f)));
  return rows.sort((a, b) => (a.page === '/' ? -1 : b.page === '/' ? 1 : 0));
}

/** Checks every page against its budget; returns one result per page and measure. */
export function checkBudgets(rows) {
  return rows.flatMap((r) =>
    ['js', 'css', 'html'].map((k) => ({ page: r.page, measure: k, value: r[k], limit: BUDGETS[kindOf(r.page)][k], ok: r[k] <= BUDGETS[kindOf(r.page)][k] })),
  );
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

/** The table `npm run budget` and `npm test` print: one line per page, measure / budget in gzip KB. */
export function budgetTable(rows) {
  const lines = [['page', 'kind', 'JS gzip', 'CSS gzip', 'HTML gzip', 'HTML raw', 'requests'].map((h, i) => (i < 2 ? h.padEnd(i ? 8 : 34) : h.padStart(15))).join(' ')];
  for (const r of rows) {
    const b = BUDGETS[kindOf(r.page)];
    const cells = [`${kb(r.js)}/${kb(b.js).replace(' KB', '')}`, `${kb(r.css)}/${kb(b.css).replace(' KB', '')}`, `${kb(r.html)}/${kb(b.html).replace(' KB', '')}`, kb(r.htmlRaw), String(r.requests)];
    lines.push([r.page.padEnd(34), kindOf(r.page).padEnd(8), ...cells.map((c) => c.padStart(15))].join(' '));
  }
  return lines.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dist = process.argv.find((a) => a.startsWith('--dist='))?.slice(7) ?? 'dist';
  const rows = await measureSite(dist, '/');
  const checks = checkBudgets(rows);
  console.log(budgetTable(rows));
  const failed = checks.filter((c) => !c.ok);
  for (const f of failed) console.log(`OVER BUDGET: ${f.page} ${f.measure} ${f.value} bytes > ${f.limit} bytes`);
  console.log(`budget checks: ${checks.length - failed.length} within budget, ${failed.length} over`);
  if (process.argv.includes('--assert') && failed.length) process.exitCode = 1;
}
