// JSON-LD members with a rule of their own, tried instead of the general routes (a match elsewhere would be a coincidence):
//  - position (a chapter part): the chapter's place in content/chapters' order;
//  - datePublished, dateModified: build metadata. The publication date is SITE_PUBLISHED if the environment sets it, else the newest date in
//    content/data (the build's default); a CorrectionComment's date is a real day no earlier than that; dateModified is the latest of them;
//  - temporalCoverage (a chart's Dataset): it begins on the first and ends on the last day of the rows the chart's tables on the same page
//    show (the dates in their cells and the rows their figures were traced to);
//  - "K of its M states" in a chart's Dataset description: counted on the page (its tables marked data-withheld; its states).
import type { Item, PageContext } from './context';
import { citesSource, keyOf } from './context';
import type { Data, DataRow } from './data';
import { ends, narrowest, spanOf, type KeySpan } from './key-span';
import { impossibleDate } from './trace-date';

const DATE_MEMBERS = new Set(['datePublished', 'dateModified']);
const STATES = /\b(\d+) of its (\d+) states\b/g;

/** The "K of its M states" phrase the figure is K or M of, if any. */
function statesPhrase(it: Item): { withheld: boolean } | undefined {
  for (const m of it.seg.text.matchAll(STATES)) {
    const k = m.index!;
    const at = it.f.index;
    if (at === k) return { withheld: true };
    if (at === k + m[0].lastIndexOf(m[2]!) && it.f.text === m[2]) return { withheld: false };
  }
  return undefined;
}

/** Whether a figure is a JSON-LD member (or phrase) that only its own rule may trace. */
export function ownedByJsonLd(it: Item): boolean {
  if (it.seg.place !== 'json-ld') return false;
  const key = it.seg.jsonKey ?? '';
  return key === 'position' || DATE_MEMBERS.has(key) || key === 'temporalCoverage' || statesPhrase(it) !== undefined;
}

/** The newest full date any row of content/data holds, with the row. */
export function newestDate(data: Data): { date: string; row: DataRow } {
  let best: { date: string; row: DataRow } | undefined;
  for (const f of data.files.values())
    for (const r of f.rows) for (const k of r.keys) if (/^\d{4}-\d{2}-\d{2}$/.test(k) && (!best || k > best.date)) best = { date: k, row: r };
  if (!best) throw new Error('figure check: content/data holds no dates');
  return best;
}

/** The publication date the build used: SITE_PUBLISHED if set (as for `astro build`), else the newest date in the data. */
function published(data: Data): { date: string; how: string } {
  const env = process.env.SITE_PUBLISHED;
  if (env) return { date: env, how: 'SITE_PUBLISHED, the publication date set for the build' };
  const n = newestDate(data);
  return { date: n.date, how: `SITE_PUBLISHED unset: the newest date in content/data (${n.row.file}:${n.row.line}), the build's default` };
}

/** The key a data row is drawn at: its quarter, else its month in a monthly file, else its first date column. */
function rowKey(data: Data, row: DataRow): string | undefined {
  return row.keys.find((k) => /^\d{4}Q[1-4]$/.test(k)) ?? (data.files.get(row.file)!.monthly ? row.keys.find((k) => /^\d{4}-\d{2}$/.test(k)) : undefined) ?? row.keys[0];
}

const byLine = new WeakMap<Data, Map<string, DataRow>>();
function rowAt(data: Data, file: string, line: number): DataRow | undefined {
  let m = byLine.get(data);
  if (!m) byLine.set(data, (m = new Map([...data.files.values()].flatMap((f) => f.rows.map((r) => [`${f.name}:${r.line}`, r] as const)))));
  return m.get(`${file}:${line}`);
}

/** The days the rows of a chart's tables on this page cover: the dates their cells show and the rows their figures were traced to. */
function tableSpans(ctx: PageContext, chart: string): KeySpan[] {
  const spans: KeySpan[] = [];
  for (const x of ctx.chartTableItems(chart)) {
    const key = citesSource(x.seg) ? undefined : keyOf(x.f);
    const traced = x.status === 'traced' ? /^(\S+\.csv):(\d+) /.exec(x.how ?? '') : null;
    const row = traced ? rowAt(ctx.index.data, traced[1]!, Number(traced[2])) : undefined;
    for (const k of [key, row && rowKey(ctx.index.data, row)]) {
      const s = k ? spanOf(k) : undefined;
      if (s) spans.push(s);
    }
  }
  return narrowest(spans);
}

