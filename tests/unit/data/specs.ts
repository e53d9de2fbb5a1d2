// Every data set's spec, for tests that run the same thing over all of them.
import { asmlBookingsConsensusSpec } from '../../../src/data/asml-bookings-consensus';
import { asmlNetBookingsSpec } from '../../../src/data/asml-net-bookings';
import { dowNasdaqDailyCloseSpec } from '../../../src/data/dow-nasdaq-daily-close';
import { fedFundsTargetRangeSpec } from '../../../src/data/fed-funds-target-range';
import { goldDailyComexSpec } from '../../../src/data/gold-daily-comex';
import { goldMonthlySpec } from '../../../src/data/gold-monthly';
import { goldReportedRecordsSpec } from '../../../src/data/gold-reported-records';
import type { CsvSpec } from '../../../src/data/parse-csv';
import { scaleReferencePointsSpec } from '../../../src/data/scale-reference-points';
import { sp500DailyCloseSpec } from '../../../src/data/sp500-daily-close';
import { sp500DailyOhlcSpec } from '../../../src/data/sp500-daily-ohlc';
import { sp500MilestonesSpec } from '../../../src/data/sp500-milestones';
import { sp500MonthlySpec } from '../../../src/data/sp500-monthly';

/** A spec of any data set (the tests only read its file, columns and checks). */
export type AnySpec = CsvSpec<any>;

export const allSpecs: AnySpec[] = [
  sp500DailyCloseSpec,
  sp500DailyOhlcSpec,
  sp500MonthlySpec,
  sp500MilestonesSpec,
  dowNasdaqDailyCloseSpec,
  fedFundsTargetRangeSpec,
  goldMonthlySpec,
  goldDailyComexSpec,
  goldReportedRecordsSpec,
  asmlNetBookingsSpec,
  asmlBookingsConsensusSpec,
  scaleReferencePointsSpec,
];
