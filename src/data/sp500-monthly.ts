/** S&P 500 monthly averages since 1871 (Shiller, then FRED monthly means). */
import raw from '../../content/data/sp500_monthly.csv?raw';
import { decimal, isoDate, oneOf } from './columns';
import { defineCsv, parseCsv } from './parse-csv';

export const sp500MonthlySpec = defineCsv({
  file: 'content/data/sp500_monthly.csv',
  columns: {
    date: isoDate,
    sp500_monthly_avg: decimal,
    basis: oneOf(['shiller', 'fred_monthly_mean', 'fred_monthly_mean_recomputed'] as const),
  },
  key: 'date',
});

export const sp500Monthly = parseCsv(sp500MonthlySpec, raw);
export type Sp500Monthly = (typeof sp500Monthly)[number];
