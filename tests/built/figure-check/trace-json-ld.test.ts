// JSON-LD members held to rules of their own: a chapter part's position, the publication dates (build metadata), a chart data set's
// temporal coverage (the span of the rows its tables show) and its count of states and withheld tables.
import { afterEach, describe, expect, test, vi } from 'vitest';
import { checkPages } from './check';
import { loadData } from './data';

const data = loadData();
afterEach(() => vi.unstubAllEnvs());

const TABLE =
  `<div class="table-wrap" data-withheld><table><caption>The run</caption><thead><tr><th>Date</th><th>Close</th><th>Source</th></tr></thead><tbody>` +
  `<tr><td>11 November 2024</td><td>6,001.35</td><td>FRED, 12 Feb 2026</td></tr><tr><td>28 January 2026</td><td>6,978.03</td><td>FRED, 12 Feb 2026</td></tr></tbody></table></div>`;
const OFFERED =
  `<div class="table-wrap"><table><caption>The day</caption><thead><tr><th>Date</th><th>Close</th></tr></thead><tbody>` +
  `<tr><td>27 January 2026</td><td>6,978.60</td></tr><tr><td>28 January 2026</td><td>6,978.03</td></tr></tbody></table></div>`;
const BODY = `<main><article class="chapter" id="the-climb"><section class="scrolly-section" data-chart="climb"><section class="step" data-state="from-6000"><p>Text.</p></section>` +
  `<section class="step" data-state="jan28"><p>Text.</p></section><details class="chart-data">${TABLE}${OFFERED}</details></section></article></main>`;

const page = (ld: object) => `<html><head><script type="application/ld+json">${JSON.stringify(ld)}</script></head><body>${BODY}</body></html>`;
const article = (over: Record<string, unknown> = {}, dataset: Record<string, unknown> = {}) => ({
  '@context': 'https://schema.org',
  '@type': 'NewsArticle',
  url: 'http://x/news/the-climb/',
  position: 1,
  datePublished: '2026-08-21',
  dateModified: '2026-08-21',
  isPartOf: { '@type': 'NewsArticle', url: 'http://x/news/', headline: 'Seven Thousand' },
  hasPart: [{ '@type': 'ImageObject', isBasedOn: { '@type': 'Dataset', '@id': 'http://x/news/data/climb.metadata.json', temporalCoverage: '2024-11-11/2026-01-28', description: '1 of its 2 states draw series whose owners allow only quoted figures.', ...dataset } }],
  ...over,
});
const ld = (json: object) =>
  checkPages({ data, dist: 'dist', pages: [{ path: 'the-climb/index.html', content: page(json) }] })
    .checked.filter((c) => c.place === 'json-ld')
    .map((c) => `${c.figure}: ${c.status}`);

describe('JSON-LD members', () => {
  test('as built: position, dates, coverage and counts all trace', () => {
    vi.stubEnv('SITE_PUBLISHED', '');
    expect(ld(article())).toEqual(['1: traced', '2026-08-21: traced', '2026-08-21: traced', '2024-11-11: traced', '2026-01-28: traced', '1: traced', '2: traced']);
  });

  test('a position is the chapter’s place in the story', () => {
    expect(ld(article({ position: 2 }))[0]).toBe('2: failed');
  });

  test('the publication date is SITE_PUBLISHED, else the newest date in the data; dateModified the latest of it and the corrections', () => {
    vi.stubEnv('SITE_PUBLISHED', '');
    expect(ld(article({ datePublished: '2026-08-20' })).slice(1, 3)).toEqual(['2026-08-20: failed', '2026-08-21: traced']);
    vi.stubEnv('SITE_PUBLISHED', '2026-09-01');
    expect(ld(article()).slice(1, 3)).toEqual(['2026-08-21: failed', '2026-08-21: failed']);
    const corrected = article({ datePublished: '2026-09-01', dateModified: '2026-09-05', correction: [{ '@type': 'CorrectionComment', text: 'Fixed.', datePublished: '2026-09-05' }] });
    expect(ld(corrected).filter((s) => s.startsWith('2026-09'))).toEqual(['2026-09-01: traced', '2026-09-05: traced', '2026-09-05: traced']);
    expect(ld({ ...corrected, dateModified: '2026-09-01' }).filter((s) => s.startsWith('2026-09'))).toEqual(['2026-09-01: traced', '2026-09-01: failed', '2026-09-05: traced']);
  });

  test('a temporal coverage spans the rows the chart’s tables show (their cells and the rows traced from them; a source’s date is not a row’s)', () => {
    expect(ld(article({}, { temporalCoverage: '2024-11-12/2026-01-28' })).slice(3, 5)).toEqual(['2024-11-12: failed', '2026-01-28: traced']);
    expect(ld(article({}, { temporalCoverage: '2024-11/2026-02-12' })).slice(3, 5)).toEqual(['2024-11: failed', '2026-02-12: failed']);
    expect(ld(article({}, { '@id': 'http://x/news/data/gold.metadata.json' })).slice(3, 5)).toEqual(['2024-11-11: failed', '2026-01-28: failed']);
  });

  test('"K of its M states": the chart’s tables marked withheld, and its states, counted on the page', () => {
    expect(ld(article({}, { description: '2 of its 2 states draw series whose owners allow only quoted figures.' })).slice(5)).toEqual(['2: failed', '2: traced']);
    expect(ld(article({}, { description: '1 of its 3 states draw series whose owners allow only quoted figures.' })).slice(5)).toEqual(['1: traced', '3: failed']);
  });
});
