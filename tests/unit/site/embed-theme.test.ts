// Covers src/site/embed-theme.ts: theme=light|dark gives every palette colour of that scheme, read from global.css, on screen only.
import { expect, test } from 'vitest';
import { sitePalette } from '../../../src/site/chart-css';
import { embedThemeCss, forcedThemeCss } from '../../../src/site/embed-theme';

test('each forced scheme sets its color-scheme and its own value of every colour', () => {
  const css = forcedThemeCss((scheme) => new Map(scheme === 'light' ? [['--ink', '#111'], ['--paper', '#fff'], ['--sans', 'x']] : [['--ink', '#eee'], ['--paper', '#000'], ['--sans', 'x']]));
  expect(css).toBe("@media screen{:root[data-theme='light']{color-scheme:light;--ink:#111;--paper:#fff}:root[data-theme='dark']{color-scheme:dark;--ink:#eee;--paper:#000}}");
});

test("the site's palette: every colour of both schemes, as global.css gives them", () => {
  const css = embedThemeCss();
  for (const scheme of ['light', 'dark'] as const) {
    const block = new RegExp(`:root\\[data-theme='${scheme}'\\]\\{([^}]*)\\}`).exec(css)![1]!;
    for (const [name, value] of sitePalette(process.cwd(), scheme)) {
      if (/^--(serif|sans|measure)$/.test(name)) continue;
      expect(block, `${scheme} ${name}`).toContain(`${name}:${value}`);
    }
  }
  expect(css).toContain('--paper:#121417');
});
