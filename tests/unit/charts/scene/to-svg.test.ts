// Covers src/charts/lib/to-svg.ts: SVG markup, escaping, ARIA attributes and the decorative option.
import { describe, expect, test } from 'vitest';
import type { Scene } from '../../../../src/charts/scene/scene';
import { sceneToSvg } from '../../../../src/charts/scene/to-svg';

const scene: Scene = {
  chart: 'demo',
  state: 'a&b',
  title: 'T',
  subtitle: 'S',
  alt: 'Rises from <5> to "7,000" & more',
  margin: { top: 0, right: 0, bottom: 0, left: 0 },
  marks: [
    { type: 'text', key: 'k<"&>', className: 'label "x"', x: 0.5, y: 0.5, anchor: 'middle', text: 'S&P <500> "up"' },
    { type: 'dot', key: 'dot', className: 'dot', x: 0, y: 1, r: 2 },
  ],
};
const size = { width: 100, height: 50 };

describe('sceneToSvg', () => {
  test('whole document for a small scene', () => {
    expect(sceneToSvg(scene, size, { className: 'size-narrow' })).toBe(
      '<svg xmlns="http://www.w3.org/2000/svg" class="chart chart-demo size-narrow" viewBox="0 0 100 50" width="100" height="50" data-state="a&amp;b" role="img" aria-label="Rises from &lt;5&gt; to &quot;7,000&quot; &amp; more">' +
        '<text data-key="k&lt;&quot;&amp;&gt;" class="label &quot;x&quot;" x="50" y="25" text-anchor="middle">S&amp;P &lt;500&gt; &quot;up&quot;</text>' +
        '<circle data-key="dot" class="dot" cx="0" cy="50" r="2"/>' +
        '</svg>',
    );
  });

  test('an accessible image by default, labelled with the alt text', () => {
    const svg = sceneToSvg(scene, size);
    expect(svg).toContain(' role="img" aria-label="Rises from &lt;5&gt; to &quot;7,000&quot; &amp; more"');
    expect(svg).not.toContain('aria-hidden');
    expect(svg).toContain('class="chart chart-demo"');
  });

  test('decorative: hidden from assistive technology, with no role or label', () => {
    const svg = sceneToSvg(scene, size, { decorative: true });
    expect(svg).toContain(' aria-hidden="true"');
    expect(svg).not.toContain('role=');
    expect(svg).not.toContain('aria-label');
  });

  test('no raw markup characters leak from text or attributes', () => {
    const inner = sceneToSvg(scene, size).replace(/^<svg[^>]*>/, '').replace(/<\/svg>$/, '');
    const textOnly = inner.replace(/<[^>]*>/g, '');
    expect(textOnly).toBe('S&amp;P &lt;500&gt; &quot;up&quot;');
    expect(inner.match(/<(text|circle)\b/g)).toEqual(['<text', '<circle']);
  });
});
