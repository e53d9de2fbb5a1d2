// The licence check over a built site (used by tests/built/licences.test.ts): rows of restricted series per file, withheld downloads, and how precisely drawings encode series.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isLineFile, rowsFound, tokenize } from '../../src/site/licences/find-rows';
import { licenceOf, licences } from '../../src/site/licences/manifest';
import type { Series } from '../../src/site/licences/series';

/** Files a site serves as text, any of which could carry a copy of a series. */
export const TEXT_FILE = /\.(html|csv|tsv|json|svg|js|mjs|css|md|txt|xml)$/i;

export function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? filesUnder(p) : [p];
  });
}

/** How many rows of a series a file may hold: a "figures" data set's quote_limit, none for "nothing". */
export const rowsAllowed = (file: string): number => {
  const d = licenceOf(file);
  return d.redistribution === 'all' ? Infinity : d.redistribution === 'figures' ? d.quote_limit! : 0;
};

export interface Finding {
  /** Path relative to the build folder. */
  file: string;
  dataSet: string;
  rows: number;
  allowed: number;
  /** A few of the rows found, as data-file:line. */
  sample: string[];
}

/** For every text file under `dir` and every restricted series, the rows it holds; `over` lists those beyond the allowance. */
export function restrictedRowsIn(dir: string, series: readonly Series[]): { all: Finding[]; over: Finding[] } {
  const all: Finding[] = [];
  for (const path of filesUnder(dir).filter((p) => TEXT_FILE.test(p))) {
    const tokens = tokenize(readFileSync(path, 'utf8'), isLineFile(path));
    for (const s of series) {
      const found = rowsFound(tokens, s);
      if (found.length) all.push({ file: relative(dir, path), dataSet: s.file, rows: found.length, allowed: rowsAllowed(s.file), sample: found.slice(0, 3).map((r) => r.key) });
    }
  }
  return { all, over: all.filter((f) => f.rows > f.allowed) };
}

/** Files a build must not contain: the originals of data sets that may not be passed on whole. */
export const withheldOriginals = (dir: string): string[] =>
  licences.filter((d) => d.redistribution !== 'all').map((d) => join('data', 'original', d.file)).filter((p) => existsSync(join(dir, p)));

/** The most decimals any number in `text` is written with. */
export function maxDecimals(text: string): number {
  let most = 0;
  for (const m of text.matchAll(/\d\.(\d+)/g)) most = Math.max(most, m[1]!.length);
  return most;
}

/** The geometry an SVG draws: its path data and position and size attributes (not its style sheet, nor dot radii, which are fixed pixel sizes). */
export const svgGeometry = (svg: string): string =>
  [...svg.matchAll(/\s(?:d|x|y|x1|x2|y1|y2|cx|cy|width|height)="([^"]*)"/g)].map((m) => m[1]).join(' ');

/** The geometry a scene file holds: every number in its marks' positions and points. */
export function sceneGeometry(json: string): string {
  const numbers: number[] = [];
  const walk = (v: unknown, key = ''): void => {
    if (Array.isArray(v)) v.forEach((x) => walk(x, key));
    else if (v && typeof v === 'object') Object.entries(v).forEach(([k, x]) => walk(x, k));
    else if (typeof v === 'number' && /^(points|x|y|x1|x2|y1|y2|width|height)$/.test(key)) numbers.push(v);
  };
  walk(JSON.parse(json));
  return numbers.join(' ');
}

export const describe = (f: Finding): string =>
  `${f.file}: ${f.rows} rows of ${f.dataSet} (allowed ${f.allowed === Infinity ? 'all' : f.allowed}), e.g. ${f.sample.join(', ')}`;
