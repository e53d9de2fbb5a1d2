/** Serves each chart's scene file (src/charts/scene/scene-file.ts): what the browser lays out at the measured size. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { charts, getChart } from '../../charts/registry';
import { sceneFile } from '../../charts/scene/scene-file';

export const getStaticPaths = (() =>
  charts.map((chart) => ({ params: { name: sceneFile(chart).name.replace(/\.json$/, '') }, props: { chart: chart.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(sceneFile(getChart(props.chart as string)).json, { headers: { 'Content-Type': 'application/json' } });
