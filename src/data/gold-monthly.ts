/** Gold, US dollars per troy ounce, monthly average since 1960 (World Bank Pink Sheet). */
import raw from '../../content/data/gold_usd_oz_monthly.csv?raw';
import { decimal, isoDate } from './columns';
import { defineCsv, parseCsv } from './parse-csv';
import { firstOfTheMonth, theNextMonth } from './shared-checks';

export const goldMonthlySpec = defineCsv({
  file: 'content/data/gold_usd_oz_monthly.csv',
  columns: { date: isoDate, gold_usd_oz_monthly_avg: decimal },
  key: 'date',
  checks: [firstOfTheMonth, theNextMonth],
});

export const goldMonthly = parseCsv(goldMonthlySpec, raw);
export type GoldMonthly = (typeof goldMonthly)[number];
