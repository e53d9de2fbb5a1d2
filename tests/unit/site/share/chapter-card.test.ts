// Covers src/site/share: a chapter's card with its lead chart, the chart styles with custom properties resolved, and a real 1200x630 PNG.
import { describe, expect, test } from 'vitest';
import { chartRules, customProperties, legacyRgb, resolveColorMix } from '../../../../src/site/chart-css';
import { chapterCardAlt, chapterCardPng, chapterCardSvg } from '../../../../src/site/share/chapter-card';
import { headline, sourceLines, wrapText } from '../../../../src/site/share/share-card';
import { findShareFonts } from '../../../../src/site/share/share-fonts';

test('chart styles: only .chart rules, outside @media, with var() resolved and the card font', () => {
  const css = ':root{--ink:#111;--a:red}.chart .line{stroke:var(--ink);font-family:system-ui}.page{color:var(--a)}@media (min-width:1px){.chart .x{fill:var(--a)}}.chart-frame svg{display:block}';
  const rules = chartRules(css, customProperties(css), { sans: 'Liberation Sans' }, 'x.css');
  expect(rules).toContain('.chart .line{stroke:#111;font-family:Liberation Sans}');
  expect(rules).not.toContain('.page');
  expect(rules).not.toContain('.chart .x');
  expect(() => chartRules('.chart .y{fill:var(--nope)}', new Map(), { sans: 'S' }, 'y.css')).toThrow(/y.css: the chart styles use --nope/);
});

test('color-mix in srgb becomes the colour it names; other forms fail with the file', () => {
  expect(resolveColorMix('a{stroke:color-mix(in srgb, #1d4f91 18%, #fff)}', 'x.css')).toBe('a{stroke:#d6dfeb}');
  expect(resolveColorMix('a{fill:color-mix(in srgb, #000, #fff)}', 'x.css')).toBe('a{fill:#808080}');
  expect(() => resolveColorMix('a{fill:color-mix(in oklab, #000, #fff)}', 'x.css')).toThrow(/x.css: share cards understand/);
});

test('space-separated rgb() becomes the comma form resvg reads', () => {
  expect(legacyRgb('a{fill:rgb(29 79 145 / 0.18)}b{fill:rgb(1 2 3)}c{fill:rgb(1 2 3 / 50%)}d{fill:rgb(1,2,3)}')).toBe('a{fill:rgba(29,79,145,0.18)}b{fill:rgb(1,2,3)}c{fill:rgba(1,2,3,0.5)}d{fill:rgb(1,2,3)}');
});

test('headlines wrap to at most two lines, shrinking when they must', () => {
  expect(wrapText('a bb ccc dddd', 6)).toEqual(['a bb', 'ccc', 'dddd']);
  expect(headline('The climb to 7,000')).toEqual({ size: 52, lines: ['The climb to 7,000'] });
  expect(headline('word '.repeat(20).trim()).lines.length).toBeLessThanOrEqual(2);
});

test('source lines stay whole: two lines at 15 px, up to four at 13 px, longer fails the build', () => {
  expect(sourceLines({ id: 'a', source: 'Source: x.' })).toEqual({ size: 15, lines: ['Source: x.'] });
  expect(sourceLines({ id: 'b', source: 'word '.repeat(80).trim() })).toMatchObject({ size: 13 });
  expect(sourceLines({ id: 'b', source: 'word '.repeat(80).trim() }).lines.join(' ')).toBe('word '.repeat(80).trim());
  expect(() => sourceLines({ id: 'c', source: 'word '.repeat(200) })).toThrow(/source line of chart "c" is too long/);
});

test('the share fonts are missing: the build says what to install', () => {
  expect(() => findShareFonts(['/nonexistent'])).toThrow(/apt-get install fonts-liberation/);
});

describe('chapter 1 card', () => {
  const chapter = { order: 1, title: 'The climb to 7,000', lead: { chart: 'climb', state: 'long-view' }, file: 'content/chapters/01-the-climb.mdx' };

  test("draws its own chart's first state under its headline, with the source line", () => {
    const svg = chapterCardSvg(chapter);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="1200" height="630"/);
    expect(svg).toContain('>The climb to 7,000</text>');
    expect(svg).toContain('class="chart chart-climb"');
    expect(svg).toContain('data-state="long-view"');
    expect(svg).toContain('S&amp;P Dow Jones Indices');
    expect(svg).not.toContain('var(--');
    expect(chapterCardAlt(chapter)).toMatch(/^The climb to 7,000\. \S/);
  });

  test('a chapter with no chart fails with its file', () => {
    expect(() => chapterCardSvg({ ...chapter, lead: null, file: 'content/chapters/09-x.mdx' })).toThrow(/content\/chapters\/09-x.mdx: no chart to draw the share card from/);
  });

  test('renders to a 1200x630 PNG, the same bytes every time', () => {
    const png = Buffer.from(chapterCardPng(chapter));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    expect(Buffer.from(chapterCardPng(chapter)).equals(png)).toBe(true);
  });
});
