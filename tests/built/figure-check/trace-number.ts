// Traces one shown number. The routes, tried in order, and what each demands:
//  0. A limit on a series' rows ("more than 16 of its rows"): the quote_limit licences.json sets for the data set, and no other route.
//  1. "N rows" (trace-rows.ts): in a download link, the rows of the CSV it links; else the rows of a data file between the first and
//     last dates the table beside it shows, or of the download beside it.
//  2. A data row picked by a date: the dates (months, quarters) named in the figure's sentence pick rows of the files its chart or
//     chapter draws on; if none holds it, the dates of its text, its row (table row, SVG), its figure or table, and its step are
//     added, one level at a time. The cell must equal the figure rounded to the decimals shown, in the scale shown, in the column a
//     word before it or its table header names. A bare small whole number may only use its sentence, text or table row.
//  3. An event table (a file of at most 100 rows, each a fact on its own): any cell, same rules; not for bare small whole numbers.
//  4. A named computation (computations.ts) of the same measure, in scope for the chapter, about the dates its sentence names (a year or
//     month named stands for the days and quarters in it).
//  5. A table column computed per row (rebased index, lead over the Dow) from the row's date and the header's base day.
//  6. Quoted: the figure written inside a text cell (a note, a name) of the rows above or of an event table; or, with two words after it,
//     in the licence manifest's entry of a data set the text draws on ("17 U.S.C. §", "ten years of"): the manifest is reviewed data.
//  7. A context source: the figure with its unit, in the SOURCES.md entry of a source the paragraph names and the chapter uses.
//  8. SOURCES.md: stated as written in the section of a file the text draws on, unless its sentence names a date of the data.
import { tableColumnValues, type Computed, type ComputedKind } from './computations';
import type { Item, PageContext } from './context';
import { keyOf } from './context';
import type { DataRow } from './data';
import { showsAs } from './decimal';
import { findFigures, type Found } from './find';
import { cellInRow, columnsForHead, contextSourceFor, hintColumn, quotable, quotedInManifest, quotedInText, sourcesSection } from './match';
import { downloadRowCount, isRowLimit, rowLimit, tableRowCount } from './trace-rows';

const COUNT_UNITS = new Set(['count', 'sessions', 'meetings', 'decisions', 'hikes', 'cuts', 'holds', 'quarters', 'levels', 'figures', 'reports', 'estimates']);

/** The measures a shown number can be, from its unit: "8 times in 2025" is a count, "1.7 times" a ratio; a number with no unit anything but a percentage, ratio or row count. */
export function measuresOf(f: Found): ComputedKind[] {
  if (f.percent) return ['percent'];
  switch (f.unit) {
    case 'times':
      return ['ratio', 'count'];
    case 'fold':
      return ['ratio'];
    case 'years':
    case 'months':
      return [f.unit];
    case 'days':
      return ['days', 'count'];
    case 'pp':
      return ['points'];
    case 'bp':
      return ['bp'];
    case 'rows':
      return ['rows'];
    case 'bn':
    case 'tn':
    case 'm':
      return ['level'];
    case undefined:
      return f.currency ? ['level'] : ['count', 'days', 'years', 'months', 'level', 'points', 'bp'];
    default:
      return COUNT_UNITS.has(f.unit) ? ['count', 'rows'] : ['count', 'level'];
  }
}

/** Whether a computed value is what the figure shows, read with its qualifier: "about" rounds, "more than" bounds, "just over" a little above. */
export function showsComputed(f: Found, value: number): boolean {
  const shown = Number(f.value);
  if (f.signed && Math.sign(shown) !== Math.sign(value) && value !== 0) return false;
  const [a, s] = [Math.abs(value), Math.abs(shown)];
  switch (f.qualifier) {
    case 'more than':
      return a >= s;
    case 'less than':
      return a <= s;
    case 'almost':
      return a < s && a >= 0.9 * s;
    case 'just over':
      return a > s && a <= 1.25 * s;
    default:
      return showsAs(f.value!.replace(/^-/, ''), f.decimals!, a);
  }
}

const ENTITY_COLUMNS = ['entity', 'instrument', 'consensus_provider'];

/**
 * Among rows sharing a date, those whose name (company, instrument, compiler) the text names: in a table row, anywhere in the row;
 * in prose or a label, only a name written just before the figure ("Meta Platforms $1.6 trillion", "Nvidia 4.6").
 */
