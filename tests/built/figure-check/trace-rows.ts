// Traces counts of rows. "Of 303 rows" beside a table: the rows of a data file from the first to the last date its table shows, counted in
// content/data (so a withheld table, with no download, is proven all the same). "(7 rows)" on a download link: the rows of the CSV it links
// (a claim about that file, read from the build).
// "No download of more than 16 of its rows" in a data set's notes: its quote_limit in content/data/licences.json, and nothing else.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Item, PageContext } from './context';
import { citesSource, keyOf } from './context';
import { parseCsv } from './csv';
import type { Data } from './data';
import { ends, inside, spanOf, type KeySpan } from './key-span';

/**
 * "N rows" in a table's wrapper (its caption, its note): the rows of a file its chart draws on whose dates fall from the
 * first to the last date the table's cells show, where the file holds a row on both of those dates.
 */
export function tableRowCount(ctx: PageContext, it: Item): string | undefined {
  const wrap = it.seg.scopes.find((s) => s.kind === 'wrap');
  if (!wrap) return undefined;
  const shown = ctx
    .inScope(wrap.key)
    .filter((x) => x.seg.place === 'table-cell' && !citesSource(x.seg))
    .map((x) => keyOf(x.f))
    .map((k) => (k ? spanOf(k) : undefined))
    .filter((s): s is KeySpan => Boolean(s));
  const window = ends(shown);
  if (!window) return undefined;
  const range = { first: window.start.first, last: window.end.last };
  const { data, byKey } = ctx.index;
  for (const file of ctx.filesOf(it.seg)) {
    const holds = (key: string) => (byKey.get(key) ?? []).some((r) => r.file === file);
    if (holds(window.start.key) && holds(window.end.key) && rowsWithin(data, file, range) === Number(it.f.value))
      return `rows of ${file} from ${window.start.key} to ${window.end.key}, the first and last dates its table shows`;
  }
  return undefined;
}

const counted = new WeakMap<Data, Map<string, number>>();
/** How many rows of a file hold a date, month or quarter inside the range (each row once). */
function rowsWithin(data: Data, file: string, range: Pick<KeySpan, 'first' | 'last'>): number {
  let cache = counted.get(data);
  if (!cache) counted.set(data, (cache = new Map()));
  const id = `${file}|${range.first}|${range.last}`;
  if (!cache.has(id))
    cache.set(id, data.files.get(file)!.rows.filter((r) => r.keys.some((k) => {
      const s = spanOf(k);
      return s !== undefined && inside(s, range);
    })).length);
  return cache.get(id)!;
}

const downloadRows = new Map<string, number>();
function csvRows(dist: string, href: string): number {
  const p = join(dist, href.replace(/^\/+/, ''));
  if (!downloadRows.has(p)) downloadRows.set(p, existsSync(p) ? parseCsv(readFileSync(p, 'utf8'), p).rows.length : -1);
  return downloadRows.get(p)!;
}

/** "N rows" said of a download: the rows of the CSV linked in the text itself (a download link), or else in its table's wrapper. */
export function downloadRowCount(ctx: PageContext, it: Item, ownLinkOnly = false): string | undefined {
  const wrap = ownLinkOnly ? undefined : it.seg.scopes.find((s) => s.kind === 'wrap');
  const links = [...(it.seg.links ?? []), ...(wrap ? ctx.inScope(wrap.key).flatMap((x) => x.seg.links ?? []) : [])].filter((h) => h.endsWith('.csv'));
  const href = links.find((h) => csvRows(ctx.index.dist, h) === Number(it.f.value));
  return href ? `rows in the download ${href}` : undefined;
}

const LIMIT = /^ of (?:its|their|the series'?s?) rows\b/;

/** Whether a number is a limit on the rows of a series ("more than 16 of its rows"): a figure only the licence manifest sets. */
export function isRowLimit(it: Item): boolean {
  return it.f.kind === 'number' && LIMIT.test(it.seg.text.slice(it.f.index + it.f.text.length));
}

/** The quote_limit of the one data set the text speaks for (a data set's entry in the notes), if it is the number shown. */
export function rowLimit(ctx: PageContext, it: Item): string | undefined {
  const files = ctx.filesOf(it.seg);
  if (files.length !== 1) return undefined;
  const entry = ctx.index.data.licences.get(files[0]!);
  return entry?.quoteLimit === Number(it.f.value) ? `licences.json:${entry.quoteLimitLine} quote_limit of ${entry.file}` : undefined;
}
