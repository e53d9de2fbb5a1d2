// Traces one shown date, month, quarter, year or time of day. The routes, in order:
//  - a time of day: a cell of a row its context's dates pick, or written in a text cell of an event table;
//  - a date (month, quarter, year) of an event table (decisions, milestones, quarters, reports) the text draws on: a fact on its own;
//  - a date in a long series must be the row of a figure beside it (in its sentence, text or row) that was traced to that row,
//    or a named computed date ("the Nasdaq's low", "the first close above 5,200"), or, for a year, the year of one;
//  - quoted in a text cell of an event table, or stated as written in SOURCES.md.
// Before any route, a date must exist ("30 February" fails) and a weekday written with it must be its weekday.
import type { Item, PageContext } from './context';
import { keyOf } from './context';
import type { Found } from './find';
import { quotedInText, sourcesSection } from './match';

const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const utc = (f: Found) => new Date(Date.UTC(f.year!, f.month! - 1, f.day!));

/** Why a written date cannot be right whatever the data say (no such day, or the wrong weekday), if so. */
export function impossibleDate(f: Found): string | undefined {
  if (f.kind !== 'date' || f.year === undefined) return undefined;
  if (utc(f).getUTCDate() !== f.day) return 'not a date: the month has no such day';
  if (f.weekday !== undefined && utc(f).getUTCDay() !== f.weekday) return `the weekday does not match the date (it was a ${WEEKDAY_NAMES[utc(f).getUTCDay()]})`;
  return undefined;
}

/** How the date-like figure is traced, or undefined if no route holds it. */
export function traceDateLike(ctx: PageContext, it: Item): string | undefined {
  const { f, seg } = it;
  const { data, named } = ctx.index;
  const files = ctx.filesOf(seg);
  const smallRows = files.flatMap((file) => (data.files.get(file)!.small ? data.files.get(file)!.rows : []));
  const inScope = (chapters: string[] | '*') => chapters === '*' || !seg.chapter || chapters.includes(seg.chapter);

  if (f.kind === 'time') {
    for (const lv of ctx.levels(it)) {
      for (const row of ctx.rowsFor(ctx.keysOf(lv), files)) {
        const col = Object.keys(row.cells).find((c) => row.cells[c] === f.time);
        if (col) return `${row.file}:${row.line} ${col} (row picked by a date in its ${lv.name})`;
      }
    }
    const q = quotedInText(f, smallRows);
    return q ? `quoted in ${q.row.file}:${q.row.line} ${q.column}` : undefined;
  }

  const key = f.kind === 'year' ? String(f.year) : keyOf(f);
  if (!key) return undefined;
  const within = (k: string) => (f.kind === 'date' ? k === key : k.startsWith(key));
  const event = smallRows.find((r) => r.keys.some(within));
  if (event) return `${event.file}:${event.line} (event table)`;
  const near = ctx.linkedNear(it).filter(within);
  const row = ctx.rowsFor(near, files)[0];
  if (row) return `${row.file}:${row.line} (the row of a figure beside it)`;
  // A computation about one file (its first or last date) holds only for text that draws on that file.
  const about = (c: (typeof named)[number]) => inScope(c.chapters) && (!c.file || files.includes(c.file));
  const c = named.find((c) => c.kind === f.kind && about(c) && c.value === key);
  if (c) return `computed: ${c.name}`;
  if (f.kind === 'year') {
    const cy = named.find((c) => (c.kind === 'date' || c.kind === 'month') && about(c) && String(c.value).startsWith(key));
    if (cy) return `year of computed: ${cy.name}`;
  }
  const q = quotedInText(f, smallRows);
  if (q) return `quoted in ${q.row.file}:${q.row.line} ${q.column}`;
  const sec = sourcesSection(f, data.sources, files);
  if (sec) return `SOURCES.md, section "${sec.title}"`;
  return undefined;
}
