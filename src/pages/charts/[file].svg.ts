/** Serves every chart state's image in each size class (src/site/chart-images.ts), content-hashed so hosts may cache it forever. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { charts } from '../../charts/registry';
import { sizeClasses, type SizeClass } from '../../charts/scene/size-classes';
import { chartImage } from '../../site/chart-images';

export const getStaticPaths = (() =>
  charts.flatMap((chart) =>
    chart.states.flatMap((state) =>
      (Object.keys(sizeClasses) as SizeClass[]).map((size) => ({ params: { file: chartImage(chart.id, state, size).name.replace(/\.svg$/, '') }, props: { chart: chart.id, state, size } })),
    ),
  )) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(chartImage(props.chart as string, props.state as string, props.size as SizeClass).svg, { headers: { 'Content-Type': 'image/svg+xml' } });
