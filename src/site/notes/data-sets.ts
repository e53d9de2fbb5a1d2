/** The data sets behind the story, for the notes: source, definition, and coverage read from the rows (owners and licences: the licence manifest). */
import { asmlBookingsConsensus } from '../../data/asml-bookings-consensus';
import { asmlNetBookings } from '../../data/asml-net-bookings';
import { dowNasdaqDailyClose } from '../../data/dow-nasdaq-daily-close';
import { fedFundsTargetRange } from '../../data/fed-funds-target-range';
import { goldDailyComex } from '../../data/gold-daily-comex';
import { goldMonthly } from '../../data/gold-monthly';
import { goldReportedRecords } from '../../data/gold-reported-records';
import { scaleReferencePoints } from '../../data/scale-reference-points';
import { sp500DailyClose } from '../../data/sp500-daily-close';
import { sp500DailyOhlc } from '../../data/sp500-daily-ohlc';
import { sp500Milestones } from '../../data/sp500-milestones';
import { sp500Monthly } from '../../data/sp500-monthly';
import { formatDate, formatNumber } from '../../story/format';

export interface DataSetNote {
  /** File name in content/data/ (also the download name). */
  file: string;
  title: string;
  source: string;
  definition: string;
  /** Rows and the span they cover, computed from the parsed file. */
  coverage: string;
}

const span = (rows: { date: Date }[], style: 'long' | 'monthYear' = 'long') =>
  `${formatNumber(rows.length)} rows, ${formatDate(rows[0]!.date, style)} to ${formatDate(rows[rows.length - 1]!.date, style)}`;

/** A quarter as the charts and prose write it: "2021Q1" -> "2021 Q1". */
const quarter = (label: string) => label.replace('Q', ' Q');

