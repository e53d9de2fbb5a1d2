/** Serves every chart state's image in each image layout (src/site/chart-images.ts), content-hashed so hosts may cache it forever. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { charts } from '../../charts/registry';
import { chartImage } from '../../site/chart-images';
import { imageLayouts, type ImageLayoutName } from '../../site/image-layouts';

export const getStaticPaths = (() =>
  charts.flatMap((chart) =>
    chart.states.flatMap((state) =>
      imageLayouts.map(({ name: layout }) => ({ params: { file: chartImage(chart.id, state, layout).name.replace(/\.svg$/, '') }, props: { chart: chart.id, state, layout } })),
    ),
  )) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(chartImage(props.chart as string, props.state as string, props.layout as ImageLayoutName).svg, { headers: { 'Content-Type': 'image/svg+xml' } });
