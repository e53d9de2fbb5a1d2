// Covers every chart in src/charts/registry.ts with src/charts/scene/to-svg.ts: one SVG snapshot file per state and size class,
// at tests/unit/charts/<chart>/__snapshots__/<state>-<size>.svg, one element per line for readable diffs.
import { expect, test } from 'vitest';
import { charts } from '../../../src/charts/registry';
import { sizeClasses, type SizeClass } from '../../../src/charts/scene/size-classes';
import { sceneToSvg } from '../../../src/charts/scene/to-svg';

const cases = charts.flatMap((chart) =>
  chart.states.flatMap((state) => (Object.keys(sizeClasses) as SizeClass[]).map((size) => ({ chart, id: chart.id, state, size }))),
);

test.each(cases)('$id / $state / $size', async ({ chart, id, state, size }) => {
  const svg = sceneToSvg(chart.scene(state, sizeClasses[size]), sizeClasses[size], { className: `size-${size}` });
  await expect(`${svg.replace(/></g, '>\n<')}\n`).toMatchFileSnapshot(`./${id}/__snapshots__/${state}-${size}.svg`);
});
