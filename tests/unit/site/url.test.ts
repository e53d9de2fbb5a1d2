// Covers src/site/url.ts: base-aware links for the root, a sub-folder base and a base without its trailing slash.
import { describe, expect, test } from 'vitest';
import { absoluteUrl, url } from '../../../src/site/url';

const SUB = '/news/2026/sp500-7000/';

describe.each([
  ['/', '/'],
  [SUB, SUB],
  ['/news/2026/sp500-7000', SUB],
])('base %s', (base, root) => {
  test('joins paths to the base', () => {
    expect(url('the-climb/', base)).toBe(`${root}the-climb/`);
    expect(url('data/sp500_milestones.csv', base)).toBe(`${root}data/sp500_milestones.csv`);
    expect(url('favicon.svg', base)).toBe(`${root}favicon.svg`);
  });

  test('the empty path is the base itself', () => {
    expect(url('', base)).toBe(root);
  });

  test('leading slashes never escape the base', () => {
    expect(url('/the-climb/', base)).toBe(`${root}the-climb/`);
    expect(url('///data/x.csv', base)).toBe(`${root}data/x.csv`);
  });

  test('a fragment on a path is kept; a bare fragment stays on the page', () => {
    expect(url('the-climb/#the-climb-jan28', base)).toBe(`${root}the-climb/#the-climb-jan28`);
    expect(url('#the-climb-jan28', base)).toBe('#the-climb-jan28');
  });

  test('absolute URLs pass through', () => {
    expect(url('https://fred.stlouisfed.org/series/SP500', base)).toBe('https://fred.stlouisfed.org/series/SP500');
    expect(url('mailto:graphics@example.org', base)).toBe('mailto:graphics@example.org');
    expect(url('HTTP://EXAMPLE.ORG/', base)).toBe('HTTP://EXAMPLE.ORG/');
  });

  test('absolute URLs on the configured origin keep the base', () => {
    expect(absoluteUrl('the-climb/', 'https://graphics.example.org', base)).toBe(`https://graphics.example.org${root}the-climb/`);
    expect(absoluteUrl('', 'https://graphics.example.org/', base)).toBe(`https://graphics.example.org${root}`);
  });
});

test('without a base argument it uses the build base, "/" here', () => {
  expect(url('the-climb/')).toBe('/the-climb/');
});

test('an absolute URL without a configured origin fails with the setting to fix', () => {
  expect(() => absoluteUrl('x/', undefined, '/')).toThrow(/SITE_ORIGIN/);
});
