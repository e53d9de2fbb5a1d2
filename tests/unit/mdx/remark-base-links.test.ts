// Covers src/mdx/remark-base-links.ts: root-relative MDX links, images and JSX href/src get the base; others stay.
import { compile } from '@mdx-js/mdx';
import { describe, expect, test } from 'vitest';
import remarkBaseLinks from '../../../src/mdx/remark-base-links';

const SUB = '/news/2026/sp500-7000/';
const render = async (mdx: string, base: string) =>
  String(await compile(mdx, { remarkPlugins: [[remarkBaseLinks, { base }]], jsx: true }));

describe.each(['/', SUB])('base %s', (base) => {
  test('Markdown links, reference definitions and images are prefixed', async () => {
    const out = await render('See [the climb](/the-climb/#the-climb-jan28), [data][d] and ![icon](/favicon.svg).\n\n[d]: /data/climb-jan28.csv\n', base);
    expect(out).toContain(`"${base}the-climb/#the-climb-jan28"`);
    expect(out).toContain(`"${base}data/climb-jan28.csv"`);
    expect(out).toContain(`"${base}favicon.svg"`);
  });

  test('JSX href and src are prefixed', async () => {
    const out = await render('<a href="/the-climb/">climb</a> <img src="/favicon.svg" alt="" />\n', base);
    expect(out).toContain(`href="${base}the-climb/"`);
    expect(out).toContain(`src="${base}favicon.svg"`);
  });

  test('fragments, relative, protocol-relative and absolute URLs are left alone', async () => {
    const out = await render('[a](#notes) [b](the-climb/) [c](//example.org/x) [d](https://fred.stlouisfed.org/)\n', base);
    expect(out).toContain('"#notes"');
    expect(out).toContain('"the-climb/"');
    expect(out).toContain('"//example.org/x"');
    expect(out).toContain('"https://fred.stlouisfed.org/"');
  });
});
