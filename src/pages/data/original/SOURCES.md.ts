/** The provenance notes for every data file, as received. */
import type { APIRoute } from 'astro';
import { readFile } from 'node:fs/promises';

export const GET: APIRoute = async () =>
  new Response(await readFile('content/data/SOURCES.md'), { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
