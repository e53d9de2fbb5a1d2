// Tracing figures on a small page against the real data: rows picked by dates, computations, weekdays, allowed furniture, failures.
import { describe, expect, test } from 'vitest';
import { checkPages } from './check';
import { loadData } from './data';

const data = loadData();
const page = (body: string) =>
  checkPages({ data, dist: 'dist', pages: [{ path: 'the-climb/index.html', content: `<html><head><title>x</title></head><body><main><article class="chapter" id="the-climb">${body}</article></main></body></html>` }] });
const status = (body: string) => page(body).checked.map((c) => `${c.figure}: ${c.status}`);

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
    expect(r.summary).toMatch(/1 pages, 1 figures found, 0 traced, 0 allowed, 1 failed/);
  });
});
