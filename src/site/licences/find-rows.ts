/**
 * Finds the rows of a series that a text (CSV, JSON, HTML, SVG) holds: a row is there when one of its values is
 * written near one of its dates (a table row, a JSON object, "6,978.03 on 28 January 2026"; in line-by-line files such
 * as CSV, on the same line), or when a value precise enough to name the row on its own (five or more significant
 * digits, e.g. 6978.03) appears anywhere.
 */
import type { Series, SeriesRow } from './series';

/** How far apart (characters) a date and a value may be written and still count as one row: a table row or CSV line. */
export const PAIR_WINDOW = 320;

/** Values with at least this many significant digits identify their row without a date. */
export const DISTINCTIVE_DIGITS = 5;

/** Values with fewer significant digits (35, 4.5) are too common to tie to a date: a bulk copy is caught by its other rows. */
export const PAIRED_DIGITS = 3;

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const monthNumber = (name: string): number => {
  const n = name.toLowerCase();
  return MONTHS.findIndex((m) => m === n || m.slice(0, 3) === n.slice(0, 3)) + 1;
};
const pad = (n: number | string) => String(n).padStart(2, '0');

/** A number as written, not part of a word, a date, a version or a hash: 6978.03, 6,978.03, 44850. */
const NUMBER = /(?<![\w.-])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?![\w-]|\.\d)/g;
const ISO = /(?<!\d)(\d{4})-(\d{2})(?:-(\d{2}))?(?!\d)/g;
const SPELLED = /\b(?:(\d{1,2}) )?(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?),? (\d{4})\b/g;

/** The numbers and dates of a text, with their positions: read once, matched against any number of series. */
export interface Tokens {
  numbers: { at: number; line: number; value: number; digits: number }[];
  /** Where each date is written (position and line), keyed by day (YYYY-MM-DD) and by month (YYYY-MM). */
  dates: Map<string, { at: number; line: number }[]>;
  /** True for line-by-line files (CSV, Markdown, plain text): a date and a value pair up only on one line. */
  byLine: boolean;
}

/** Significant digits of a number as written: 6978.60 has 6, 4.44 has 3, 1000 has 4. */
const significant = (written: string): number => written.replace(/[,.]/g, '').replace(/^0+/, '').length;

export function tokenize(text: string, byLine = false): Tokens {
  const breaks: number[] = [];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) breaks.push(i);
  const lineAt = (at: number): number => {
    let lo = 0;
    let hi = breaks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (breaks[mid]! < at) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const numbers: Tokens['numbers'] = [];
  for (const m of text.matchAll(NUMBER)) {
    const written = m[0];
    numbers.push({ at: m.index, line: lineAt(m.index), value: Number(written.replace(/,/g, '')), digits: significant(written) });
  }
  const dates: Tokens['dates'] = new Map();
  const add = (key: string, at: number) => {
    const list = dates.get(key);
    const where = { at, line: lineAt(at) };
    if (list) list.push(where);
    else dates.set(key, [where]);
  };
  for (const m of text.matchAll(ISO)) {
    const month = `${m[1]}-${m[2]}`;
    add(month, m.index);
    if (m[3]) add(`${month}-${m[3]}`, m.index);
  }
  for (const m of text.matchAll(SPELLED)) {
    const month = `${m[3]}-${pad(monthNumber(m[2]!))}`;
    add(month, m.index);
    if (m[1]) add(`${month}-${pad(m[1])}`, m.index);
  }
  return { numbers, dates, byLine };
}

/** The first index in `numbers` at or after position `at` (numbers are in text order). */
function firstAt(numbers: Tokens['numbers'], at: number): number {
  let lo = 0;
  let hi = numbers.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (numbers[mid]!.at < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The rows of `series` found in a tokenized text. `valuesAlone: false` counts only values written with their dates:
 * for texts known to date every row (a chart's own table), where a lone value matching another series is coincidence.
 */
export function rowsFound(tokens: Tokens, series: Series, { valuesAlone = true } = {}): SeriesRow[] {
  const distinctive = new Set(valuesAlone ? tokens.numbers.filter((n) => n.digits >= DISTINCTIVE_DIGITS).map((n) => n.value) : []);
  const { numbers } = tokens;
  return series.rows.filter((row) =>
    row.readings.some((reading) => {
      if (reading.values.some((v) => distinctive.has(v) && significant(String(v)) >= DISTINCTIVE_DIGITS)) return true;
      const values = reading.values.filter((v) => significant(String(v)) >= PAIRED_DIGITS);
      const places = tokens.dates.get(reading.date);
      if (!places || !values.length) return false;
      return places.some((p) => {
        for (let i = firstAt(numbers, p.at - PAIR_WINDOW); i < numbers.length && numbers[i]!.at <= p.at + PAIR_WINDOW; i++) {
          const n = numbers[i]!;
          if ((!tokens.byLine || n.line === p.line) && values.includes(n.value)) return true;
        }
        return false;
      });
    }),
  );
}

/** Files read line by line: a row of data is one line. */
export const isLineFile = (name: string): boolean => /\.(csv|tsv|md|txt)$/i.test(name);

/** The rows of `series` that `text` (from a file called `name`, to know whether it is read line by line) holds. */
export const rowsIn = (text: string, series: Series, name = '', options?: { valuesAlone?: boolean }): SeriesRow[] =>
  rowsFound(tokenize(text, isLineFile(name)), series, options);