function narrowByName(rows: DataRow[], text: string, adjacent: boolean): DataRow[] {
  const lower = text.toLowerCase();
  const tail = lower.replace(/[\s$€]*(?:usd|us\$|eur)?[\s$€]*$/, '').replace(/[\s,:]*(?:at|was|of|is)?$/, '');
  const named = rows.filter((r) =>
    ENTITY_COLUMNS.some((c) => {
      const core = (r.cells[c] ?? '').replace(/\s*\(.*$/, '').trim().toLowerCase();
      return core.length >= 3 && (adjacent ? tail.endsWith(core) : lower.includes(core));
    }),
  );
  return named.length ? named : rows;
}

/** Whether a computation's key (a date, month or quarter) is a date the sentence names: the same, or inside a year or month it names ("2022–2023: 11 hikes"). */
export function within(key: string, named: string): boolean {
  return key === named || (/^\d{4}(?:-\d{2})?$/.test(named) && key.startsWith(named) && !/^\d$/.test(key[named.length] ?? ''));
}

function computedNumber(ctx: PageContext, it: Item, unitHint: string | undefined): Computed | undefined {
  const f = it.f;
  const measures = measuresOf(f);
  const near = ctx.nearKeys(it);
  const chapter = it.seg.chapter;
  const files = ctx.filesOf(it.seg);
  const candidates = ctx.index.named.filter((c) => {
    if (!measures.includes(c.kind) || typeof c.value !== 'number') return false;
    if (c.file && !files.includes(c.file)) return false;
    if (c.chapters !== '*' && chapter && !c.chapters.includes(chapter)) return false;
    const inTrillions = c.unit === 'bn' && (f.unit === 'tn' || (!f.unit && unitHint === 'tn'));
    return showsComputed(f, inTrillions ? c.value / 1000 : c.value);
  });
  if (!near.length) return candidates[0];
  // About a date the sentence names; failing that, about a date inside a year or month it names.
  return candidates.find((c) => !c.keys || c.keys.some((k) => near.includes(k))) ?? candidates.find((c) => c.keys?.some((k) => near.some((n) => within(k, n))));
}

/** How the number is traced, or undefined if no route holds it. */
export function traceNumber(ctx: PageContext, it: Item): string | undefined {
  const { f, seg } = it;
  const { data } = ctx.index;
  const files = ctx.filesOf(seg);
  const isCell = seg.place === 'table-cell';
  const hint = isCell ? undefined : hintColumn(ctx.textBefore(it));
  const cells = ctx.rowCells(seg);
  const nameText = isCell ? cells.join(' ') : ctx.textBefore(it);
  const unitHint = ctx.unitHint(it);

  if (isRowLimit(it)) return rowLimit(ctx, it);
  if (f.unit === 'rows') {
    // A download link's "(7 rows)" speaks of the file it links; a caption's or note's "of 303 rows" of the rows its table summarises.
    const how = seg.links?.some((h) => h.endsWith('.csv')) ? downloadRowCount(ctx, it, true) : (tableRowCount(ctx, it) ?? downloadRowCount(ctx, it));
    if (how) return how;
  }

  const levelRows: DataRow[] = [];
  const bare = f.decimals === 0 && Math.abs(Number(f.value)) < 100 && !f.unit && !f.percent && !f.currency && !f.signed && !unitHint;
  if (quotable(f)) {
    const keys = new Set<string>();
    const lvls = ctx.levels(it).filter((l) => !bare || l.name === 'sentence' || l.name === 'text' || (l.name === 'row' && isCell));
    for (const lv of lvls) {
      const before = keys.size;
      for (const k of ctx.keysOf(lv)) keys.add(k);
      // A wider level that adds no date picks no new row.
      if (keys.size === before && lv.name !== 'sentence') continue;
      const rows = narrowByName(ctx.rowsFor(keys, files), nameText, !isCell);
      levelRows.push(...rows);
      for (const row of rows) {
        const col = cellInRow(f, row, columnsForHead(data.files.get(row.file)!, seg.columnHead), hint, unitHint);
        if (col) {
          ctx.link(it, row.keys);
          return `${row.file}:${row.line} ${col} (row picked by a date in its ${lv.name})`;
        }
      }
    }
    for (const file of bare ? [] : files) {
      const df = data.files.get(file)!;
      if (!df.small) continue;
      for (const row of narrowByName(df.rows, nameText, !isCell)) {
        const col = cellInRow(f, row, columnsForHead(df, seg.columnHead), hint, unitHint);
        if (col) {
          ctx.link(it, row.keys);
          return `${file}:${row.line} ${col} (event table)`;
        }
      }
    }
  }

  const c = computedNumber(ctx, it, unitHint);
  if (c) {
    if (c.keys) ctx.link(it, c.keys);
    return `computed: ${c.name}`;
  }

  if (isCell && seg.columnHead) {
    const headDates = findFigures(seg.columnHead)
      .filter((x) => x.year !== undefined)
      .map(keyOf)
      .filter((k): k is string => Boolean(k));
    const row = seg.scopes.find((s) => s.kind === 'row');
    const rowKeys = row ? ctx.keysOf({ id: row.key, items: ctx.inScope(row.key) }) : [];
    for (const r of ctx.rowsFor(rowKeys, files)) {
      const hit = tableColumnValues(data, seg.columnHead, r, headDates.length ? headDates : ctx.index.bases).find((v) => showsComputed({ ...f, qualifier: undefined }, v.value));
      if (hit) return `computed: ${hit.name}, for ${r.file}:${r.line}`;
    }
  }

  const smallRows = files.flatMap((file) => (data.files.get(file)!.small ? data.files.get(file)!.rows : []));
  const quoted = quotedInText(f, [...levelRows, ...smallRows]);
  if (quoted) return `quoted in ${quoted.row.file}:${quoted.row.line} ${quoted.column}`;

  const manifest = quotedInManifest(f, seg.text.slice(f.index + f.text.length), files, data.licences);
  if (manifest) return `quoted in licences.json:${manifest.line ?? '?'} ${manifest.member}`;

  const chapterNo = seg.chapter ? data.chapterOrder.indexOf(seg.chapter) + 1 || undefined : undefined;
  const said = contextSourceFor(f, seg.text, chapterNo, data.contextSources);
  if (said) return `SOURCES.md, sources for context: ${said.source} (used in chapter ${chapterNo})`;

  const sentenceRows = ctx.rowsFor(ctx.keysOf(ctx.levels(it)[0]!), files);
  const sec = sentenceRows.length ? undefined : sourcesSection(f, data.sources, files);
  if (sec) return `SOURCES.md, section "${sec.title}"`;
  return undefined;
}
