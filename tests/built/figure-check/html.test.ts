// Reading a built page into segments: where each text sits (place, chapter, chart, state), its context scopes, table headers and links.
import { describe, expect, test } from 'vitest';
import { chartImageFile, extractPage, extractSegments, jsonSegments } from './html';

const PAGE = `<!DOCTYPE html><html><head><title>The climb to 7,000 · Seven Thousand</title>
<meta name="description" content="How the S&amp;P 500 reached 7,000."><meta property="og:image:alt" content="Line chart: 4.44 in January 1871.">
<script>var x = "9,999";</script><script type="application/ld+json">{"@type":"NewsArticle","headline":"Closed at 6,978.03","url":"http://x/1"}</script></head>
<body><header class="masthead"><a class="masthead-title" href="/">Seven Thousand</a><span class="masthead-date">Wednesday 28 January 2026</span></header>
<main><article class="chapter" id="the-climb"><p class="chapter-kicker">Chapter 1</p><h1>The climb to 7,000</h1>
<section class="scrolly-section" data-chart="climb"><section class="step" data-state="jan28"><div class="step-text"><p>It opened at <span class="num" data-value="1">7,002.00</span>.</p></div>
<figure class="step-figure"><svg data-state="jan28" role="img" aria-label="Opened at 7,002.00 on 28 January 2026."><text class="tick">6,950</text><text class="label">Open 7,002.00</text></svg></figure></section>
<details class="chart-data"><div class="table-wrap"><table><caption>Two sessions</caption><thead><tr><th>Date</th><th>Close</th></tr></thead>
<tbody><tr><td><time datetime="2026-01-28">28 January 2026</time></td><td class="num">6,978.03</td></tr></tbody></table><p class="download"><a href="/data/climb-jan28.csv" download>Download CSV (1 rows)</a></p></div></details>
<div class="table-wrap" data-withheld><table><tbody><tr><td>4.44</td></tr></tbody></table></div></section>
</article><section class="notes"><dl><div class="notes-item"><dt>Daily closes (sp500_daily_close.csv)</dt><dd>Coverage: 449 rows.</dd></div></dl></section></main></body></html>`;

describe('extractSegments: label placement\'s markers', () => {
  test('a numbered marker is not a figure; its key line is read without its number', () => {
    const svg = '<svg data-state="records"><text class="label label-marker">1</text><text class="label-key">1  5,306 at 08:32 UTC</text></svg>';
    expect(extractSegments('charts/gold-records-small-0a.svg', svg).map((s) => [s.place, s.text])).toEqual([['chart-label', '5,306 at 08:32 UTC']]);
  });
});

describe('extractSegments', () => {
  const segs = extractSegments('the-climb/index.html', PAGE);
  const find = (text: string) => segs.find((s) => s.text === text)!;

  test('head text speaks for the page’s chapter; scripts are skipped except JSON-LD', () => {
    expect(find('The climb to 7,000 · Seven Thousand')).toMatchObject({ place: 'page-title', chapter: 'the-climb' });
    expect(find('Line chart: 4.44 in January 1871.')).toMatchObject({ place: 'meta', chapter: 'the-climb' });
    expect(find('Closed at 6,978.03')).toMatchObject({ place: 'json-ld' });
    expect(segs.some((s) => s.text.includes('9,999') || s.text.includes('http://x/1'))).toBe(false);
  });

  test('body text: its place, chapter, chart and state; words from touching elements stay apart', () => {
    expect(find('Seven Thousand Wednesday 28 January 2026')).toMatchObject({ place: 'prose', chapter: undefined });
    expect(find('Chapter 1')).toMatchObject({ place: 'heading', chapter: 'the-climb' });
    expect(find('It opened at 7,002.00.')).toMatchObject({ place: 'prose', chart: 'climb', state: 'jan28' });
    expect(find('6,950')).toMatchObject({ place: 'axis-tick', state: 'jan28' });
    expect(find('Open 7,002.00')).toMatchObject({ place: 'chart-label', state: 'jan28' });
    expect(find('Coverage: 449 rows.')).toMatchObject({ place: 'prose', chapter: 'notes' });
  });

  test('a withheld table’s text is marked; a notes entry’s lines share the entry, whose heading names its file', () => {
    expect(find('4.44')).toMatchObject({ place: 'table-cell', chart: 'climb', withheld: true });
    expect(find('6,978.03').withheld).toBeUndefined();
    expect(find('Coverage: 449 rows.').entry).toBeDefined();
    expect(find('Coverage: 449 rows.').entry).toBe(find('Daily closes (sp500_daily_close.csv)').entry);
  });

  test('an SVG’s label and its text marks share the SVG as their row; a table cell knows its column and row', () => {
    const alt = find('Opened at 7,002.00 on 28 January 2026.');
    expect(alt.place).toBe('aria-label');
    expect(alt.scopes[0]).toEqual(find('Open 7,002.00').scopes[0]);
    const cell = find('6,978.03');
    expect(cell).toMatchObject({ place: 'table-cell', columnHead: 'Close' });
    expect(cell.scopes[0]).toEqual(find('28 January 2026').scopes[0]);
    expect(find('Two sessions').place).toBe('table-caption');
    expect(find('Download CSV (1 rows)').links).toEqual(['/data/climb-jan28.csv']);
    expect(find('Download CSV (1 rows)').scopes.find((s) => s.kind === 'wrap')).toEqual(cell.scopes.find((s) => s.kind === 'wrap'));
  });
});

