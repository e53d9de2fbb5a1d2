/**
 * Each chart state drawn as a standalone SVG file per image layout (src/site/image-layouts.ts), with the chart styles
 * (light and dark scheme) inside: what readers without script, the plain-article mode, print and screen readers get, as
 * <picture> in the page.
 */
import { createHash } from 'node:crypto';
import { getChart } from '../charts/registry';
import { sizeClasses, sizeClassFor } from '../charts/scene/size-classes';
import { sceneToSvg } from '../charts/scene/to-svg';
import { siteChartCss, sitePalette } from './chart-css';
import { imageLayout, type ImageLayoutName } from './image-layouts';

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

/** The image of `state` of chart `id` in image layout `layout` (computed once per build). */
export function chartImage(id: string, state: string, layout: ImageLayoutName, root = process.cwd()): ChartImage {
  const key = `${id}/${state}/${layout}`;
  let image = made.get(key);
  if (!image) {
    const { width, height } = imageLayout(layout);
    const box = { width, height };
    // The scene of the size class the live chart would use at this width, laid out for the image's own size.
    const scene = getChart(id).scene(state, sizeClasses[sizeClassFor(width)]);
    const svg = sceneToSvg(scene, box, { decorative: true, style: imageStyles(root) });
    const hash = createHash('sha256').update(svg).digest('hex').slice(0, 10);
    image = { name: `${id}-${state}-${layout}-${hash}.svg`, svg, width, height };
    made.set(key, image);
  }
  return image;
}
