// Covers src/charts/lib/to-svg.ts on the gold chart: one SVG file snapshot per state and size class, viewable in a browser.
import { expect, test } from 'vitest';
import { goldChart } from '../../../../src/charts/gold/gold';
import { goldStates } from '../../../../src/charts/gold/gold-states';
import { sizeClasses, type SizeClass } from '../../../../src/charts/scene/size-classes';
import { sceneToSvg } from '../../../../src/charts/scene/to-svg';

const chart = goldChart();

/**
 * The build's markup (sceneToSvg with the size-class option ChartSvgs.astro passes), one element
 * per line for readable diffs, plus a fixed stylesheet so the file renders sensibly on its own.
 */
const VIEWING_STYLE =
  '<style>text{font:12px system-ui,sans-serif;fill:#1a1a1a}.tick,.axis-title,.label-muted{fill:#555}.tick-strong,.label-strong{font-weight:700}' +
  '.grid{stroke:#e6e6e6}.axis{stroke:#808080}.line{fill:none;stroke:#7f5a00;stroke-width:2}.dot-gold,.dot-spot{fill:#7f5a00}' +
  '.rule-level{stroke:#b03a00;stroke-width:1.5;stroke-dasharray:5 3}.label-level{fill:#b03a00;font-weight:700}' +
  '.dot-flat{fill:#fff;stroke:#6b3fa0;stroke-width:2}.label-flat{fill:#6b3fa0}.dot-level-only{fill:#fff;stroke:#7f5a00;stroke-width:2}' +
  '.dot-futures,.label-futures{fill:#00706a}.label-spot{fill:#7f5a00}.record-range{stroke:#7f5a00;stroke-width:8;stroke-opacity:.45}' +
  '.rule-break{stroke:#555;stroke-dasharray:2 2}</style>';

const cases = goldStates.flatMap((state) => (Object.keys(sizeClasses) as SizeClass[]).map((size) => ({ state, size })));

test.each(cases)('$state-$size.svg', async ({ state, size }) => {
  const svg = sceneToSvg(chart.scene(state, sizeClasses[size]), sizeClasses[size], { className: `size-${size}` });
  const readable = svg.replace(/></g, '>\n<').replace(/^(<svg[^>]*>)\n/, `$1\n${VIEWING_STYLE}\n`);
  await expect(`${readable}\n`).toMatchFileSnapshot(`./__snapshots__/${state}-${size}.svg`);
});
