/**
 * Each chart state drawn as a standalone SVG file per size class, with the chart styles (light and dark scheme) inside:
 * what readers without script, the plain-article mode, print and screen readers get, as <picture> in the page.
 */
import { createHash } from 'node:crypto';
import { getChart } from '../charts/registry';
import { sceneToSvg } from '../charts/scene/to-svg';
import { sizeClasses, type SizeClass } from '../charts/scene/size-classes';
import { siteChartCss, sitePalette } from './chart-css';

/** Folder (under the site's base) of the chart images; every name in it is content-hashed. */
export const CHART_IMAGES_DIR = 'charts';

export interface ChartImage {
  /** File name, e.g. "climb-jan28-wide-3f9a2c1d.svg". */
  name: string;
  svg: string;
  width: number;
  height: number;
}

let styles: string | undefined;

/** The chart rules for images: the charts' font stack, light colours, dark ones when the reader's scheme is dark. */
function imageStyles(root: string): string {
  if (styles !== undefined) return styles;
  const sans = sitePalette(root).get('--chart-sans') ?? 'sans-serif';
  const light = siteChartCss(root, { sans }, { plain: false });
  const dark = siteChartCss(root, { sans }, { scheme: 'dark', plain: false });
  return (styles = `${light}@media (prefers-color-scheme: dark){${dark}}`);
}

const made = new Map<string, ChartImage>();

/** The image of `state` of chart `id` at size class `size` (computed once per build). */
export function chartImage(id: string, state: string, size: SizeClass, root = process.cwd()): ChartImage {
  const key = `${id}/${state}/${size}`;
  let image = made.get(key);
  if (!image) {
    const box = sizeClasses[size];
    const svg = sceneToSvg(getChart(id).scene(state, box), box, { decorative: true, style: imageStyles(root) });
    const hash = createHash('sha256').update(svg).digest('hex').slice(0, 10);
    image = { name: `${id}-${state}-${size}-${hash}.svg`, svg, width: box.width, height: box.height };
    made.set(key, image);
  }
  return image;
}
