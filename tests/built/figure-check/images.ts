// Reads a chart image file a page shows (dist/charts/<chart>-<state>-<layout>-<hash>.svg): each text in it, as a segment in the context of the picture that shows it.
import { imageLayouts } from '../../../src/site/image-layouts';
import { extractSegments, type ImageRef, type Scope, type Segment } from './html';

const LAYOUTS = imageLayouts.map((l) => l.name).join('|');
const NAME = new RegExp(`^charts/([a-z0-9]+)-([a-z0-9-]+)-(${LAYOUTS})-([0-9a-f]+)\\.svg$`);

export const isChartImage = (path: string): boolean => path.startsWith('charts/') && path.endsWith('.svg');

/** The chart, state and image layout (src/site/image-layouts.ts) a chart image's file name gives. */
export function imageName(path: string): { chart: string; state: string; layout: string } {
  const m = NAME.exec(path);
  if (!m) throw new Error(`${path}: expected a chart image named charts/<chart>-<state>-<${LAYOUTS}>-<hash>.svg`);
  return { chart: m[1]!, state: m[2]!, layout: m[3]! };
}

/**
 * The texts of one image file (labels, axis ticks, any <title>), placed as the page shows them: the chapter, chart and state of the
 * surrounding data-chart/data-state (or, where there is none, as in a static figure, the file name's), the picture as their row (with the
 * <img>'s alt text), the figure with its caption, and the step's state (its text and heading). The file name, the surrounding state and the
 * SVG's own data-state must agree: an image of another state would put its figures in the wrong context.
 */
export function imageSegments(path: string, svg: string, ref: ImageRef): Segment[] {
  const name = imageName(path);
  const chart = ref.chart ?? name.chart;
  const state = ref.state ?? name.state;
  const own = /<svg\b[^>]*?\bdata-state="([^"]*)"/.exec(svg)?.[1];
  if (chart !== name.chart || state !== name.state || (own !== undefined && own !== name.state))
    throw new Error(`${ref.page}: shows ${path} (chart "${name.chart}", state "${name.state}"${own !== undefined ? `, SVG data-state "${own}"` : ''}) where the page is in chart "${chart}", state "${state}"`);
  const scopes: Scope[] = [...ref.scopes];
  if (!scopes.some((s) => s.kind === 'row')) scopes.unshift({ kind: 'row', key: `${ref.page}#${path}` });
  if (ref.chapter && !scopes.some((s) => s.kind === 'state')) scopes.push({ kind: 'state', key: `${ref.page}#state:${ref.chapter}:${chart}:${state}` });
  return extractSegments(path, svg).map((s) => ({ ...s, chapter: ref.chapter, chart, state, scopes }));
}
