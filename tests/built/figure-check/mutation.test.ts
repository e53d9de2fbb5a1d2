// Mutation test: a copy of a built file with one shown figure altered must fail the check, for every kind of place a figure is shown.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { builtPages, checkPages, type Checked, type Report } from './check';
import { loadData } from './data';
import { mutateFile, wrongFigure } from './mutate';

const DIST = 'dist';
const built = existsSync(`${DIST}/index.html`);
const fromRow = (c: Checked) => /\.csv:\d+ \w+ \(row picked by a date/.test(c.how);
const significant = (s: string) => s.replace(/\D/g, '').replace(/^0+/, '').replace(/0+$/, '').length;
const WORD = /^(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twice)$/i;

/** One case per kind of place a figure is shown in; each picks, from the unaltered site's report, the first figure that fits. */
const CASES: { place: string; pick: (c: Checked) => boolean }[] = [
  { place: 'chart label in a chart image file ("Close 6,978.03")', pick: (c) => c.page.startsWith('charts/day-') && c.place === 'chart-label' && /^Close [\d,.]+$/.test(c.text) },
  { place: 'prose number read from a data row', pick: (c) => c.page === 'the-climb/index.html' && c.place === 'prose' && c.kind === 'number' && fromRow(c) && significant(c.figure) >= 4 },
  { place: 'prose percentage computed from rows', pick: (c) => c.page === 'two-markets/index.html' && c.place === 'prose' && c.how.startsWith('computed:') && c.figure.endsWith('%') },
  { place: 'prose count computed from rows', pick: (c) => c.page === 'the-fed-holds/index.html' && c.place === 'prose' && c.how.startsWith('computed:') && /^\d+$/.test(c.figure) },
  { place: 'prose date of a computed event', pick: (c) => c.page === 'two-markets/index.html' && c.place === 'prose' && c.kind === 'date' && c.how.startsWith('computed:') && !c.how.includes('story day') },
  { place: 'prose percentage of a computed fall (the bear market of 2022)', pick: (c) => c.page === 'the-climb/index.html' && c.place === 'prose' && c.how.startsWith('computed: deepest fall') },
  { place: 'prose number word traced to a context source ("four years", Reuters)', pick: (c) => c.page === 'two-markets/index.html' && c.place === 'prose' && WORD.test(c.figure) && c.how.includes('sources for context') },
  { place: 'prose date beside a figure from its row', pick: (c) => c.page === 'the-climb/index.html' && c.place === 'prose' && c.kind === 'date' && c.how.includes('the row of a figure beside it') },
  { place: 'weekday beside a date', pick: (c) => c.page === 'the-climb/index.html' && c.kind === 'date' && c.place !== 'axis-tick' && /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)/.test(c.figure) },
  { place: 'axis tick date with its weekday, in a chart image file', pick: (c) => c.page.startsWith('charts/climb-') && c.kind === 'date' && c.place === 'axis-tick' && /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)/.test(c.figure) },
  { place: 'table cell read from a data row', pick: (c) => c.page === 'two-markets/index.html' && c.place === 'table-cell' && fromRow(c) && significant(c.figure) >= 5 },
  { place: 'table cell computed per row (rebased index)', pick: (c) => c.page === 'two-markets/index.html' && c.place === 'table-cell' && /rebased/.test(c.how) && !/^100$/.test(c.figure) },
  { place: 'table caption', pick: (c) => c.page === 'two-markets/index.html' && c.place === 'table-caption' && c.how.startsWith('computed:') && /\d/.test(c.figure) },
  { place: 'alt text on the chart image (<img alt>)', pick: (c) => c.page === 'the-climb/index.html' && c.place === 'alt' && c.kind === 'number' && fromRow(c) && significant(c.figure) >= 4 },
  { place: 'chart title (a count over a period: "2022–2023: 11 hikes")', pick: (c) => c.page === 'the-fed-holds/index.html' && c.place === 'chart-title' && c.kind === 'number' && c.how.startsWith('computed: hikes from') },
  { place: 'chart subtitle', pick: (c) => c.page === 'two-markets/index.html' && c.place === 'chart-subtitle' && c.kind === 'date' && c.status === 'traced' },
  { place: 'page title', pick: (c) => c.page === 'the-climb/index.html' && c.place === 'page-title' && c.kind === 'number' },
  { place: 'share card text (og:image:alt and description)', pick: (c) => c.page === 'the-climb/index.html' && c.place === 'meta' && c.kind === 'number' && fromRow(c) },
  { place: 'oEmbed title', pick: (c) => c.page === 'oembed/the-climb.json' && c.kind === 'number' },
  { place: 'scene file label (the sticky chart the browser draws)', pick: (c) => c.page.startsWith('scenes/day-') && c.place === 'chart-label' && fromRow(c) },
  { place: 'contents list entry', pick: (c) => c.page === 'the-fed-holds/index.html' && c.place === 'contents' && c.kind === 'number' && c.status === 'traced' },
  { place: 'row count of a withheld table (caption: no download, so the rows of its window in the data)', pick: (c) => c.page === 'the-climb/index.html' && c.place === 'table-caption' && /^rows of \S+ from .* its table shows$/.test(c.how) && Number(c.figure.replace(/,/g, '')) >= 10 },
  { place: 'withheld table’s note ("These 252 rows are a series owned by …")', pick: (c) => c.page === 'two-markets/index.html' && c.place === 'prose' && /^rows of \S+ from /.test(c.how) && /^These /.test(c.context) },
  { place: 'download link row count', pick: (c) => c.page === 'the-fed-holds/index.html' && /^rows in the download /.test(c.how) && Number(c.figure.replace(/,/g, '')) >= 10 },
  { place: 'notes coverage', pick: (c) => c.page === 'index.html' && c.chapter === 'notes' && /computed: rows in/.test(c.how) },
  { place: 'notes: a data set’s row limit, from licences.json ("more than 16 of its rows")', pick: (c) => c.page === 'index.html' && c.chapter === 'notes' && /^licences\.json:\d+ quote_limit/.test(c.how) && Number(c.figure) >= 10 },
  { place: 'notes: a figure the licence manifest states ("17 U.S.C. §", "ten years of")', pick: (c) => c.page === 'index.html' && c.chapter === 'notes' && c.how.startsWith('quoted in licences.json') },
  { place: 'notes: the first of two days sharing a month ("27 and 28 January 2026")', pick: (c) => c.page === 'index.html' && c.chapter === 'notes' && c.kind === 'date' && /^\d{1,2}$/.test(c.figure) && c.status === 'traced' },
  { place: 'JSON-LD: a chart data set’s temporalCoverage (start)', pick: (c) => c.page === 'the-climb/index.html' && c.place === 'json-ld' && /^temporal coverage: begins/.test(c.how) },
  { place: 'JSON-LD: a chart data set’s temporalCoverage (end)', pick: (c) => c.page === 'index.html' && c.place === 'json-ld' && /^temporal coverage: ends/.test(c.how) && c.kind === 'date' },
  { place: 'JSON-LD: a chapter part’s position', pick: (c) => c.page === 'index.html' && c.place === 'json-ld' && c.how.startsWith('position of chapter') && c.figure !== '1' },
  { place: 'JSON-LD: the publication date (build metadata)', pick: (c) => c.page === 'the-fed-holds/index.html' && c.place === 'json-ld' && /^build metadata: SITE_PUBLISHED/.test(c.how) },
  { place: 'JSON-LD: a data set description’s count ("2 of its 4 states")', pick: (c) => c.page === 'the-climb/index.html' && c.place === 'json-ld' && c.how.startsWith('counted:') },
  { place: 'JSON-LD: a figure in a chapter part’s headline or a download’s name', pick: (c) => c.page === 'index.html' && c.place === 'json-ld' && c.kind === 'number' && fromRow(c) && significant(c.figure) >= 3 },
  { place: 'number word', pick: (c) => c.page === 'the-climb/index.html' && WORD.test(c.figure) && c.status === 'traced' },
];

