// Loads content/data (the CSVs, SOURCES.md and licences.json) with this check's own reader, and indexes rows by the dates, months and quarters they hold.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsv } from './csv';
import { parseManifest, type LicenceEntry } from './manifest';

export interface DataRow {
  file: string;
  line: number;
  cells: Record<string, string>;
  /** Keys this row answers to: ISO dates, months (YYYY-MM) for monthly rows and month-precision cells, quarters (YYYYQn). */
  keys: string[];
}

export interface DataFile {
  name: string;
  header: string[];
  rows: DataRow[];
  /** An event table (few rows, each a fact on its own) rather than a long series: any of its cells may be quoted without a date. */
  small: boolean;
  /** Every date in it is the first of a month: a row stands for its month. */
  monthly: boolean;
  numericColumns: string[];
}

export interface SourcesSection {
  title: string;
  /** The CSV file the section documents, if its title names one. */
  file?: string;
  text: string;
}

/** A source SOURCES.md cites for context no data file holds (its section "Sources for context in the prose"): one bullet. */
export interface ContextSource {
  /** Who says it, as the bullet's bold title begins: "Reuters", "Saxo Bank", "FOMC statement". */
  source: string;
  /** The chapters its "Used in:" line names, by number. */
  chapters: number[];
  text: string;
}

export interface Data {
  dir: string;
  files: Map<string, DataFile>;
  sources: SourcesSection[];
  contextSources: ContextSource[];
  /** Chapter slugs in the article's order, from content/chapters/NN-slug.mdx: chapter n is chapterOrder[n - 1]. */
  chapterOrder: string[];
  /** content/data/licences.json, by data file: what may be passed on, and the row limit of a restricted series. */
  licences: Map<string, LicenceEntry>;
}

/** Files with at most this many rows are event tables. */
export const SMALL_FILE_ROWS = 100;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_MONTH = /^\d{4}-\d{2}$/;
const QUARTER = /^\d{4}Q[1-4]$/;
const NUMBER = /^-?\d+(\.\d+)?$/;

export function isNumeric(cell: string | undefined): boolean {
  return cell !== undefined && NUMBER.test(cell);
}

function loadFile(dir: string, name: string): DataFile {
  const table = parseCsv(readFileSync(join(dir, name), 'utf8'), join(dir, name));
  const cellsOf = (c: string) => table.rows.map((r) => r.cells[c]!).filter((v) => v !== '');
  const dateColumns = table.header.filter((c) => cellsOf(c).length && cellsOf(c).every((v) => ISO_DATE.test(v) || ISO_MONTH.test(v)));
  const quarterColumns = table.header.filter((c) => cellsOf(c).length && cellsOf(c).every((v) => QUARTER.test(v)));
  const numericColumns = table.header.filter((c) => !dateColumns.includes(c) && cellsOf(c).length && cellsOf(c).every(isNumeric));
  const monthly = dateColumns.length > 0 && dateColumns.every((c) => cellsOf(c).every((v) => v.endsWith('-01')));
  const rows = table.rows.map(({ line, cells }) => {
    const keys: string[] = [];
    for (const c of dateColumns) {
      const v = cells[c]!;
      if (!v) continue;
      if (ISO_MONTH.test(v)) keys.push(v);
      else {
        keys.push(v);
        if (monthly) keys.push(v.slice(0, 7));
      }
    }
    for (const c of quarterColumns) if (cells[c]) keys.push(cells[c]!);
    return { file: name, line, cells, keys };
  });
  return { name, header: table.header, rows, small: rows.length <= SMALL_FILE_ROWS, monthly, numericColumns };
}

/** SOURCES.md split at its "## " headings; a section whose title names a CSV file documents that file. */
function loadSources(text: string): SourcesSection[] {
  return text.split(/^(?=## )/m).map((part) => {
    const title = part.split('\n', 1)[0]!.replace(/^#+\s*/, '').trim();
    // "S&P 500" is a name, not a figure "500".
    return { title, file: /([\w-]+\.csv)/.exec(title)?.[1], text: part.replace(/S&P 500/g, 'S&P') };
  });
}

/** The bullets of SOURCES.md's section on sources for context, each to its first blank line (the section's closing notes are not a source's). */
export function loadContextSources(sections: SourcesSection[]): ContextSource[] {
  const section = sections.find((s) => /sources for context/i.test(s.title));
  if (!section) return [];
  return section.text
    .split(/^(?=\* \*\*)/m)
    .slice(1)
    .map((bullet) => {
      const text = bullet.split(/\n\s*\n/)[0]!;
      const title = /^\* \*\*(.+?)\*\*/.exec(text)?.[1] ?? '';
      const source = title.split(/,| of /)[0]!.trim();
      const used = text.split('Used in:')[1] ?? '';
      return { source, chapters: [...used.matchAll(/\bchapter (\d+)/g)].map((m) => Number(m[1])), text };
    });
}

export function loadData(dir = 'content/data'): Data {
  const names = readdirSync(dir).filter((n) => n.endsWith('.csv')).sort();
  const files = new Map(names.map((n) => [n, loadFile(dir, n)]));
  const sources = loadSources(readFileSync(join(dir, 'SOURCES.md'), 'utf8'));
  const chapterOrder = readdirSync(join(dir, '..', 'chapters'))
    .sort()
    .map((n) => /^\d+-([a-z0-9-]+)\.mdx$/.exec(n)?.[1])
    .filter((s): s is string => Boolean(s));
  const licences = parseManifest(readFileSync(join(dir, 'licences.json'), 'utf8'), join(dir, 'licences.json'));
  return { dir, files, sources, contextSources: loadContextSources(sources), chapterOrder, licences };
}

/** The scale a numeric cell is written in: "bn" or "m" from its column name (or, for a value column, its row's metric), "percent", "bp". */
export function cellUnit(row: DataRow, column: string): string | undefined {
  const name = column === 'value' && row.cells.metric ? row.cells.metric : column;
  if (/(^|_)bn(_|$)/.test(name)) return 'bn';
  if (/(^|_)m(_|$)/.test(name)) return 'm';
  if (/(^|_)bp$/.test(name)) return 'bp';
  if (row.file === 'fed_funds_target_range.csv' && (column === 'lower' || column === 'upper')) return 'percent';
  return undefined;
}
