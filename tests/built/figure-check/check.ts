// The figure check: reads built pages, finds every figure, and traces each to a data cell, a named computation or SOURCES.md, or reports it.
// It imports nothing from src/: its CSV reader, computations and matching are its own, so that it does not trust the code it checks.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { allowedBy } from './allow-list';
import { computations, marketBases, storyDay } from './computations';
import { PageContext, sentenceStarts, type Index } from './context';
import type { Data, DataRow } from './data';
import type { Found, Skipped } from './find';
import { extractPage, jsonSegments, pageChapter, type ImageRef, type Place, type Segment } from './html';
import { imageSegments, isChartImage } from './images';
import { sceneSegments } from './scenes';
import { impossibleDate, traceDateLike } from './trace-date';
import { ownedByJsonLd, traceJsonLd } from './trace-json-ld';
import { traceNumber } from './trace-number';

export type Status = 'traced' | 'allowed' | 'failed';

export interface Checked {
  /** The built file the figure is written in: a page, an oEmbed or scene file, or a chart image ("charts/…svg"). */
  page: string;
  /** For a chart image: the pages that show it (its figures are checked once, in the context of the first). */
  shownOn?: string[];
  place: Place;
  chapter?: string;
  figure: string;
  kind: Found['kind'];
  /** The sentence (or label) the figure sits in. */
  context: string;
  /** The whole text the figure sits in, and the figure's offset in it. */
  text: string;
  at: number;
  status: Status;
  /** How it was traced (file:line column, computation name, SOURCES.md section), why it is allowed, or why it failed. */
  how: string;
}

export interface Report {
  pages: string[];
  checked: Checked[];
  skipped: Skipped[];
  /** Known-error entries that matched no failing figure: fixed, so they must leave the list. */
  /** Chart image files given to the check that no page shows: the check would not see them if a page showed them some other way. */
  unshown: string[];
  /** Data cells shown with different numbers of decimals in different places (a style note, not a failure): "6,978.60" and "6,978.6". */
  precision: { cell: string; shown: string[] }[];
  summary: string;
}

export interface PageInput {
  /** Path under dist/, e.g. "the-climb/index.html", "oembed/the-climb.json", "scenes/climb-6b4b7da0c7.json" or "charts/climb-jan28-wide-cf1bfa302a.svg". */
  path: string;
  content: string;
}

/** The built files the check reads: every HTML page, the oEmbed JSON files, the scene files the browser draws the sticky charts from, and the chart image files. */
export function builtPages(dist: string): PageInput[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((n) => {
      const p = join(dir, n);
      return statSync(p).isDirectory() ? walk(p) : [p];
    });
  return walk(dist)
    .map((p) => relative(dist, p).split('\\').join('/'))
    .filter((p) => p.endsWith('.html') || ((p.startsWith('oembed/') || p.startsWith('scenes/')) && p.endsWith('.json')) || isChartImage(p))
    .sort()
    .map((path) => ({ path, content: readFileSync(join(dist, path), 'utf8') }));
}

export interface CheckOptions {
  data: Data;
  /** The built site, for the download files that "(N rows)" links describe and the chart images a page shows that are not among `pages`. */
  dist: string;
  /** Pages to check, and chart image files (each checked with the first page given that shows it; one not given is read from `dist`). */
  pages: PageInput[];
}

/**
 * Checks the figures of the given built files. For each page: its segments, the figures in them (find.ts), their context (context.ts);
 * then furniture is allowed (a date in it must still be a real day), numbers are traced (trace-number.ts) before dates, so that a
 * date can lean on the figure beside it (trace-date.ts); JSON-LD members with a rule of their own (trace-json-ld.ts) are held to it
 * alone, after the numbers; what is left is allowed (allow-list.ts) or fails.
 */
