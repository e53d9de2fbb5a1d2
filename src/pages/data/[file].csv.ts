/** CSV downloads: one file per chart state, holding exactly the rows that state draws. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { charts, getChart } from '../../charts/registry';
import { stateDataToCsv } from '../../charts/table/to-csv';

export const getStaticPaths = (() =>
  charts.flatMap((chart) => chart.states.map((state) => ({ params: { file: `${chart.id}-${state}` }, props: { chart: chart.id, state } })))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(stateDataToCsv(getChart(props.chart as string).data(props.state as string)), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
