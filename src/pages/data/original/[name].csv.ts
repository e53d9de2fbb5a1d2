/** The data files exactly as received, for the data sets whose licence lets anyone pass them on (redistribution "all" in content/data/licences.json). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { readFile } from 'node:fs/promises';
import { licences } from '../../../site/licences/manifest';

const DIR = 'content/data';

export const getStaticPaths = (() =>
  licences.filter((d) => d.redistribution === 'all').map((d) => ({ params: { name: d.file.slice(0, -4) } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(await readFile(`${DIR}/${params.name}.csv`), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