export function checkPages({ data, dist, pages }: CheckOptions): Report {
  const { yearBase, ytdBase } = marketBases(data);
  const byKey = new Map<string, DataRow[]>();
  for (const f of data.files.values())
    for (const r of f.rows)
      for (const k of new Set(r.keys)) {
        if (!byKey.has(k)) byKey.set(k, []);
        byKey.get(k)!.push(r);
      }
  const index: Index = { data, dist, allFiles: [...data.files.keys()], byKey, named: computations(data), storyYear: Number(storyDay(data).day.slice(0, 4)), bases: [yearBase, ytdBase] };
  const checked: Checked[] = [];
  const skipped: Skipped[] = [];

  const docs = pages.filter((p) => !isChartImage(p.path));
  const given = new Map(pages.filter((p) => isChartImage(p.path)).map((p) => [p.path, p.content]));
  const read = docs.map((page) => ({ page, ...readPage(page) }));
  const { home, shownOn } = imageHomes(read.flatMap((r) => r.images));
  const imageText = (file: string, page: string) => {
    const text = given.get(file);
    if (text !== undefined) return text;
    if (!existsSync(join(dist, file))) throw new Error(`${page}: shows ${file}, which is not in the build (${dist})`);
    return readFileSync(join(dist, file), 'utf8');
  };

  for (const { page, segments, images } of read) {
    const segs = [...segments];
    for (const file of new Set(images.map((i) => i.file))) {
      const ref = home.get(file)!;
      if (ref.page === page.path) segs.push(...imageSegments(file, imageText(file, page.path), ref));
    }
    const ctx = new PageContext(index, segs, skipped);
    const { items } = ctx;
    for (const it of items) {
      const furniture = allowedBy(it.f, it.seg.place, it.seg.chapter, it.seg.text, true);
      if (!furniture) continue;
      const wrong = impossibleDate(it.f);
      [it.status, it.how] = wrong ? ['failed', wrong] : ['allowed', furniture.reason];
    }
    const members = items.filter((x) => !x.status && ownedByJsonLd(x));
    for (const it of items.filter((x) => x.f.kind === 'number' && !x.status && !members.includes(x))) {
      const how = traceNumber(ctx, it);
      if (how) [it.status, it.how] = ['traced', how];
    }
    // After the numbers: a data set's coverage leans on the rows its chart's table figures were traced to.
    for (const it of members) {
      const { ok, how } = traceJsonLd(ctx, it);
      [it.status, it.how] = [ok ? 'traced' : 'failed', how];
    }
    for (const it of items.filter((x) => x.f.kind !== 'number' && !x.status)) {
      const wrong = impossibleDate(it.f);
      const how = wrong ? undefined : traceDateLike(ctx, it);
      if (wrong) [it.status, it.how] = ['failed', wrong];
      else if (how) [it.status, it.how] = ['traced', it.yearAssumed ? `${how} (written without a year: the story's year assumed)` : how];
    }
    for (const it of items.filter((x) => !x.status)) {
      const allowed = allowedBy(it.f, it.seg.place, it.seg.chapter, it.seg.text);
      [it.status, it.how] = allowed ? ['allowed', allowed.reason] : ['failed', failReason(it.f)];
    }
    for (const it of items) {
      const starts = sentenceStarts(it.seg.text);
      const context = it.seg.text.slice(starts[it.sentence], starts[it.sentence + 1] ?? it.seg.text.length).trim();
      const shown = shownOn.get(it.seg.page);
      checked.push({ page: it.seg.page, ...(shown ? { shownOn: shown } : {}), place: it.seg.place, chapter: it.seg.chapter ?? pageChapter(it.seg.page), figure: it.f.text, kind: it.f.kind, context, text: it.seg.text, at: it.f.index, status: it.status!, how: it.how! });
    }
  }

  const count = (s: Status) => checked.filter((c) => c.status === s).length;
  const summary = `figure check: ${docs.length} pages, ${home.size} chart images, ${checked.length} figures found, ${count('traced')} traced, ${count('allowed')} allowed, ${count('failed')} failed; ${skipped.length} names and addresses skipped`;
  return { pages: pages.map((p) => p.path), checked, skipped, unshown: [...given.keys()].filter((f) => !home.has(f)), precision: precisionNotes(checked), summary };
}

/** A page's segments and the chart images it shows; JSON files are read by their kind. */
function readPage(page: PageInput): { segments: Segment[]; images: ImageRef[] } {
  if (page.path.startsWith('scenes/')) return { segments: sceneSegments(page.path, JSON.parse(page.content)), images: [] };
  if (page.path.endsWith('.json')) return { segments: jsonSegments(page.path, JSON.parse(page.content), 'oembed', /([a-z0-9-]+)\.json$/.exec(page.path)?.[1]), images: [] };
  return extractPage(page.path, page.content);
}

/**
 * Where each chart image is checked: once, with the first page that shows it, at its first showing inside a <figure> (a step's or a static
 * figure, with the caption and alt text) if the page has one, else its first showing (the sticky copy); and the pages that show it.
 */
function imageHomes(refs: ImageRef[]): { home: Map<string, ImageRef>; shownOn: Map<string, string[]> } {
  const home = new Map<string, ImageRef>();
  const shownOn = new Map<string, string[]>();
  const inFigure = (r: ImageRef) => r.scopes.some((s) => s.kind === 'group');
  for (const ref of refs) {
    const pages = shownOn.get(ref.file) ?? [];
    if (!pages.includes(ref.page)) shownOn.set(ref.file, [...pages, ref.page]);
    const cur = home.get(ref.file);
    if (!cur || (cur.page === ref.page && !inFigure(cur) && inFigure(ref))) home.set(ref.file, ref);
  }
  return { home, shownOn };
}

function failReason(f: Found): string {
  if (f.kind === 'number') return 'no data cell, computation or SOURCES.md statement gives this value here';
  return 'no row of the data this text draws on, no computation and no SOURCES.md statement gives this date';
}

/** Data cells shown with the same value but different decimals in different places ("6,978.60" and "6,978.6"). */
function precisionNotes(checked: Checked[]): Report['precision'] {
  const byCell = new Map<string, Set<string>>();
  for (const c of checked) {
    const cell = c.status === 'traced' && c.kind === 'number' ? /^(\S+\.csv:\d+ \w+) \(/.exec(c.how)?.[1] : undefined;
    if (!cell) continue;
    if (!byCell.has(cell)) byCell.set(cell, new Set());
    byCell.get(cell)!.add(c.figure.replace(/^(?:US\$|USD |EUR |\$|€|\+)|%$/g, ''));
  }
  const value = (t: string) => Number(t.replace(/,/g, ''));
  return [...byCell]
    .map(([cell, shown]) => ({ cell, shown: [...shown] }))
    .filter(({ shown }) => shown.some((a) => shown.some((b) => a !== b && value(a) === value(b))));
}

/** Lists failing figures for a test message: page, figure, place, context and why. */
export function describeFailures(cs: Checked[]): string {
  return cs.map((c) => `${c.page}${c.shownOn ? ` (shown on ${c.shownOn.join(', ')})` : ''} [${c.place}] "${c.figure}": ${c.how}\n    in: ${c.context}`).join('\n');
}
