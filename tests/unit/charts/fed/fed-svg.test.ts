// Covers src/charts/lib/to-svg.ts on the fed chart: one SVG file snapshot per state and size class, viewable in a browser.
import { expect, test } from 'vitest';
import { fedChart } from '../../../../src/charts/fed/fed';
import { fedStates } from '../../../../src/charts/fed/fed-states';
import { sizeClasses, type SizeClass } from '../../../../src/charts/scene/size-classes';
import { sceneToSvg } from '../../../../src/charts/scene/to-svg';

const chart = fedChart();

/**
 * The build's markup (sceneToSvg with the size-class option ChartSvgs.astro passes), one element
 * per line for readable diffs, plus a fixed stylesheet after the opening tag so the file renders
 * sensibly when opened on its own (the site styles charts from global.css and charts/fed.css).
 */
const VIEWING_STYLE =
  '<style>text{font:12px system-ui,sans-serif;fill:#1a1a1a}.tick,.axis-title{fill:#555}.label-strong{font-weight:700}' +
  '.label{font-size:13px;paint-order:stroke;stroke:#fff;stroke-width:3px}.grid{stroke:#e6e6e6}.axis{stroke:#808080}' +
  '.fed-band{fill:rgb(29 79 145 / 0.18);stroke:#1d4f91;stroke-width:1.5}.fed-mark{font-size:11px}.fed-mark-small{font-size:9px}' +
  '.fed-hike,.fed-bp{fill:#b03a00}.fed-cut,.fed-label-cut{fill:#00706a}.fed-unscheduled{font-size:13px;stroke:#00706a;stroke-width:0.8px}' +
  '.fed-hold{fill:#6e6e6e}.fed-hold-day{fill:#1a1a1a;stroke:#fff;stroke-width:1.5}.fed-leader{stroke:#808080}</style>';

const cases = fedStates.flatMap((state) => (Object.keys(sizeClasses) as SizeClass[]).map((size) => ({ state, size })));

test.each(cases)('$state-$size.svg', async ({ state, size }) => {
  const svg = sceneToSvg(chart.scene(state, sizeClasses[size]), sizeClasses[size], { className: `size-${size}` });
  const readable = svg.replace(/></g, '>\n<').replace(/^(<svg[^>]*>)\n/, `$1\n${VIEWING_STYLE}\n`);
  await expect(`${readable}\n`).toMatchFileSnapshot(`./__snapshots__/${state}-${size}.svg`);
});