export const dataSetNotes: DataSetNote[] = [
  {
    file: 'sp500_daily_close.csv',
    title: 'S&P 500 daily close',
    source: 'FRED series SP500 (S&P Dow Jones Indices) to 11 February 2026, as archived by the datasets/s-and-p-500 project; Yahoo Finance ^GSPC after that.',
    definition: 'Closing level of the price index (not total return) on each trading day; market holidays are absent, not filled.',
    coverage: span(sp500DailyClose),
  },
  {
    file: 'sp500_daily_ohlc_yahoo.csv',
    title: 'S&P 500 daily open, high, low and close',
    source: 'Yahoo Finance ^GSPC, collected daily by the timhun/daily-podcast-stk project; each date taken from the latest snapshot holding it.',
    definition: 'First, highest, lowest and last index level of each session, rounded to two decimals. Closes match FRED to the cent where both exist.',
    coverage: span(sp500DailyOhlc),
  },
  {
    file: 'sp500_monthly.csv',
    title: 'S&P 500 monthly average since 1871',
    source: 'Robert Shiller’s monthly series to June 2023, then monthly means of FRED daily closes (datasets/s-and-p-500).',
    definition: 'Average of daily closes in each month; before 1957, when the index took its present form (Siegel, Stocks for the Long Run; see SOURCES.md), a reconstruction of its forerunners. September 2023 was recomputed from FRED dailies.',
    coverage: span(sp500Monthly, 'monthYear'),
  },
  {
    file: 'sp500_milestones.csv',
    title: 'S&P 500 thousand-point milestones',
    source: 'Computed from daily closes and highs (Yahoo ^GSPC via fja05680/stock_market_calendar to 2023, then FRED and Yahoo); the gaps match Dow Jones Market Data as reported.',
    definition: 'First trading day with a close at or above each thousand, and trading days since the previous one; first intraday touch where daily highs exist.',
    coverage: `${formatNumber(sp500Milestones.length)} levels, ${formatNumber(sp500Milestones[0]!.level)} to ${formatNumber(sp500Milestones[sp500Milestones.length - 1]!.level)}`,
  },
  {
    file: 'dow_nasdaq_daily_close.csv',
    title: 'Dow Jones Industrial Average, Nasdaq Composite and S&P 500 daily closes',
    source: 'Yahoo Finance ^DJI, ^IXIC and ^GSPC (timhun/daily-podcast-stk), spot-checked against FRED.',
    definition: 'Closing levels on days all three traded, rounded to two decimals.',
    coverage: span(dowNasdaqDailyClose),
  },
  {
    file: 'fed_funds_target_range.csv',
    title: 'Federal funds target range',
    source: 'Federal Reserve, “The Fed Explained” table to June 2024; FOMC statements as reported (ABA Banking Journal, reposted statements, news agencies) after that; cross-checked with FRED.',
    definition: 'Lower and upper bound of the target range, in percent, after each FOMC decision (scheduled or not), with its effective date.',
    coverage: `${formatNumber(fedFundsTargetRange.length)} decisions, ${formatDate(fedFundsTargetRange[0]!.decision_date)} to ${formatDate(fedFundsTargetRange[fedFundsTargetRange.length - 1]!.decision_date)}`,
  },
  {
    file: 'asml_net_bookings.csv',
    title: 'ASML quarterly net bookings',
    source: 'ASML press releases and verbatim reprints to 2024 Q3 (and 2025 Q3 as cited); secondary reports (Bloomberg, CNBC, Reuters and others) for 2021 Q4 and 2024 Q4 to 2025 Q4. Each row names its source.',
    definition: 'System sales orders for which written authorisations were accepted, in EUR bn; the EUV share where reported. ASML’s definition changed in 2021 and 2022 and was not restated.',
    coverage: `${formatNumber(asmlNetBookings.length)} quarters, ${quarter(asmlNetBookings[0]!.quarter.label)} to ${quarter(asmlNetBookings[asmlNetBookings.length - 1]!.quarter.label)}`,
  },
  {
    file: 'asml_bookings_consensus.csv',
    title: 'Analysts’ consensus for ASML bookings',
    source: 'Visible Alpha (as reported by Reuters), Bloomberg’s compiled average, and one page that names no compiler.',
    definition: 'The average analysts’ forecast for a quarter’s bookings, reported at results time.',
    coverage: `${formatNumber(asmlBookingsConsensus.length)} estimates for ${[...new Set(asmlBookingsConsensus.map((r) => quarter(r.quarter.label)))].join(' and ')}`,
  },
  {
    file: 'scale_reference_points.csv',
    title: 'Scale references: IPOs and company values',
    source: 'The reported SpaceX plan (Financial Times via Reuters, not verified by Reuters); IPO sizes from Reuters and a deal-size table; company values from MarketWise (as of 15 January 2026) and fintool.',
    definition: 'Money raised in IPOs, valuations and market values in USD bn; MarketWise values are rounded to USD 0.1 tn. News and aggregator figures, not primary data.',
    coverage: `${formatNumber(scaleReferencePoints.length)} figures`,
  },
  {
    file: 'gold_usd_oz_daily_comex_gcf_yahoo.csv',
    title: 'Gold futures, daily (COMEX, Yahoo GC=F)',
    source: 'Yahoo Finance GC=F via the alitalbi/storage_data_fy project.',
    definition: 'USD per troy ounce for Yahoo’s continuous front-month COMEX futures series; not spot, not the LBMA price. Days where open, high, low and close are one price are flagged.',
    coverage: span(goldDailyComex),
  },
  {
    file: 'gold_usd_oz_monthly.csv',
    title: 'Gold, monthly average since 1960',
    source: 'World Bank Commodity Price Data (“Pink Sheet”), via the datasets/gold-prices project.',
    definition: 'USD per troy ounce, average of the month: the London afternoon fixing to May 2025, the spot average from June 2025.',
    coverage: span(goldMonthly, 'monthYear'),
  },
  {
    file: 'gold_jan2026_reported_records.csv',
    title: 'Gold records reported in late January 2026',
    source: 'Reuters (via CNA and Newsmax), Bloomberg (reprint), TASS and one low-confidence aggregator.',
    definition: 'Prices and records as the reports state them, with instrument and time where given. Vendors and times differ, so the figures differ.',
    coverage: `${formatNumber(goldReportedRecords.length)} reports, ${formatDate(goldReportedRecords[0]!.date)} to ${formatDate(goldReportedRecords[goldReportedRecords.length - 1]!.date)}`,
  },
];
