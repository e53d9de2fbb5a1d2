// Covers the cross-field rules declared beside each data set's schema in src/data/ (and src/data/shared-checks.ts): each fixture breaks one rule and fails with file, line and both values.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { RuleError } from '../../../src/data/data-error';
import { parseCsv } from '../../../src/data/parse-csv';
import { asmlBookingsConsensusSpec } from '../../../src/data/asml-bookings-consensus';
import { asmlNetBookingsSpec } from '../../../src/data/asml-net-bookings';
import { dowNasdaqDailyCloseSpec } from '../../../src/data/dow-nasdaq-daily-close';
import { fedFundsTargetRangeSpec } from '../../../src/data/fed-funds-target-range';
import { goldDailyComexSpec } from '../../../src/data/gold-daily-comex';
import { goldMonthlySpec } from '../../../src/data/gold-monthly';
import { goldReportedRecordsSpec } from '../../../src/data/gold-reported-records';
import { scaleReferencePointsSpec } from '../../../src/data/scale-reference-points';
import { sp500DailyCloseSpec } from '../../../src/data/sp500-daily-close';
import { sp500DailyOhlcSpec } from '../../../src/data/sp500-daily-ohlc';
import { sp500MilestonesSpec } from '../../../src/data/sp500-milestones';
import { sp500MonthlySpec } from '../../../src/data/sp500-monthly';
import { allSpecs, type AnySpec } from './specs';

const fixture = (name: string): string => readFileSync(new URL(`../../fixtures/csv/${name}`, import.meta.url), 'utf8');

interface Case {
  fixture: string;
  spec: AnySpec;
  rule: string;
  line: number;
  message: string;
}

