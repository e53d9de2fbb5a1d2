// Covers the chart image rules in src/styles/global.css: the never-wider-than-drawn widths and the window width that
// switches to the wide image match the size classes the images are drawn at (src/charts/scene/size-classes.ts).
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { sizeClasses, WIDE_WINDOW_FROM } from '../../../src/charts/scene/size-classes';

const global = readFileSync(new URL('../../../src/styles/global.css', import.meta.url), 'utf8');

describe('chart image sizes in global.css', () => {
  test('the image is never wider than the narrow drawing below the wide window, nor than the wide one above it', () => {
    const base = /\n\.chart-image img \{([^}]*)\}/.exec(global)?.[1] ?? '';
    expect(base, 'the .chart-image img rule').toContain(`max-width: ${sizeClasses.narrow.width}px;`);
    const wide = new RegExp(`@media \\(min-width: ${WIDE_WINDOW_FROM}px\\) \\{\\s*\\.chart-image img \\{([^}]*)\\}`).exec(global)?.[1] ?? '';
    expect(wide, `an @media (min-width: ${WIDE_WINDOW_FROM}px) rule for .chart-image img`).toContain(`max-width: ${sizeClasses.wide.width}px;`);
  });

  test('no rule sizes the image by its content, which an image not yet loaded does not have', () => {
    expect(global).not.toMatch(/\.chart-image img \{[^}]*max-content/);
  });
});
