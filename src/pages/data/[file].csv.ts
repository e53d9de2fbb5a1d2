/** CSV downloads: one file per chart state whose rows the licence manifest lets the site pass on, holding exactly the rows that state draws. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { charts, getChart } from '../../charts/registry';
import { stateDataToCsv } from '../../charts/table/to-csv';
import { downloadableStates } from '../../site/licences/data-package';

export const getStaticPaths = (() =>
  downloadableStates(charts.map((c) => c.id)).map(({ chart, state }) => ({ params: { file: `${chart}-${state}` }, props: { chart, state } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(stateDataToCsv(getChart(props.chart as string).data(props.state as string)), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
