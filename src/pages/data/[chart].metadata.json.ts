/** Each chart's data package description, data/<chart>.metadata.json: states, coverage, downloads, and each data set's owner, licence, credit and units. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { charts } from '../../charts/registry';
import { chartPackage, NOTES_DATA_PATH } from '../../site/licences/data-package';
import { absoluteUrl } from '../../site/url';

export const getStaticPaths = (() => charts.map((c) => ({ params: { chart: c.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, site }) => {
  const p = chartPackage(params.chart as string);
  const abs = (path: string | null) => (path === null ? null : absoluteUrl(path, site));
  const body = {
    ...p,
    notes: `${absoluteUrl('', site)}${NOTES_DATA_PATH}`,
    states: p.states.map((s) => ({ ...s, csv: abs(s.csv) })),
    data_sets: p.data_sets.map((d) => ({ ...d, original: abs(d.original) })),
  };
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'Content-Type': 'application/json' } });
};