/** Traces a member that ownedByJsonLd claims: whether it holds, and how (or why not). */
export function traceJsonLd(ctx: PageContext, it: Item): { ok: boolean; how: string } {
  const { f, seg } = it;
  const { data } = ctx.index;
  const key = seg.jsonKey ?? '';

  if (key === 'position') {
    const n = seg.chapter ? data.chapterOrder.indexOf(seg.chapter) + 1 : 0;
    if (!n) return { ok: false, how: 'a position outside a chapter’s part: it must be a chapter’s place in the story' };
    return Number(f.value) === n ? { ok: true, how: `position of chapter ${seg.chapter}: chapter ${n} in content/chapters` } : { ok: false, how: `${seg.chapter} is chapter ${n} in content/chapters` };
  }

  if (DATE_MEMBERS.has(key)) {
    const wrong = impossibleDate(f);
    const shown = keyOf(f);
    if (wrong || f.kind !== 'date' || !shown) return { ok: false, how: wrong ?? 'a publication date must be a day, written YYYY-MM-DD' };
    const pub = published(data);
    const corrections = ctx.items.filter((x) => x.seg.page === seg.page && x.seg.place === 'json-ld' && x.seg.jsonKey === 'datePublished' && /(^|\.)correction\b/.test(x.seg.jsonPath ?? '')).map((x) => keyOf(x.f) ?? '');
    if (key === 'datePublished' && /(^|\.)correction\b/.test(seg.jsonPath ?? ''))
      return shown >= pub.date ? { ok: true, how: `a correction’s date (build metadata, from the corrections log): a real day, not before publication (${pub.date})` } : { ok: false, how: `a correction dated before publication (${pub.date})` };
    if (key === 'datePublished') return shown === pub.date ? { ok: true, how: `build metadata: ${pub.how}` } : { ok: false, how: `the publication date is ${pub.date} (${pub.how})` };
    const latest = [pub.date, ...corrections].sort().at(-1)!;
    return shown === latest ? { ok: true, how: `build metadata: the later of the publication date (${pub.how}) and the corrections’ dates` } : { ok: false, how: `dateModified must be ${latest}, the later of the publication date and the corrections’ dates` };
  }

  const chart = seg.chart;
  if (!chart) return { ok: false, how: 'a data set’s figure outside a chart’s data set: no chart to check it against' };

  if (key === 'temporalCoverage') {
    const shown = keyOf(f);
    const span = shown ? spanOf(shown) : undefined;
    const bounds = ends(tableSpans(ctx, chart));
    if (!span || !bounds) return { ok: false, how: span ? `no table of chart ${chart} on this page to take its coverage from` : 'a temporal coverage end must be a date or month' };
    const isStart = f.index < seg.text.indexOf('/');
    const want = isStart ? bounds.start : bounds.end;
    const ok = isStart ? span.first === want.first && span.last <= want.last : span.last === want.last && span.first >= want.first;
    const what = isStart ? 'begins' : 'ends';
    return ok ? { ok: true, how: `temporal coverage: ${what} where the rows chart ${chart}’s tables show ${what} (${want.key})` } : { ok: false, how: `chart ${chart}’s tables show rows that ${what === 'begins' ? 'begin' : 'end'} at ${want.key}` };
  }

  const phrase = statesPhrase(it)!;
  const count = phrase.withheld ? ctx.withheldTables(chart).length : ctx.chartStates(chart).length;
  const what = phrase.withheld ? `tables of chart ${chart} on this page whose rows are withheld (data-withheld)` : `states of chart ${chart} on this page (data-state)`;
  return Number(f.value) === count ? { ok: true, how: `counted: ${what}` } : { ok: false, how: `${count} ${what}` };
}
