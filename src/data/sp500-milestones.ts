/** First closes of the S&P 500 at or above each thousand points, with the trading days between them. */
import raw from '../../content/data/sp500_milestones.csv?raw';
import { decimal, integer, isoDate, optional, text } from './columns';
import { defineCsv, parseCsv, type Row } from './parse-csv';
import type { ParsedLine, Problem } from './row-check';
import { sp500DailyClose, sp500DailyCloseSpec } from './sp500-daily-close';

const columns = {
  level: integer,
  first_close_at_or_above_date: isoDate,
  first_close_value: decimal,
  first_intraday_high_at_or_above_date: optional(isoDate),
  intraday_high_value: optional(decimal),
  trading_days_since_previous_milestone_first_close: optional(integer),
  close_source: text,
};
type Milestone = ParsedLine<Row<typeof columns>>;

/** Each row is the next thousand: 1,000 above the row before it. */
function levelsStepByThousand(current: Milestone, earlier: readonly Milestone[]): Problem | undefined {
  const previous = earlier.at(-1);
  if (current.row.level % 1000 !== 0) return { found: `level ${current.cells.level} is not a whole thousand`, expected: 'a level that is a multiple of 1000' };
  if (!previous || current.row.level === previous.row.level + 1000) return undefined;
  return { found: `level ${current.cells.level} follows level ${previous.cells.level} on line ${previous.line}`, expected: 'each level 1000 above the level on the previous row' };
}

/** The first close at or above a level is at least that level. */
function firstCloseReachesLevel({ row, cells }: Milestone): Problem | undefined {
  if (row.first_close_value >= row.level) return undefined;
  return { found: `first_close_value ${cells.first_close_value} is below level ${cells.level}`, expected: 'first_close_value >= level' };
}

/** The first intraday touch has a date and a high, or neither (blank where no daily highs exist). */
function intradayDateWithValue({ row, cells }: Milestone): Problem | undefined {
  if ((row.first_intraday_high_at_or_above_date === null) === (row.intraday_high_value === null)) return undefined;
  const given = row.intraday_high_value === null ? `first_intraday_high_at_or_above_date ${cells.first_intraday_high_at_or_above_date}` : `intraday_high_value ${cells.intraday_high_value}`;
  return { found: `${given} is given but the other intraday cell is empty`, expected: 'first_intraday_high_at_or_above_date and intraday_high_value both filled or both empty' };
}

/** The first intraday high at or above a level is at least that level. */
function intradayHighReachesLevel({ row, cells }: Milestone): Problem | undefined {
  if (row.intraday_high_value === null || row.intraday_high_value >= row.level) return undefined;
  return { found: `intraday_high_value ${cells.intraday_high_value} is below level ${cells.level}`, expected: 'intraday_high_value >= level' };
}

/** A close at or above a level is also a high at or above it, so the first touch comes no later than the first close. */
function touchedNoLaterThanClosed({ row, cells }: Milestone): Problem | undefined {
  const touched = row.first_intraday_high_at_or_above_date;
  if (touched === null || touched <= row.first_close_at_or_above_date) return undefined;
  return {
    found: `first_intraday_high_at_or_above_date ${cells.first_intraday_high_at_or_above_date} is after first_close_at_or_above_date ${cells.first_close_at_or_above_date}`,
    expected: 'the first intraday touch on or before the first close',
  };
}

/** When the first touch and the first close fall on one day, that day's high is at least its close. */
function sameDayHighAtLeastClose({ row, cells }: Milestone): Problem | undefined {
  const touched = row.first_intraday_high_at_or_above_date;
  if (touched === null || row.intraday_high_value === null || touched.getTime() !== row.first_close_at_or_above_date.getTime()) return undefined;
  if (row.intraday_high_value >= row.first_close_value) return undefined;
  return {
    found: `intraday_high_value ${cells.intraday_high_value} is below first_close_value ${cells.first_close_value} on the same day ${cells.first_close_at_or_above_date}`,
    expected: 'the high of a day >= its close',
  };
}

/** A higher level is first closed at no earlier than the level below it (a close at or above it is at or above the lower one). */
function closedAfterLevelBelow(current: Milestone, earlier: readonly Milestone[]): Problem | undefined {
  const previous = earlier.at(-1);
  if (!previous || current.row.first_close_at_or_above_date >= previous.row.first_close_at_or_above_date) return undefined;
  return {
    found: `first_close_at_or_above_date ${current.cells.first_close_at_or_above_date} is before ${previous.cells.first_close_at_or_above_date}, the first close at or above ${previous.cells.level} on line ${previous.line}`,
    expected: 'a first close no earlier than the level below',
  };
}

/** A count of trading days between two different first closes is positive. */
function tradingDaysPositive({ row, cells }: Milestone): Problem | undefined {
  const days = row.trading_days_since_previous_milestone_first_close;
  if (days === null || days > 0) return undefined;
  return { found: `trading_days_since_previous_milestone_first_close ${cells.trading_days_since_previous_milestone_first_close} is not positive`, expected: 'a count of at least 1 trading day' };
}

const dailyStart = sp500DailyClose[0]!.date;
const dailyLine = (index: number): string => `${sp500DailyCloseSpec.file}:${index + 2}`;

/** Where the daily closes cover both first closes, the trading-day count is the number of daily rows after the previous one, up to and including this one. */
function tradingDaysMatchDailyCloses(current: Milestone, earlier: readonly Milestone[]): Problem | undefined {
  const previous = earlier.at(-1);
  const days = current.row.trading_days_since_previous_milestone_first_close;
  if (!previous || days === null || previous.row.first_close_at_or_above_date < dailyStart) return undefined;
  const from = previous.row.first_close_at_or_above_date;
  const to = current.row.first_close_at_or_above_date;
  const counted = sp500DailyClose.filter((d) => d.date > from && d.date <= to).length;
  if (counted === days) return undefined;
  return {
    found: `trading_days_since_previous_milestone_first_close ${current.cells.trading_days_since_previous_milestone_first_close}, but ${sp500DailyCloseSpec.file} has ${counted} trading days after ${previous.cells.first_close_at_or_above_date} (line ${previous.line}) up to ${current.cells.first_close_at_or_above_date}`,
    expected: 'the number of daily closes after the previous first close, up to and including this one',
  };
}

/** Where the daily closes cover it, no earlier close in them is at or above the level: the date is the first. */
function noEarlierDailyClose({ row, cells }: Milestone): Problem | undefined {
  if (row.first_close_at_or_above_date < dailyStart) return undefined;
  const index = sp500DailyClose.findIndex((d) => d.close >= row.level);
  const first = sp500DailyClose[index];
  if (!first || first.date >= row.first_close_at_or_above_date) return undefined;
  return {
    found: `first_close_at_or_above_date ${cells.first_close_at_or_above_date}, but ${dailyLine(index)} closes at ${first.close} on ${first.date.toISOString().slice(0, 10)}`,
    expected: `the first date whose close is at or above ${cells.level}`,
  };
}

export const sp500MilestonesSpec = defineCsv({
  file: 'content/data/sp500_milestones.csv',
  columns,
  key: 'level',
  checks: [
    levelsStepByThousand,
    firstCloseReachesLevel,
    intradayDateWithValue,
    intradayHighReachesLevel,
    touchedNoLaterThanClosed,
    sameDayHighAtLeastClose,
    closedAfterLevelBelow,
    tradingDaysPositive,
    tradingDaysMatchDailyCloses,
    noEarlierDailyClose,
  ],
});

export const sp500Milestones = parseCsv(sp500MilestonesSpec, raw);
export type Sp500Milestone = (typeof sp500Milestones)[number];
