/** The data files exactly as received, for readers who want the originals. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { readFile, readdir } from 'node:fs/promises';

const DIR = 'content/data';

export const getStaticPaths = (async () =>
  (await readdir(DIR)).filter((f) => f.endsWith('.csv')).map((f) => ({ params: { name: f.slice(0, -4) } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(await readFile(`${DIR}/${params.name}.csv`), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
