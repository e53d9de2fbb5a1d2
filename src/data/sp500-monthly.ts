/** S&P 500 monthly averages since 1871 (Shiller, then FRED monthly means). */
import raw from '../../content/data/sp500_monthly.csv?raw';
import { decimal, isoDate, oneOf } from './columns';
import { defineCsv, parseCsv, type Row } from './parse-csv';
import type { ParsedLine, Problem } from './row-check';
import { firstOfTheMonth, theNextMonth } from './shared-checks';
import { sp500DailyClose, sp500DailyCloseSpec } from './sp500-daily-close';

const columns = {
  date: isoDate,
  sp500_monthly_avg: decimal,
  basis: oneOf(['shiller', 'fred_monthly_mean', 'fred_monthly_mean_recomputed'] as const),
};

/** Daily closes grouped by month (YYYY-MM). */
const dailyClosesByMonth = new Map<string, number[]>();
for (const d of sp500DailyClose) {
  const month = d.date.toISOString().slice(0, 7);
  dailyClosesByMonth.set(month, [...(dailyClosesByMonth.get(month) ?? []), d.close]);
}

/**
 * A FRED-based month is the mean of that month's daily closes, written to the cent; SOURCES.md
 * section 3 checked every such month against sp500_daily_close.csv.
 */
function fredMonthIsMeanOfDailyCloses({ row, cells }: ParsedLine<Row<typeof columns>>): Problem | undefined {
  if (row.basis === 'shiller') return undefined;
  const month = cells.date.slice(0, 7);
  const closes = dailyClosesByMonth.get(month) ?? [];
  const expected = `the mean of ${month}'s daily closes in ${sp500DailyCloseSpec.file}, to the cent`;
  if (closes.length === 0) return { found: `basis ${cells.basis} for ${month}, but ${sp500DailyCloseSpec.file} has no closes in that month`, expected };
  const mean = closes.reduce((sum, close) => sum + close, 0) / closes.length;
  if (Math.abs(mean - row.sp500_monthly_avg) <= 0.005 + 1e-9) return undefined;
  return { found: `sp500_monthly_avg ${cells.sp500_monthly_avg} differs from ${mean.toFixed(3)}, the mean of ${closes.length} daily closes`, expected };
}

export const sp500MonthlySpec = defineCsv({
  file: 'content/data/sp500_monthly.csv',
  columns,
  key: 'date',
  checks: [firstOfTheMonth, theNextMonth, fredMonthIsMeanOfDailyCloses],
});

export const sp500Monthly = parseCsv(sp500MonthlySpec, raw);
export type Sp500Monthly = (typeof sp500Monthly)[number];
