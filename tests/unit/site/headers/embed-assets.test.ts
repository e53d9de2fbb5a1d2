// Covers src/site/headers/embed-assets.ts: what an embed fetches with CORS (its module graph, scenes, chart images), and the _headers patterns that cover exactly those files.
import { describe, expect, test } from 'vitest';
import { corsPatterns, embedAssets } from '../../../../src/site/headers/embed-assets';

const scripts: Record<string, string> = {
  '/news/_astro/Embed.a1.js': 'import{a as e}from"./layout.b2.js";import"./side.c3.js";e()',
  '/news/_astro/layout.b2.js': 'import{t}from"./page-steps.d4.js";const m=()=>import("./lazy.e5.js");export{m as a}',
  '/news/_astro/page-steps.d4.js': 'export const t=1',
  '/news/_astro/side.c3.js': 'console.log(1)',
  '/news/_astro/lazy.e5.js': 'export default 1',
  '/news/_astro/Reader.f6.js': 'import"./page-steps.d4.js"',
};
const html = `<html><head><link rel="icon" href="/news/favicon.svg"></head><body>
<scrolly-figure data-scenes="/news/scenes/climb-0a1b.json"><picture><source srcset="/news/charts/climb-a-wide-11.svg"><img src="/news/charts/climb-a-narrow-22.svg"></picture></scrolly-figure>
<script type="module" src="/news/_astro/Embed.a1.js"></script><a href="/news/data/x.csv" download>CSV</a></body></html>`;

describe('embed assets', () => {
  test('the module scripts and all they import, the scenes and the chart images; not the icon, not the CSV, not other scripts', () => {
    expect(embedAssets(html, '/news/embed/the-climb/', (p) => scripts[p])).toEqual([
      '/news/_astro/Embed.a1.js',
      '/news/_astro/layout.b2.js',
      '/news/_astro/lazy.e5.js',
      '/news/_astro/page-steps.d4.js',
      '/news/_astro/side.c3.js',
      '/news/charts/climb-a-narrow-22.svg',
      '/news/charts/climb-a-wide-11.svg',
      '/news/scenes/climb-0a1b.json',
    ]);
  });

  test('a script the page loads but the build did not write fails the build', () => {
    expect(() => embedAssets(html, '/news/embed/the-climb/', () => undefined)).toThrow('/news/embed/the-climb/: the embed loads /news/_astro/Embed.a1.js, which the build did not write');
  });
});

describe('CORS patterns', () => {
  const files = ['/news/_astro/a.js', '/news/_astro/b.js', '/news/_astro/reader.js', '/news/scenes/x.json', '/news/scenes/y.json', '/news/charts/p.svg', '/news/charts/q.svg', '/news/charts/more/r.svg'];
  test("a folder's splat where every file under it is wanted, else the files one by one", () => {
    expect(corsPatterns(['/news/_astro/a.js', '/news/_astro/b.js', '/news/scenes/x.json', '/news/scenes/y.json', '/news/charts/p.svg', '/news/charts/q.svg'], files)).toEqual([
      '/news/_astro/a.js',
      '/news/_astro/b.js',
      '/news/charts/p.svg',
      '/news/charts/q.svg',
      '/news/scenes/*',
    ]);
  });
});
