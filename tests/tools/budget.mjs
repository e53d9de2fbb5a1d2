// Byte budgets per built page: JavaScript, CSS and HTML in gzip bytes, plus request count; `--assert` fails over budget.
import { readFile, readdir } from 'node:fs/promises';
import { dirname, join, posix, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Budgets in gzip bytes (KB = 1,024 bytes). The article page carries every chapter; chapter pages carry one. */
export const BUDGETS = {
  article: { js: 40 * 1024, css: 10 * 1024, html: 200 * 1024 },
  chapter: { js: 35 * 1024, css: 10 * 1024, html: 200 * 1024 },
};

const gz = (buf) => gzipSync(buf, { level: 9 }).length;

async function htmlFiles(dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await htmlFiles(p)));
    else if (entry.name.endsWith('.html')) out.push(p);
  }
  return out;
}

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
  return {
    page: '/' + relative(dist, file).replace(/index\.html$/, ''),
    js,
    css,
    html: gz(Buffer.from(html)),
    htmlRaw: Buffer.byteLength(html),
    requests: 1 + jsFiles.size + sheets.length + icons,
  };
}

/** Which budget a page falls under: the article (site root) or a single chapter. */
const kindOf = (page) => (page === '/' ? 'article' : 'chapter');

export async function measureSite(dist = 'dist', base = '/') {
  const files = (await htmlFiles(dist)).filter((f) => !/\/404\.html$/.test(f)).sort();
  return Promise.all(files.map((f) => measurePage(dist, base, f)));
}

/** Checks every page against its budget; returns one result per page and measure. */
export function checkBudgets(rows) {
  return rows.flatMap((r) =>
    ['js', 'css', 'html'].map((k) => ({ page: r.page, measure: k, value: r[k], limit: BUDGETS[kindOf(r.page)][k], ok: r[k] <= BUDGETS[kindOf(r.page)][k] })),
  );
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

if (import.meta.url === `file://${process.argv[1]}`) {
  const dist = process.argv.find((a) => a.startsWith('--dist='))?.slice(7) ?? 'dist';
  const rows = await measureSite(dist, '/');
  const checks = checkBudgets(rows);
  console.log('page'.padEnd(28), 'JS gzip'.padStart(12), 'CSS gzip'.padStart(12), 'HTML gzip'.padStart(12), 'HTML raw'.padStart(12), 'requests'.padStart(9));
  for (const r of rows) {
    const b = BUDGETS[kindOf(r.page)];
    console.log(r.page.padEnd(28), `${kb(r.js)}/${kb(b.js).replace(' KB', '')}`.padStart(12), `${kb(r.css)}/${kb(b.css).replace(' KB', '')}`.padStart(12), kb(r.html).padStart(12), kb(r.htmlRaw).padStart(12), String(r.requests).padStart(9));
  }
  const failed = checks.filter((c) => !c.ok);
  for (const f of failed) console.log(`OVER BUDGET: ${f.page} ${f.measure} ${f.value} bytes > ${f.limit} bytes`);
  console.log(`budget checks: ${checks.length - failed.length} within budget, ${failed.length} over`);
  if (process.argv.includes('--assert') && failed.length) process.exitCode = 1;
}