describe('mutation test: an altered figure fails the check', () => {
  test('the site is built (npm test builds first; run `npx astro build` before running this file alone)', () => {
    expect(built).toBe(true);
  });
  if (!built) return;

  const data = loadData();
  const pages = builtPages(DIST);
  const baseline = checkPages({ data, dist: DIST, pages });
  const contentOf = (path: string) => readFileSync(join(DIST, path), 'utf8');
  const tried: string[] = [];

  test.each(CASES)('$place', ({ place, pick }) => {
    const candidates = baseline.checked.filter((c) => c.status !== 'failed' && pick(c));
    expect(candidates.length, `no figure on the site fits the case "${place}"`).toBeGreaterThan(0);
    const target = candidates.find((c) => mutateFile(contentOf(c.page), c, wrongFigure(c.figure, c.kind)));
    expect(target, `none of the ${candidates.length} figures for "${place}" could be found in its file`).toBeDefined();
    const to = wrongFigure(target!.figure, target!.kind);
    const mutated = mutateFile(contentOf(target!.page), target!, to)!;
    // A chart image is checked with the page that shows it: the page as built, the image altered.
    const showing = (target!.shownOn ?? []).slice(0, 1).map((p) => ({ path: p, content: contentOf(p) }));
    const report = checkPages({ data, dist: DIST, pages: [...showing, { path: target!.page, content: mutated.content }] });
    const failed = report.checked.filter((c) => c.status === 'failed' && c.figure === to);
    tried.push(`${place}: ${target!.page} "${target!.figure}" -> "${to}": ${failed[0] ? `fails: ${failed[0].how}` : 'PASSED (not caught)'}`);
    expect(failed.length, `${target!.page}: "${target!.figure}" changed to "${to}" (${mutated.snippet}) still passes`).toBeGreaterThan(0);
  });

  test('JSON-LD: a structured-data figure is checked like any other (a block added to the page)', () => {
    const page = 'the-climb/index.html';
    const headline = (close: string) => `The S&P 500 closed at ${close} on 28 January 2026`;
    const inject = (text: string) => contentOf(page).replace('</head>', `<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: text })}</script></head>`);
    const added = (r: Report, text: string) => r.checked.filter((c) => c.place === 'json-ld' && c.context === text);
    const good = checkPages({ data, dist: DIST, pages: [{ path: page, content: inject(headline('6,978.03')) }] });
    expect(added(good, headline('6,978.03')).map((c) => `${c.figure}: ${c.status}`)).toEqual(['6,978.03: traced', '28 January 2026: traced']);
    const bad = checkPages({ data, dist: DIST, pages: [{ path: page, content: inject(headline('6,988.03')) }] });
    const failed = added(bad, headline('6,988.03')).filter((c) => c.status === 'failed');
    tried.push(`JSON-LD: an added block's headline "closed at 6,988.03": ${failed[0] ? `fails: ${failed[0].how}` : 'PASSED (not caught)'}`);
    expect(failed.map((c) => c.figure)).toEqual(['6,988.03']);
  });

  test('lists the mutations tried', () => {
    console.log(`mutations:\n${tried.map((t) => `  ${t}`).join('\n')}`);
    expect(tried.length).toBe(CASES.length + 1);
  });
});
