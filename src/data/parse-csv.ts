/** Parses and validates one CSV data set: exact header, typed cells, unique ascending keys, cross-field rules, or a DataError. */
import { csvParseRows } from 'd3-dsv';
import type { z } from 'astro/zod';
import { CellError, RuleError } from './data-error';
import type { ParsedLine, RowCheck } from './row-check';

/** How a data set's file must look. */
export interface CsvSpec<S extends Record<string, z.ZodType<unknown, string>>> {
  /** Path shown in errors, relative to the project root, e.g. `content/data/sp500_monthly.csv`. */
  file: string;
  /** Columns in file order, each with the schema its cells must satisfy. */
  columns: S;
  /** Column whose values must be unique and strictly ascending (dates, levels, quarters). */
  key?: keyof S & string;
  /** Columns that together identify a row (for files with no single key). */
  unique?: (keyof S & string)[];
  /** Column that must never go down from one row to the next (repeats allowed). */
  ascending?: keyof S & string;
  /** Cross-field rules, run on each row after its cells, in this order. */
  checks?: RowCheck<Row<NoInfer<S>>>[];
}

export type Row<S extends Record<string, z.ZodType<unknown, string>>> = { [K in keyof S]: z.output<S[K]> };

/** Sortable form of a parsed key cell. */
const order = (v: unknown): number | string => {
  if (v instanceof Date) return v.getTime();
  if (v && typeof v === 'object' && 'year' in v && 'q' in v) return (v as { year: number }).year * 10 + (v as { q: number }).q;
  return v as number | string;
};

/** A UTF-8 byte-order mark, which some spreadsheet programs write at the start of a saved CSV. */
const BYTE_ORDER_MARK = '\uFEFF';

/**
 * Parses `text` per `spec`. Line numbers count the header as line 1; quoted fields in these
 * files hold no line breaks (the parser checks), so a record's index maps to its line.
 * A byte-order mark at the very start is dropped: it marks the encoding the file is read in
 * anyway, so it is not part of the first column's name.
 */
export function parseCsv<S extends Record<string, z.ZodType<unknown, string>>>(
  spec: CsvSpec<S>,
  text: string,
): Row<S>[] {
  const body = text.startsWith(BYTE_ORDER_MARK) ? text.slice(BYTE_ORDER_MARK.length) : text;
  const names = Object.keys(spec.columns);
  const expectedHeader = names.join(',');
  if (body.trim() === '') throw new CellError(spec.file, 1, '(header)', '', `a header line "${expectedHeader}" and at least one row`);
  const records = csvParseRows(body.replace(/\r\n/g, '\n').replace(/\n$/, ''));
  const header = records[0] ?? [];
  names.forEach((name, i) => {
    if (header[i] !== name) {
      throw new CellError(spec.file, 1, name, header.join(','), `the header "${expectedHeader}" (column ${i + 1} must be "${name}")`);
    }
  });
  if (header.length !== names.length) {
    throw new CellError(spec.file, 1, '(header)', header.join(','), `exactly ${names.length} columns: "${expectedHeader}"`);
  }
  if (records.length < 2) throw new CellError(spec.file, 2, '(row)', '', 'at least one data row after the header');
  const lines: ParsedLine<Row<S>>[] = [];
  let previousKey: { value: number | string; raw: string; line: number } | undefined;
  const seen = new Map<number | string, number>();
  const seenCombos = new Map<string, number>();
  let previousAscending: { value: number | string; raw: string; line: number } | undefined;
  for (let r = 1; r < records.length; r++) {
    const line = r + 1;
    const cells = records[r] ?? [];
    if (cells.some((c) => c.includes('\n'))) throw new CellError(spec.file, line, '(row)', cells.join(','), 'no line breaks inside quoted fields');
    if (cells.length !== names.length) {
      throw new CellError(spec.file, line, '(row)', cells.join(','), `${names.length} fields (${expectedHeader}), found ${cells.length}`);
    }
    const row = {} as Row<S>;
    const written = {} as Record<string, string>;
    names.forEach((name, i) => {
      const raw = cells[i] ?? '';
      written[name] = raw;
      const parsed = spec.columns[name]!.safeParse(raw);
      if (!parsed.success) throw new CellError(spec.file, line, name, raw, parsed.error.issues[0]?.message ?? 'a valid value');
      (row as Record<string, unknown>)[name] = parsed.data;
    });
    if (spec.unique) {
      const id = JSON.stringify(spec.unique.map((c) => cells[names.indexOf(c)]));
      const dup = seenCombos.get(id);
      if (dup !== undefined) {
        throw new CellError(spec.file, line, spec.unique.join('+'), spec.unique.map((c) => cells[names.indexOf(c)]).join(' / '), `a combination not already on line ${dup}`);
      }
      seenCombos.set(id, line);
    }
    if (spec.ascending) {
      const raw = cells[names.indexOf(spec.ascending)] ?? '';
      const value = order(row[spec.ascending]);
      if (previousAscending && value < previousAscending.value) {
        throw new CellError(spec.file, line, spec.ascending, raw, `a value not before ${JSON.stringify(previousAscending.raw)} on line ${previousAscending.line} (rows in ascending order)`);
      }
      previousAscending = { value, raw, line };
    }
    if (spec.key) {
      const raw = cells[names.indexOf(spec.key)] ?? '';
      const value = order(row[spec.key]);
      const dup = seen.get(value);
      if (dup !== undefined) throw new CellError(spec.file, line, spec.key, raw, `a unique value (already on line ${dup})`);
      if (previousKey && value < previousKey.value) {
        throw new CellError(spec.file, line, spec.key, raw, `a value after ${JSON.stringify(previousKey.raw)} on line ${previousKey.line} (rows in ascending order)`);
      }
      seen.set(value, line);
      previousKey = { value, raw, line };
    }
    const current: ParsedLine<Row<S>> = { row, cells: written as ParsedLine<Row<S>>['cells'], line };
    for (const check of spec.checks ?? []) {
      const problem = check(current, lines);
      if (problem) throw new RuleError(spec.file, line, check.name, problem.found, problem.expected);
    }
    lines.push(current);
  }
  return lines.map((l) => l.row);
}

/** Identity helper that keeps a spec's column types for inference. */
export const defineCsv = <S extends Record<string, z.ZodType<unknown, string>>>(spec: CsvSpec<S>): CsvSpec<S> => spec;
