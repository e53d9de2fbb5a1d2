// Covers src/site/chart-images.ts: each chart state's standalone SVG carries the chart styles in light and dark colours,
// leaves its text alternative to the <img alt>, and is named by its content.
import { describe, expect, test } from 'vitest';
import { charts } from '../../../src/charts/registry';
import { chartImage } from '../../../src/site/chart-images';
import { imageLayout, imageLayouts } from '../../../src/site/image-layouts';

describe('chart images', () => {
  const image = chartImage('climb', 'jan28', 'wide');

  test('a standalone SVG at its image layout\'s size, decorative (the page gives the alt text), with its styles inside', () => {
    expect(image.svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" class="chart chart-climb" viewBox="0 0 720 480" width="720" height="480" data-state="jan28" aria-hidden="true"><style>/);
    expect([image.width, image.height]).toEqual([imageLayout('wide').width, imageLayout('wide').height]);
    const style = /<style>(.*?)<\/style>/s.exec(image.svg)![1]!;
    expect(style).toContain('.chart .line{');
    expect(style).not.toContain('var(--');
    expect(style).toMatch(/@media \(prefers-color-scheme: dark\)\{.*\.chart .line\{/s);
    expect(image.svg).not.toContain('data-key');
  });

  test('light and dark rules name different colours for the same mark', () => {
    const style = /<style>(.*?)<\/style>/s.exec(image.svg)![1]!;
    const [light, dark] = style.split('@media (prefers-color-scheme: dark)');
    const stroke = (css: string) => /\.chart \.line\{[^}]*stroke:\s*(#[0-9a-f]{3,6})/i.exec(css)?.[1];
    expect(stroke(light!)).toBeDefined();
    expect(stroke(dark!)).toBeDefined();
    expect(stroke(light!)).not.toBe(stroke(dark!));
  });

  test('the small image is drawn at its own size, with the narrow layout\'s typography', () => {
    const small = chartImage('climb', 'jan28', 'small');
    expect(small.svg).toContain('viewBox="0 0 244 380" width="244" height="380"');
    expect(small.name).toMatch(/^climb-jan28-small-[0-9a-f]{10}\.svg$/);
  });

  test('names are content-hashed and unique across every chart, state and layout', () => {
    expect(image.name).toMatch(/^climb-jan28-wide-[0-9a-f]{10}\.svg$/);
    const names = charts.flatMap((c) => c.states.flatMap((s) => imageLayouts.map((l) => chartImage(c.id, s, l.name).name)));
    expect(new Set(names).size).toBe(names.length);
  });
});
