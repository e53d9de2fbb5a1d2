// Runs the independent figure check over the built site: every figure a reader sees or hears must trace to the data, or be allowed.
import { existsSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { builtPages, checkPages, describeFailures, type Report } from './check';
import { loadData } from './data';

const DIST = 'dist';
const built = existsSync(`${DIST}/index.html`);

describe('figures on the built pages, checked against content/data', () => {
  test('the site is built (npm test builds first; run `npx astro build` before running this file alone)', () => {
    expect(built).toBe(true);
  });
  if (!built) return;

  const started = Date.now();
  const report: Report = checkPages({ data: loadData(), dist: DIST, pages: builtPages(DIST) });
  const ms = Date.now() - started;
  console.log(`${report.summary} (${(ms / 1000).toFixed(1)} s)`);

  test('reads every page, the oEmbed files and the scene files', () => {
    for (const p of ['index.html', '404.html', 'the-climb/index.html', 'embed/the-climb/index.html', 'oembed/the-climb.json']) expect(report.pages).toContain(p);
    expect(report.pages.some((p) => p.startsWith('scenes/'))).toBe(true);
    expect(report.checked.length).toBeGreaterThan(1000);
  });

  test('every figure traces to a data cell, a computation or SOURCES.md, or is on the allow-list', () => {
    const failed = report.checked.filter((c) => c.status === 'failed');
    expect(failed, `figures that trace to nothing:\n${describeFailures(failed)}`).toEqual([]);
  });

  test('covers every figure the pages mark as quoted from the data (the <Num> spans the old prose-figures test read)', () => {
    const missing: string[] = [];
    for (const page of builtPages(DIST).filter((p) => p.path.endsWith('.html'))) {
      const shown = new Set(report.checked.filter((c) => c.page === page.path && c.status === 'traced').map((c) => c.figure));
      for (const m of page.content.matchAll(/<(span|time)\b[^>]*\bdata-figure="([^"]*)"[^>]*>([^<]*)<\/\1>/g)) {
        const text = m[3]!.replace(/&nbsp;|\u00a0/g, ' ').trim();
        // The span may hold the figure with its unit ("$1.6 trillion" holds the figure "$1.6").
        if (![...shown].some((f) => text.includes(f) || f.includes(text))) missing.push(`${page.path} ${m[2]}: "${text}"`);
      }
    }
    expect(missing).toEqual([]);
  });

  test('known errors still in the text are listed (temporary: the list empties as the editorial fixes land)', () => {
    const known = report.checked.filter((c) => c.status === 'known-error');
    if (known.length) console.log(`known errors still shown:\n${describeFailures(known)}`);
    expect(report.stale, `known errors no longer found (fixed): remove them from known-errors.ts`).toEqual([]);
  });

  test('notes which data cells are shown with different numbers of decimals (style, not a failure)', () => {
    if (report.precision.length) console.log(`cells shown with different decimals:\n${report.precision.map((p) => `  ${p.cell}: ${p.shown.join(' | ')}`).join('\n')}`);
    expect(Array.isArray(report.precision)).toBe(true);
  });

  test('runs in seconds', () => {
    expect(ms).toBeLessThan(15_000);
  });
});
