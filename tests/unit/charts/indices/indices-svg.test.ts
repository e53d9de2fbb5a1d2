// Covers src/charts/lib/to-svg.ts on the indices chart: one SVG file snapshot per state and size class, viewable in a browser.
import { expect, test } from 'vitest';
import { indicesChart } from '../../../../src/charts/indices/indices';
import { indicesStates } from '../../../../src/charts/indices/indices-states';
import { sizeClasses, type SizeClass } from '../../../../src/charts/scene/size-classes';
import { sceneToSvg } from '../../../../src/charts/scene/to-svg';

const chart = indicesChart();

/**
 * The build's markup (sceneToSvg with the size-class option ChartSvgs.astro passes), one element
 * per line for readable diffs, plus a fixed stylesheet so the file renders sensibly on its own.
 */
const VIEWING_STYLE =
  '<style>text{font:12px system-ui,sans-serif;fill:#1a1a1a}.tick,.axis-title{fill:#555}.tick-strong,.label-strong{font-weight:700}' +
  '.grid{stroke:#e6e6e6}.axis{stroke:#808080}.line{fill:none;stroke-width:2}.rule-base{stroke:#808080;stroke-width:1.5}' +
  '.line-nasdaq{stroke:#6b3fa0}.line-sp500{stroke:#1d4f91}.line-dow{stroke:#b03a00}.dot-nasdaq,.label-nasdaq{fill:#6b3fa0}' +
  '.dot-sp500,.label-sp500{fill:#1d4f91}.dot-dow,.label-dow,.label-band{fill:#b03a00}.band-behind{fill:#b03a00;fill-opacity:.07}</style>';

const cases = indicesStates.flatMap((state) => (Object.keys(sizeClasses) as SizeClass[]).map((size) => ({ state, size })));

test.each(cases)('$state-$size.svg', async ({ state, size }) => {
  const svg = sceneToSvg(chart.scene(state, sizeClasses[size]), sizeClasses[size], { className: `size-${size}` });
  const readable = svg.replace(/></g, '>\n<').replace(/^(<svg[^>]*>)\n/, `$1\n${VIEWING_STYLE}\n`);
  await expect(`${readable}\n`).toMatchFileSnapshot(`./__snapshots__/${state}-${size}.svg`);
});
