// Tracing figures on a small page against the real data: rows picked by dates, computations, weekdays, allowed furniture, failures.
import { describe, expect, test } from 'vitest';
import { checkPages } from './check';
import { loadData } from './data';

const data = loadData();
const html = (body: string, chapter = 'the-climb') => `<html><head><title>x</title></head><body><main><article class="chapter" id="${chapter}">${body}</article></main></body></html>`;
const page = (body: string, chapter = 'the-climb') => checkPages({ data, dist: 'dist', pages: [{ path: `${chapter}/index.html`, content: html(body, chapter) }] });
const status = (body: string, chapter?: string) => page(body, chapter).checked.map((c) => `${c.figure}: ${c.status}`);

describe('checkPages', () => {
  test('a date in the sentence picks the row; the value must be that row’s, to the decimals shown', () => {
    expect(status('<p>On 28 January 2026 the index closed at 6,978.03.</p>')).toEqual(['28 January 2026: traced', '6,978.03: traced']);
    expect(status('<p>On 28 January 2026 the index closed at 6,978.04.</p>')).toEqual(['28 January 2026: traced', '6,978.04: failed']);
    // 6,978.60 is a close, but of 27 January (and SOURCES.md quotes it): in a sentence about 28 January it is not that day's low.
    expect(status('<p>On 28 January 2026 the low was 6,978.60.</p>')).toEqual(['28 January 2026: traced', '6,978.60: failed']);
    expect(status('<p>The day before, it closed at 6,978.60.</p>')).toEqual(['6,978.60: traced']);
  });

  test('a lone date in a long series must be the row of a figure beside it, or a computed date', () => {
    expect(status('<p>It fell to 4,982.77 on 8 April 2025.</p>')).toEqual(['4,982.77: traced', '8 April 2025: traced']);
    expect(status('<p>Something happened on 9 April 2025.</p>')).toEqual(['9 April 2025: failed']);
  });

  test('a year stated by a date in the SOURCES.md section of a file the text draws on ("since 1871": 1871-01-01)', () => {
    const title = (y: number) => `<section class="scrolly-section" data-chart="climb"><p class="chart-title">Monthly averages since ${y}</p></section>`;
    expect(status(title(1871))).toEqual(['1871: traced']);
    expect(status(title(1872))).toEqual(['1872: failed']);
  });

  test('computed figures are recomputed; words and qualifiers count', () => {
    expect(status('<p>The last thousand points took just over a year; 302 trading days.</p>')).toEqual(['a year: traced', '302: traced']);
    expect(status('<p>It took 303 trading days.</p>')).toEqual(['303: failed']);
  });

  test('a wrong weekday, an impossible date and an unplaced figure fail; furniture is allowed', () => {
    expect(status('<p>Thursday 28 January 2026</p>')).toEqual(['Thursday 28 January 2026: failed']);
    expect(status('<p>On 30 February 2026.</p>')).toEqual(['30 February 2026: failed']);
    expect(status('<div class="step-nav"><span>Step 2 of 4</span></div>')).toEqual(['2: allowed', '4: allowed']);
    const r = page('<p>It rose 12.5% somehow.</p>');
    expect(r.checked[0]).toMatchObject({ figure: '12.5%', status: 'failed', context: 'It rose 12.5% somehow.' });
    expect(r.summary).toMatch(/1 pages, 0 chart images, 1 figures found, 0 traced, 0 allowed, 1 failed/);
  });

  test('the editorial figures: a fall computed from the closes, a count over the years a title names, a word a named source gives', () => {
    const fall = '<p>The bear market of 2022, when the index’s close fell 25.4% between 3 January 2022 and 12 October 2022, stretched the road.</p>';
    expect(status(fall)).toEqual(['2022: traced', '25.4%: traced', '3 January 2022: traced', '12 October 2022: traced']);
    expect(status(fall.replace('25.4%', '25.5%').replace('12 October', '13 October'))).toEqual(['2022: traced', '25.5%: failed', '3 January 2022: traced', '13 October 2022: failed']);
    const title = (n: number) => `<p class="chart-title">2022–2023: ${n} hikes took the range to 5.25%–5.50%</p>`;
    expect(status(title(11), 'the-fed-holds')).toContain('11: traced');
    expect(status(title(12), 'the-fed-holds')).toContain('12: failed');
    const dollar = (n: string) => `<p>Reuters tied that day’s rise to a falling dollar, near its lowest in ${n} years.</p>`;
    expect(status(dollar('four'), 'two-markets')).toEqual(['four: traced']);
    expect(status(dollar('five'), 'two-markets')).toEqual(['five: failed']);
    expect(status(dollar('four').replace('Reuters', 'A report'), 'two-markets')).toEqual(['four: failed']);
  });
});

