// Covers src/charts/lib/to-svg.ts on the scale chart: one SVG file snapshot per state and size class, viewable in a browser.
import { expect, test } from 'vitest';
import { scaleChart } from '../../../../src/charts/scale/scale';
import { scaleStates } from '../../../../src/charts/scale/scale-states';
import { sizeClasses, type SizeClass } from '../../../../src/charts/scene/size-classes';
import { sceneToSvg } from '../../../../src/charts/scene/to-svg';

const chart = scaleChart();

/**
 * The build's markup (sceneToSvg with the size-class option ChartSvgs.astro passes), one element
 * per line for readable diffs, plus a fixed stylesheet after the opening tag so the file renders
 * sensibly when opened on its own (the site styles charts from global.css and charts/scale.css).
 */
const VIEWING_STYLE =
  '<style>text{font:12px system-ui,sans-serif;fill:#1a1a1a}.tick,.axis-title{fill:#555}.tick-strong,.label-strong{font-weight:700}' +
  '.grid{stroke:#e6e6e6}.axis{stroke:#808080}.label{font-size:13px}.bar{fill:#2a5a8c}' +
  '.bar-range,.bar-valuation{fill:#e9eff6;stroke:#2a5a8c;stroke-width:1.5}.sx-reported{fill:#f1ecf7;stroke:#6b3fa0;stroke-width:1.5;stroke-dasharray:5 3}' +
  '.sx-slice{fill:#6b3fa0}.label-reported{fill:#6b3fa0}.label-note{fill:#555;font-size:12px}</style>';

const cases = scaleStates.flatMap((state) => (Object.keys(sizeClasses) as SizeClass[]).map((size) => ({ state, size })));

test.each(cases)('$state-$size.svg', async ({ state, size }) => {
  const svg = sceneToSvg(chart.scene(state, sizeClasses[size]), sizeClasses[size], { className: `size-${size}` });
  const readable = svg.replace(/></g, '>\n<').replace(/^(<svg[^>]*>)\n/, `$1\n${VIEWING_STYLE}\n`);
  await expect(`${readable}\n`).toMatchFileSnapshot(`./__snapshots__/${state}-${size}.svg`);
});
