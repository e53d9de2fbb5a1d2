// Covers src/charts/lib/to-svg.ts on the climb chart: one SVG file snapshot per state and size class, viewable in a browser.
import { expect, test } from 'vitest';
import { climbChart } from '../../../../src/charts/climb/climb';
import { climbData } from '../../../../src/story/climb';
import { climbStates } from '../../../../src/charts/climb/climb-states';
import { sizeClasses, type SizeClass } from '../../../../src/charts/scene/size-classes';
import { sceneToSvg } from '../../../../src/charts/scene/to-svg';

const chart = climbChart(climbData());

/**
 * The build's markup (sceneToSvg with the size-class option ChartSvgs.astro passes), one element
 * per line for readable diffs, plus a fixed stylesheet after the opening tag so the file renders
 * sensibly when opened on its own (the site styles charts from global.css).
 */
const VIEWING_STYLE =
  '<style>text{font:12px system-ui,sans-serif;fill:#1a1a1a}.tick,.axis-title{fill:#555}.tick-strong,.label-strong{font-weight:700}' +
  '.grid{stroke:#e6e6e6}.axis{stroke:#808080}.line{fill:none;stroke:#1d4f91;stroke-width:2}.dot{fill:#1d4f91}' +
  '.rule-level{stroke:#b03a00;stroke-width:1.5;stroke-dasharray:5 3}.label-level{fill:#b03a00;font-weight:700}' +
  '.label-inverse{fill:#fff}.bar{fill:#2a5a8c}.bar-later{fill:#6e6e6e}.ohlc{stroke:#808080;stroke-width:3}.ohlc-main{stroke:#1d4f91;stroke-width:4}</style>';

const cases = climbStates.flatMap((state) => (Object.keys(sizeClasses) as SizeClass[]).map((size) => ({ state, size })));

test.each(cases)('$state-$size.svg', async ({ state, size }) => {
  const svg = sceneToSvg(chart.scene(state, sizeClasses[size]), sizeClasses[size], { className: `size-${size}` });
  const readable = svg.replace(/></g, '>\n<').replace(/^(<svg[^>]*>)\n/, `$1\n${VIEWING_STYLE}\n`);
  await expect(`${readable}\n`).toMatchFileSnapshot(`./__snapshots__/${state}-${size}.svg`);
});
