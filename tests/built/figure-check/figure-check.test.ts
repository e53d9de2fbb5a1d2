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

  test('reads every page, the oEmbed files, the scene files and the chart image files', () => {
    for (const p of ['index.html', '404.html', 'the-climb/index.html', 'embed/the-climb/index.html', 'oembed/the-climb.json']) expect(report.pages).toContain(p);
    expect(report.pages.some((p) => p.startsWith('scenes/'))).toBe(true);
    expect(report.pages.some((p) => p.startsWith('charts/'))).toBe(true);
    expect(report.checked.length).toBeGreaterThan(1000);
  });

  test('every chart image file is shown by a page, and its texts are checked, attributed to the pages that show it', () => {
    expect(report.unshown, 'chart images no page shows through an <img> or <source>: a page that shows them some other way escapes the check').toEqual([]);
    const images = report.pages.filter((p) => p.startsWith('charts/'));
    for (const file of images) {
      const figures = report.checked.filter((c) => c.page === file);
      expect(figures.length, `${file}: no figure read`).toBeGreaterThan(0);
      expect(figures.every((c) => c.shownOn && c.shownOn.length > 0 && c.chapter), `${file}: figures without the pages that show it or a chapter`).toBe(true);
    }
  });

  test('every figure traces to a data cell, a computation or SOURCES.md, or is on the allow-list', () => {
    const failed = report.checked.filter((c) => c.status === 'failed');
    expect(failed, `figures that trace to nothing:\n${describeFailures(failed)}`).toEqual([]);
  });

  test('covers every figure the pages mark as quoted from the data (the <Num> spans, data-number, the old prose-figures test read)', () => {
    const missing: string[] = [];
    let spans = 0;
    for (const page of builtPages(DIST).filter((p) => p.path.endsWith('.html'))) {
      const shown = new Set(report.checked.filter((c) => c.page === page.path && c.status === 'traced').map((c) => c.figure));
      for (const m of page.content.matchAll(/<(span|time)\b[^>]*\bdata-number="([^"]*)"[^>]*>([^<]*)<\/\1>/g)) {
        spans++;
        const text = m[3]!.replace(/&nbsp;|\u00a0/g, ' ').trim();
        // The span may hold the figure with its unit ("$1.6 trillion" holds the figure "$1.6").
        if (![...shown].some((f) => text.includes(f) || f.includes(text))) missing.push(`${page.path} ${m[2]}: "${text}"`);
      }
    }
    expect(missing).toEqual([]);
    // The spans are found at all (they were data-figure before <Num> marked them data-number): a renamed attribute must not empty this test.
    expect(spans).toBeGreaterThan(100);
  });

  test('notes which data cells are shown with different numbers of decimals (style, not a failure)', () => {
    if (report.precision.length) console.log(`cells shown with different decimals:\n${report.precision.map((p) => `  ${p.cell}: ${p.shown.join(' | ')}`).join('\n')}`);
    expect(Array.isArray(report.precision)).toBe(true);
  });

  test('runs in seconds', () => {
    expect(ms).toBeLessThan(15_000);
  });
});
