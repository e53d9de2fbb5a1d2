/** Cross-field rules shared by several data sets: a daily bar's high and low bound it, daily rows fall on weekdays, monthly rows on the first of consecutive months. */
import type { ParsedLine, Problem } from './row-check';

type Bar = { open: number; high: number; low: number; close: number };
type Dated = { date: Date };

/** A daily bar's high is its highest price: at least the open, the low and the close. */
export function highIsTheTop({ row, cells }: ParsedLine<Bar>): Problem | undefined {
  for (const other of ['open', 'low', 'close'] as const) {
    if (row.high < row[other]) return { found: `high ${cells.high} is below ${other} ${cells[other]}`, expected: 'high >= open, low, close' };
  }
  return undefined;
}

/** A daily bar's low is its lowest price: at most the open and the close. */
export function lowIsTheBottom({ row, cells }: ParsedLine<Bar>): Problem | undefined {
  for (const other of ['open', 'close'] as const) {
    if (row.low > row[other]) return { found: `low ${cells.low} is above ${other} ${cells[other]}`, expected: 'low <= open, close' };
  }
  return undefined;
}

const WEEKEND: Record<number, string> = { 0: 'Sunday', 6: 'Saturday' };

/** Daily files hold trading days only, so no row is dated a Saturday or a Sunday. */
export function onAWeekday({ row, cells }: ParsedLine<Dated>): Problem | undefined {
  const weekend = WEEKEND[row.date.getUTCDay()];
  return weekend ? { found: `date ${cells.date} is a ${weekend}`, expected: 'a trading day, Monday to Friday' } : undefined;
}

/** Monthly files date each month's value on the first of the month. */
export function firstOfTheMonth({ row, cells }: ParsedLine<Dated>): Problem | undefined {
  return row.date.getUTCDate() === 1 ? undefined : { found: `date ${cells.date} is not the first of its month`, expected: 'a monthly row dated YYYY-MM-01' };
}

const monthIndex = (d: Date): number => d.getUTCFullYear() * 12 + d.getUTCMonth();

/** Monthly files have no month missing: each row is the month after the row above it. */
export function theNextMonth(current: ParsedLine<Dated>, earlier: readonly ParsedLine<Dated>[]): Problem | undefined {
  const previous = earlier.at(-1);
  if (!previous || monthIndex(current.row.date) === monthIndex(previous.row.date) + 1) return undefined;
  return {
    found: `date ${current.cells.date} does not follow ${previous.cells.date} on line ${previous.line}`,
    expected: 'the month after the previous row, with no month missing',
  };
}