describe('checkPages: the notes', () => {
  const entry = (file: string, line: string) =>
    `<html><body><main><section class="notes"><dl class="notes-data"><div class="notes-item"><dt>Data <span class="notes-file">(${file})</span></dt><dd>${line}</dd></div></dl></section></main></body></html>`;
  const run = (file: string, line: string) => checkPages({ data, dist: 'dist', pages: [{ path: 'index.html', content: entry(file, line) }] }).checked.map((c) => `${c.figure}: ${c.status}`);

  test('a data set’s entry speaks for its own file only: its rows, its first and last dates, the year it begins', () => {
    const coverage = 'Coverage: 2,646 rows, 12 February 2016 to 21 August 2026.';
    expect(run('sp500_daily_close.csv', coverage)).toEqual(['2,646: traced', '12 February 2016: traced', '21 August 2026: traced']);
    expect(run('sp500_daily_ohlc_yahoo.csv', coverage)).toEqual(['2,646: failed', '12 February 2016: failed', '21 August 2026: traced']);
    expect(run('sp500_monthly.csv', 'Monthly averages since 1871.')).toEqual(['1871: traced']);
    expect(run('sp500_monthly.csv', 'Monthly averages since 1872.')).toEqual(['1872: failed']);
    expect(run('sp500_daily_ohlc_yahoo.csv', 'Only the sessions of 27 and 28 January 2026 are quoted; the 449 sessions are not offered.')).toEqual(['27: traced', '28 January 2026: traced', '449: traced']);
    expect(run('sp500_daily_ohlc_yahoo.csv', 'Only the sessions of 26 and 28 January 2026 are quoted; the 450 sessions are not offered.')).toEqual(['26: failed', '28 January 2026: traced', '450: failed']);
  });
});

describe('checkPages: chart image files', () => {
  const step = (alt: string) =>
    `<section class="scrolly-section" data-chart="climb"><section class="step" data-state="jan28"><div class="step-text"><p>On 28 January 2026 the index closed at 6,978.03.</p></div>` +
    `<figure class="step-figure"><figcaption><p class="chart-title">28 January 2026: above 7,000 at the open</p></figcaption><div class="chart-frame"><picture class="chart-image">` +
    `<source srcset="/charts/climb-jan28-wide-0a.svg"><img src="/charts/climb-jan28-narrow-0b.svg" alt="${alt}"></picture></div></figure></section></section>`;
  const svg = (label: string, tick = 'Wed 28 Jan') => `<svg xmlns="http://www.w3.org/2000/svg" data-state="jan28"><text class="tick">${tick}</text><text class="label">${label}</text></svg>`;
  const run = (label: string, tick?: string, pages = ['the-climb/index.html'], alt = 'It closed at 6,978.03.') =>
    checkPages({
      data,
      dist: 'dist',
      pages: [
        ...pages.map((path) => ({ path, content: html(step(alt)) })),
        { path: 'charts/climb-jan28-wide-0a.svg', content: svg(label, tick) },
        { path: 'charts/climb-jan28-narrow-0b.svg', content: svg(label, tick) },
      ],
    });

  test('each text in each image file is checked once, in the step’s context, attributed to every page that shows it', () => {
    const r = run('Close 6,978.03', undefined, ['embed/the-climb/index.html', 'the-climb/index.html']);
    const images = r.checked.filter((c) => c.page.startsWith('charts/'));
    expect(images.map((c) => `${c.page} ${c.place} ${c.figure}: ${c.status}`)).toEqual([
      'charts/climb-jan28-wide-0a.svg axis-tick Wed 28 Jan: allowed',
      'charts/climb-jan28-wide-0a.svg chart-label 6,978.03: traced',
      'charts/climb-jan28-narrow-0b.svg axis-tick Wed 28 Jan: allowed',
      'charts/climb-jan28-narrow-0b.svg chart-label 6,978.03: traced',
    ]);
    expect(images.every((c) => c.chapter === 'the-climb' && c.shownOn?.join() === 'embed/the-climb/index.html,the-climb/index.html')).toBe(true);
    expect(r.summary).toMatch(/2 pages, 2 chart images,/);
    expect(r.unshown).toEqual([]);
  });

  test('a wrong label or tick weekday in an image file fails with the file; a wrong figure in the <img> alt fails as alt text', () => {
    const label = run('Close 6,988.03').checked.filter((c) => c.status === 'failed');
    expect(label.map((c) => `${c.page} ${c.figure}`)).toEqual(['charts/climb-jan28-wide-0a.svg 6,988.03', 'charts/climb-jan28-narrow-0b.svg 6,988.03']);
    const tick = run('Close 6,978.03', 'Thu 28 Jan').checked.filter((c) => c.status === 'failed');
    expect(tick.map((c) => c.how)).toEqual(['the weekday does not match the date (it was a Wednesday)', 'the weekday does not match the date (it was a Wednesday)']);
    const alt = run('Close 6,978.03', undefined, undefined, 'It closed at 6,988.03.').checked.filter((c) => c.status === 'failed');
    expect(alt.map((c) => `${c.page} ${c.place} ${c.figure}`)).toEqual(['the-climb/index.html alt 6,988.03']);
  });

  test('an image file no page shows is listed; one a page shows but the build lacks is an error', () => {
    const r = checkPages({ data, dist: 'dist', pages: [{ path: 'charts/climb-jan28-wide-0a.svg', content: svg('Close 6,978.03') }] });
    expect(r.unshown).toEqual(['charts/climb-jan28-wide-0a.svg']);
    expect(() => checkPages({ data, dist: 'dist', pages: [{ path: 'the-climb/index.html', content: html(step('x')) }] })).toThrow(/the-climb\/index\.html: shows charts\/climb-jan28-wide-0a\.svg, which is not in the build/);
  });
});

