// Covers src/charts/lib/to-svg.ts on the orders chart: one SVG file snapshot per state and size class, viewable in a browser.
import { expect, test } from 'vitest';
import { sizeClasses, type SizeClass } from '../../../../src/charts/scene/size-classes';
import { sceneToSvg } from '../../../../src/charts/scene/to-svg';
import { ordersChart } from '../../../../src/charts/orders/orders';
import { ordersStates } from '../../../../src/charts/orders/orders-states';

const chart = ordersChart();

/**
 * The build's markup (sceneToSvg with the size-class option ChartSvgs.astro passes), one element
 * per line for readable diffs, plus a fixed stylesheet after the opening tag so the file renders
 * sensibly when opened on its own (the site styles charts from global.css and orders.css).
 */
const VIEWING_STYLE =
  '<style>text{font:12px system-ui,sans-serif;fill:#1a1a1a}.tick,.axis-title,.ob-key{fill:#555}.label-strong{font-weight:700}' +
  '.grid{stroke:#e6e6e6}.axis{stroke:#808080}.ob-bar{fill:#1d4f91;stroke:#1d4f91}.ob-latest{fill:#b03a00;stroke:#b03a00}' +
  '.ob-euv{fill:#00706a;stroke:#00706a}.ob-total-only{fill:#6e6e6e}.ob-secondary{fill-opacity:.18;stroke-width:1.5}' +
  '.ob-consensus-band{fill:#1a1a1a;fill-opacity:.12}.ob-consensus{stroke:#1a1a1a;stroke-width:2}.ob-rule-high{stroke:#555;stroke-dasharray:4 3}' +
  '.ob-swatch-edge{stroke:#1d4f91;stroke-width:12}.ob-swatch-fill{stroke:#d6dfeb;stroke-width:9}.ob-big{font-size:16px}' +
  '.ob-margin-narrow{font-size:11px}.ob-euv-text{fill:#00706a}.ob-other-text{fill:#1d4f91}.ob-total-only-text{fill:#6e6e6e;font-weight:700}</style>';

const cases = ordersStates.flatMap((state) => (Object.keys(sizeClasses) as SizeClass[]).map((size) => ({ state, size })));

test.each(cases)('$state-$size.svg', async ({ state, size }) => {
  const svg = sceneToSvg(chart.scene(state, sizeClasses[size]), sizeClasses[size], { className: `size-${size}` });
  const readable = svg.replace(/></g, '>\n<').replace(/^(<svg[^>]*>)\n/, `$1\n${VIEWING_STYLE}\n`);
  await expect(`${readable}\n`).toMatchFileSnapshot(`./__snapshots__/${state}-${size}.svg`);
});