const cases: Case[] = [
  // Shared rules (src/data/shared-checks.ts)
  { fixture: 'ohlc-high-below-close.csv', spec: sp500DailyOhlcSpec, rule: 'highIsTheTop', line: 3,
    message: 'content/data/sp500_daily_ohlc_yahoo.csv:3: high 6970.00 is below close 6978.60 (expected high >= open, low, close)' },
  { fixture: 'ohlc-low-above-close.csv', spec: sp500DailyOhlcSpec, rule: 'lowIsTheBottom', line: 3,
    message: 'content/data/sp500_daily_ohlc_yahoo.csv:3: low 6990.00 is above close 6978.03 (expected low <= open, close)' },
  { fixture: 'close-on-saturday.csv', spec: sp500DailyCloseSpec, rule: 'onAWeekday', line: 3,
    message: 'content/data/sp500_daily_close.csv:3: date 2026-01-31 is a Saturday (expected a trading day, Monday to Friday)' },
  { fixture: 'gold-monthly-mid-month.csv', spec: goldMonthlySpec, rule: 'firstOfTheMonth', line: 3,
    message: 'content/data/gold_usd_oz_monthly.csv:3: date 2026-01-15 is not the first of its month (expected a monthly row dated YYYY-MM-01)' },
  { fixture: 'gold-monthly-gap.csv', spec: goldMonthlySpec, rule: 'theNextMonth', line: 3,
    message: 'content/data/gold_usd_oz_monthly.csv:3: date 2026-02-01 does not follow 2025-12-01 on line 2 (expected the month after the previous row, with no month missing)' },
  // S&P 500 daily closes
  { fixture: 'close-fred-after-yahoo.csv', spec: sp500DailyCloseSpec, rule: 'fredThenYahoo', line: 4,
    message: 'content/data/sp500_daily_close.csv:4: source FRED on 2026-02-13 follows source YAHOO on 2026-02-12 (line 3) (expected every FRED row before the first YAHOO row)' },
  // S&P 500 monthly
  { fixture: 'sp500-monthly-not-the-mean.csv', spec: sp500MonthlySpec, rule: 'fredMonthIsMeanOfDailyCloses', line: 3,
    message: "content/data/sp500_monthly.csv:3: sp500_monthly_avg 6929.30 differs from 6929.122, the mean of 20 daily closes (expected the mean of 2026-01's daily closes in content/data/sp500_daily_close.csv, to the cent)" },
  // S&P 500 milestones
  { fixture: 'milestones-level-skipped.csv', spec: sp500MilestonesSpec, rule: 'levelsStepByThousand', line: 3,
    message: 'content/data/sp500_milestones.csv:3: level 8000 follows level 6000 on line 2 (expected each level 1000 above the level on the previous row)' },
  { fixture: 'milestones-close-below-level.csv', spec: sp500MilestonesSpec, rule: 'firstCloseReachesLevel', line: 3,
    message: 'content/data/sp500_milestones.csv:3: first_close_value 6995.20 is below level 7000 (expected first_close_value >= level)' },
  { fixture: 'milestones-intraday-date-without-value.csv', spec: sp500MilestonesSpec, rule: 'intradayDateWithValue', line: 3,
    message: 'content/data/sp500_milestones.csv:3: first_intraday_high_at_or_above_date 2026-01-28 is given but the other intraday cell is empty (expected first_intraday_high_at_or_above_date and intraday_high_value both filled or both empty)' },
  { fixture: 'milestones-intraday-high-below-level.csv', spec: sp500MilestonesSpec, rule: 'intradayHighReachesLevel', line: 3,
    message: 'content/data/sp500_milestones.csv:3: intraday_high_value 6998.00 is below level 7000 (expected intraday_high_value >= level)' },
  { fixture: 'milestones-touched-after-closed.csv', spec: sp500MilestonesSpec, rule: 'touchedNoLaterThanClosed', line: 3,
    message: 'content/data/sp500_milestones.csv:3: first_intraday_high_at_or_above_date 2026-04-16 is after first_close_at_or_above_date 2026-04-15 (expected the first intraday touch on or before the first close)' },
  { fixture: 'milestones-same-day-high-below-close.csv', spec: sp500MilestonesSpec, rule: 'sameDayHighAtLeastClose', line: 2,
    message: 'content/data/sp500_milestones.csv:2: intraday_high_value 6000.50 is below first_close_value 6001.35 on the same day 2024-11-11 (expected the high of a day >= its close)' },
  { fixture: 'milestones-closed-before-level-below.csv', spec: sp500MilestonesSpec, rule: 'closedAfterLevelBelow', line: 3,
    message: 'content/data/sp500_milestones.csv:3: first_close_at_or_above_date 2024-11-07 is before 2024-11-11, the first close at or above 6000 on line 2 (expected a first close no earlier than the level below)' },
  { fixture: 'milestones-trading-days-zero.csv', spec: sp500MilestonesSpec, rule: 'tradingDaysPositive', line: 3,
    message: 'content/data/sp500_milestones.csv:3: trading_days_since_previous_milestone_first_close 0 is not positive (expected a count of at least 1 trading day)' },
  { fixture: 'milestones-trading-days-miscounted.csv', spec: sp500MilestonesSpec, rule: 'tradingDaysMatchDailyCloses', line: 3,
    message: 'content/data/sp500_milestones.csv:3: trading_days_since_previous_milestone_first_close 356, but content/data/sp500_daily_close.csv has 355 trading days after 2024-11-11 (line 2) up to 2026-04-15 (expected the number of daily closes after the previous first close, up to and including this one)' },
  { fixture: 'milestones-not-the-first-close.csv', spec: sp500MilestonesSpec, rule: 'noEarlierDailyClose', line: 3,
    message: 'content/data/sp500_milestones.csv:3: first_close_at_or_above_date 2026-04-16, but content/data/sp500_daily_close.csv:2558 closes at 7022.95 on 2026-04-15 (expected the first date whose close is at or above 7000)' },
  // Dow, Nasdaq and S&P 500 closes
  { fixture: 'dow-nasdaq-sp500-close-differs.csv', spec: dowNasdaqDailyCloseSpec, rule: 'sp500CloseMatchesOhlc', line: 3,
    message: "content/data/dow_nasdaq_daily_close.csv:3: sp500_close 6978.30 differs from close 6978.03 on content/data/sp500_daily_ohlc_yahoo.csv:308 (expected sp500_close equal to that file's close for the same date: both come from Yahoo ^GSPC)" },
  { fixture: 'dow-nasdaq-date-not-in-ohlc.csv', spec: dowNasdaqDailyCloseSpec, rule: 'sp500CloseMatchesOhlc', line: 2,
    message: 'content/data/dow_nasdaq_daily_close.csv:2: date 2024-11-04 has no row in content/data/sp500_daily_ohlc_yahoo.csv (expected every date in that file too: both come from Yahoo ^GSPC)' },
  // Fed funds target range
  { fixture: 'fed-lower-above-upper.csv', spec: fedFundsTargetRangeSpec, rule: 'lowerNotAboveUpper', line: 3,
    message: 'content/data/fed_funds_target_range.csv:3: lower 3.75 is above upper 3.50 (expected lower <= upper)' },
  { fixture: 'fed-effective-two-days-later.csv', spec: fedFundsTargetRangeSpec, rule: 'effectiveTheNextDay', line: 3,
    message: 'content/data/fed_funds_target_range.csv:3: effective_date 2026-01-30 is not the day after decision_date 2026-01-28 (expected effective_date = decision_date + 1 day)' },
  { fixture: 'fed-change-without-move.csv', spec: fedFundsTargetRangeSpec, rule: 'changeMatchesPreviousRow', line: 3,
    message: 'content/data/fed_funds_target_range.csv:3: change_bp -25, but upper went from 3.75 on line 2 to 3.75 (expected change_bp = 100 × (upper − previous upper) = 0)' },
  { fixture: 'fed-action-against-change.csv', spec: fedFundsTargetRangeSpec, rule: 'actionMatchesChange', line: 3,
    message: 'content/data/fed_funds_target_range.csv:3: action hike with change_bp 0 (expected hike when change_bp > 0, cut when < 0, hold when 0)' },
  // Gold
  { fixture: 'gold-daily-flag-on-moving-bar.csv', spec: goldDailyComexSpec, rule: 'flatFlagMarksFlatBars', line: 2,
    message: 'content/data/gold_usd_oz_daily_comex_gcf_yahoo.csv:2: quality_flag "flat_ohlc" but open 5081.5, high 5095.6, low 5052.2, close 5079.7 differ (expected quality_flag "flat_ohlc" exactly when open = high = low = close)' },
  { fixture: 'gold-daily-flat-bar-unflagged.csv', spec: goldDailyComexSpec, rule: 'flatFlagMarksFlatBars', line: 3,
    message: 'content/data/gold_usd_oz_daily_comex_gcf_yahoo.csv:3: open 5079.9, high 5079.9, low 5079.9, close 5079.9 are one price but quality_flag is empty (expected quality_flag "flat_ohlc" exactly when open = high = low = close)' },
  { fixture: 'gold-records-price-without-time.csv', spec: goldReportedRecordsSpec, rule: 'timedPriceHasTimeAndValue', line: 2,
    message: 'content/data/gold_jan2026_reported_records.csv:2: what "price at time stated" but time_utc is empty (expected a time_utc and a value_usd_oz for a price at a stated time)' },
  // ASML
  { fixture: 'asml-period-end-off-quarter.csv', spec: asmlNetBookingsSpec, rule: 'periodEndsTheQuarter', line: 3,
    message: 'content/data/asml_net_bookings.csv:3: period_end 2025-12-30 is not the last day of 2025Q4 (expected period_end 2025-12-31)' },
  { fixture: 'asml-euv-above-total.csv', spec: asmlNetBookingsSpec, rule: 'euvWithinTotal', line: 3,
    message: 'content/data/asml_net_bookings.csv:3: euv_bookings_eur_bn 14.2 is above bookings_eur_bn 13.2 (expected euv_bookings_eur_bn <= bookings_eur_bn)' },
  { fixture: 'asml-billions-not-the-millions.csv', spec: asmlNetBookingsSpec, rule: 'billionsMatchExactMillions', line: 2,
    message: 'content/data/asml_net_bookings.csv:2: bookings_eur_bn 5.5 does not match bookings_eur_m_exact 5399 (expected bookings_eur_bn = bookings_eur_m_exact / 1000 = 5.4)' },
  { fixture: 'asml-consensus-actual-differs.csv', spec: asmlBookingsConsensusSpec, rule: 'actualMatchesNetBookings', line: 2,
    message: 'content/data/asml_bookings_consensus.csv:2: actual_bookings_eur_bn 13.1 differs from bookings_eur_bn 13.2 on content/data/asml_net_bookings.csv:21 (expected the bookings ASML reported for the quarter)' },
  // Scale reference points
  { fixture: 'scale-metric-outside-category.csv', spec: scaleReferencePointsSpec, rule: 'metricFitsCategory', line: 3,
    message: 'content/data/scale_reference_points.csv:3: metric proceeds_usd_bn in category market_cap (expected a market_cap metric: market_cap_usd_bn)' },
  { fixture: 'scale-as-of-outside-entity-month.csv', spec: scaleReferencePointsSpec, rule: 'asOfInEntityMonth', line: 2,
    message: 'content/data/scale_reference_points.csv:2: entity "Alibaba (Sep 2014)" names Sep 2014 but as_of is 2015-09-18 (expected as_of in 2014-09)' },
  { fixture: 'scale-proceeds-above-valuation.csv', spec: scaleReferencePointsSpec, rule: 'proceedsWithinValuation', line: 3,
    message: 'content/data/scale_reference_points.csv:3: proceeds_usd_bn 2000 (line 3) is above valuation_usd_bn 1500 (line 2) for "SpaceX (reported IPO plan)" (expected proceeds_usd_bn <= the same entity\'s valuation)' },
];