describe('jsonSegments', () => {
  test('JSON-LD: each string speaks for the chapter part and the chart data set holding it, with its member name', () => {
    const ld = {
      '@type': 'NewsArticle',
      url: 'http://x/news/',
      headline: 'Seven Thousand',
      hasPart: [
        { '@type': 'NewsArticle', url: 'http://x/news/the-climb/', position: 1, hasPart: [{ '@type': 'ImageObject', name: 'The climb', isBasedOn: { '@id': 'http://x/news/data/climb.metadata.json', temporalCoverage: '1871-01/2026-04-15' } }] },
        { '@type': 'NewsArticle', url: 'http://x/news/not-a-chapter/', position: 9 },
      ],
    };
    const segs = jsonSegments('index.html', ld, 'json-ld');
    const at = (key: string) => segs.filter((s) => s.jsonKey === key).map((s) => ({ text: s.text, chapter: s.chapter, chart: s.chart }));
    expect(at('headline')).toEqual([{ text: 'Seven Thousand', chapter: undefined, chart: undefined }]);
    expect(at('position')).toEqual([{ text: '1', chapter: 'the-climb', chart: undefined }, { text: '9', chapter: undefined, chart: undefined }]);
    expect(at('name')).toEqual([{ text: 'The climb', chapter: 'the-climb', chart: 'climb' }]);
    expect(at('temporalCoverage')).toEqual([{ text: '1871-01/2026-04-15', chapter: 'the-climb', chart: 'climb' }]);
    // On a chapter page the page's chapter holds, except under the article it is part of.
    const page = jsonSegments('the-fed-holds/index.html', { url: 'http://x/the-fed-holds/', headline: 'The Fed holds', isPartOf: { url: 'http://x/', headline: 'Seven Thousand' } }, 'json-ld', 'the-fed-holds');
    expect(page.map((s) => `${s.jsonPath}: ${s.chapter}`)).toEqual(['headline: the-fed-holds', 'isPartOf.headline: undefined']);
  });

  test('oEmbed: the title and the iframe’s title; addresses and sizes are not text', () => {
    const segs = jsonSegments('oembed/the-climb.json', { title: 'The climb to 7,000', html: '<iframe src="http://x/" title="The climb to 7,000" width="100%" height="800"></iframe>', width: 640, thumbnail_url: 'http://x/1.png' }, 'oembed', 'the-climb');
    expect(segs.map((s) => s.text)).toEqual(['The climb to 7,000', 'The climb to 7,000']);
  });
});

describe('extractPage: the chart images a page shows', () => {
  const PICTURE = `<html><body><main><article class="chapter" id="the-climb"><section class="scrolly-section" data-chart="climb">
<scrolly-figure data-chart="climb" data-state="long-view"><div class="chart-frame"><picture class="chart-image"><source media="(min-width: 596px)" srcset="/news/charts/climb-long-view-wide-1.svg"><img src="/news/charts/climb-long-view-narrow-2.svg" alt=""></picture></div></scrolly-figure>
<section class="step" data-state="milestones"><div class="step-text"><p>Text.</p></div><figure class="step-figure"><figcaption><p class="chart-title">Title</p></figcaption>
<div class="chart-frame"><picture class="chart-image"><source srcset="/charts/climb-milestones-wide-3.svg 1x, /charts/climb-milestones-wide-4.svg 2x"><img src="/charts/climb-milestones-narrow-5.svg?v=1" alt="Bar chart of 7 milestones."></picture></div></figure></section>
</section></article><img src="/favicon.svg" alt=""></main></body></html>`;
  const { segments, images } = extractPage('the-climb/index.html', PICTURE);

  test('every <source srcset> candidate and <img src> under charts/, base-aware; other images are not chart images', () => {
    expect(images.map((i) => i.file)).toEqual([
      'charts/climb-long-view-wide-1.svg',
      'charts/climb-long-view-narrow-2.svg',
      'charts/climb-milestones-wide-3.svg',
      'charts/climb-milestones-wide-4.svg',
      'charts/climb-milestones-narrow-5.svg',
    ]);
    expect(chartImageFile('/favicon.svg')).toBeUndefined();
  });

  test('each showing has its chapter, chart, state and scopes: the sticky copy none but its state, a step’s figure its picture and figure', () => {
    const [sticky, , step] = images;
    expect(sticky).toMatchObject({ page: 'the-climb/index.html', chapter: 'the-climb', chart: 'climb', state: 'long-view' });
    expect(sticky!.scopes.map((s) => s.kind)).toEqual(['row', 'state']);
    expect(step).toMatchObject({ chart: 'climb', state: 'milestones' });
    expect(step!.scopes.map((s) => s.kind)).toEqual(['row', 'group', 'state']);
    const alt = segments.find((s) => s.text === 'Bar chart of 7 milestones.')!;
    expect(alt.place).toBe('alt');
    expect(alt.scopes).toEqual(step!.scopes);
  });
});