/** Parses a fixture and returns the RuleError it throws (failing the test if it throws anything else, or nothing). */
function ruleErrorFrom(spec: AnySpec, name: string): RuleError {
  try {
    parseCsv(spec, fixture(name));
  } catch (e) {
    expect(e).toBeInstanceOf(RuleError);
    return e as RuleError;
  }
  throw new Error(`${name} parsed without error`);
}

describe('each cross-field rule fails its fixture with file, line and both values', () => {
  test.each(cases)('$rule: $fixture', ({ fixture: name, spec, rule, line, message }) => {
    const error = ruleErrorFrom(spec, name);
    expect(error.message).toBe(message);
    expect({ name: error.name, file: error.file, line: error.line, rule: error.rule }).toEqual({ name: 'DataError', file: spec.file, line, rule });
  });

  test('every rule a data set runs has a fixture above', () => {
    const declared = allSpecs.flatMap((spec) => (spec.checks ?? []).map((check) => check.name));
    expect(new Set(cases.map((c) => c.rule))).toEqual(new Set(declared));
  });
});

describe('which rules each data set runs', () => {
  const rules: Record<string, string[]> = {
    'content/data/sp500_daily_close.csv': ['onAWeekday', 'fredThenYahoo'],
    'content/data/sp500_daily_ohlc_yahoo.csv': ['highIsTheTop', 'lowIsTheBottom', 'onAWeekday'],
    'content/data/sp500_monthly.csv': ['firstOfTheMonth', 'theNextMonth', 'fredMonthIsMeanOfDailyCloses'],
    'content/data/sp500_milestones.csv': [
      'levelsStepByThousand', 'firstCloseReachesLevel', 'intradayDateWithValue', 'intradayHighReachesLevel', 'touchedNoLaterThanClosed',
      'sameDayHighAtLeastClose', 'closedAfterLevelBelow', 'tradingDaysPositive', 'tradingDaysMatchDailyCloses', 'noEarlierDailyClose',
    ],
    'content/data/dow_nasdaq_daily_close.csv': ['onAWeekday', 'sp500CloseMatchesOhlc'],
    'content/data/fed_funds_target_range.csv': ['lowerNotAboveUpper', 'effectiveTheNextDay', 'changeMatchesPreviousRow', 'actionMatchesChange'],
    'content/data/gold_usd_oz_monthly.csv': ['firstOfTheMonth', 'theNextMonth'],
    'content/data/gold_usd_oz_daily_comex_gcf_yahoo.csv': ['highIsTheTop', 'lowIsTheBottom', 'flatFlagMarksFlatBars', 'onAWeekday'],
    'content/data/gold_jan2026_reported_records.csv': ['timedPriceHasTimeAndValue'],
    'content/data/asml_net_bookings.csv': ['periodEndsTheQuarter', 'euvWithinTotal', 'billionsMatchExactMillions'],
    'content/data/asml_bookings_consensus.csv': ['actualMatchesNetBookings'],
    'content/data/scale_reference_points.csv': ['metricFitsCategory', 'asOfInEntityMonth', 'proceedsWithinValuation'],
  };
  test.each(allSpecs.map((spec) => [spec.file, spec] as const))('%s', (file, spec) => {
    expect((spec.checks ?? []).map((check) => check.name)).toEqual(rules[file]);
  });
});
