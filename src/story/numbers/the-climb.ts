/** Numbers chapter 1 quotes, each drawn from the S&P 500 data sets at build time. */
import { climbData } from '../climb';
import { STORY_DAY } from '../story-dates';
import { formatDate, formatNumber, formatPercentChange, isoDay } from '../format';
import { sp500DailyClose } from '../../data/sp500-daily-close';
import { sp500DailyOhlc } from '../../data/sp500-daily-ohlc';
import { sp500Milestones } from '../../data/sp500-milestones';
import { sp500Monthly } from '../../data/sp500-monthly';
import type { QuotedNumber } from './quoted-number';

const OHLC = 'content/data/sp500_daily_ohlc_yahoo.csv';
const CLOSE = 'content/data/sp500_daily_close.csv';
const MILESTONES = 'content/data/sp500_milestones.csv';
const MONTHLY = 'content/data/sp500_monthly.csv';

const num = (value: number, digits: number | undefined, file: string, row: string, column: string): QuotedNumber => ({
  text: formatNumber(value, digits),
  value,
  source: { file, row, column },
});
const date = (d: Date, file: string, row: string, column: string): QuotedNumber => ({
  text: formatDate(d),
  value: isoDay(d),
  source: { file, row, column },
  isDate: true,
});

function find<T>(rows: T[], test: (r: T) => boolean, what: string): T {
  const row = rows.find(test);
  if (!row) throw new Error(`numbers: no row for ${what}`);
  return row;
}

/** The year of the bear market that stretched the road from 4,000 to 5,000 (STORY.md, chapter 1). */
const BEAR_YEAR = 2022;

/** The 2022 fall in closes: the year's highest close, the lowest close after it, and the fall between them. */
function bearMarketFigures(): Record<string, QuotedNumber> {
  const year = sp500DailyClose.filter((r) => r.date.getUTCFullYear() === BEAR_YEAR);
  if (!year.length) throw new Error(`numbers: no ${BEAR_YEAR} rows in ${CLOSE}`);
  const high = year.reduce((a, b) => (b.close > a.close ? b : a));
  const low = year.slice(year.indexOf(high)).reduce((a, b) => (b.close < a.close ? b : a));
  const fall = Math.round((1 - low.close / high.close) * 1000) / 10;
  return {
    'bear-2022-high-date': date(high.date, CLOSE, isoDay(high.date), 'date'),
    'bear-2022-low-date': date(low.date, CLOSE, isoDay(low.date), 'date'),
    'bear-2022-fall': {
      text: `${formatNumber(fall, 1)}%`,
      value: fall,
      source: { file: CLOSE, row: `${isoDay(high.date)}, ${isoDay(low.date)}`, column: `computed: 1 - lowest close after the ${BEAR_YEAR} high / highest ${BEAR_YEAR} close` },
    },
  };
}

export function theClimbNumbers(): Record<string, QuotedNumber> {
  const day = isoDay(STORY_DAY);
  const session = find(sp500DailyOhlc, (r) => isoDay(r.date) === day, `${day} in ${OHLC}`);
  const closeOnDay = find(sp500DailyClose, (r) => isoDay(r.date) === day, `${day} in ${CLOSE}`);
  const before = sp500DailyClose[sp500DailyClose.indexOf(closeOnDay) - 1]!;
  const d = climbData();
  const low = d.daily.reduce((a, b) => (b.close < a.close ? b : a));
  const firstMonth = sp500Monthly[0]!;
  const figures: Record<string, QuotedNumber> = {
    'day': date(STORY_DAY, OHLC, day, 'date'),
    'day-open': num(session.open, 2, OHLC, day, 'open'),
    'day-high': num(session.high, 2, OHLC, day, 'high'),
    'day-low': num(session.low, 2, OHLC, day, 'low'),
    'day-close': num(closeOnDay.close, 2, CLOSE, day, 'close'),
    'previous-close': num(before.close, 2, CLOSE, isoDay(before.date), 'close'),
    'previous-close-date': date(before.date, CLOSE, isoDay(before.date), 'date'),
    'first-month-average': num(firstMonth.sp500_monthly_avg, 2, MONTHLY, isoDay(firstMonth.date), 'sp500_monthly_avg'),
    'first-month-year': { text: String(firstMonth.date.getUTCFullYear()), value: firstMonth.date.getUTCFullYear(), source: { file: MONTHLY, row: isoDay(firstMonth.date), column: 'date' } },
    'run-low': num(low.close, 2, CLOSE, isoDay(low.date), 'close'),
    'run-low-date': date(low.date, CLOSE, isoDay(low.date), 'date'),
    'days-6000-to-day': {
      text: formatNumber(d.daily.length - 1),
      value: d.daily.length - 1,
      source: { file: CLOSE, row: `${isoDay(d.daily[0]!.date)}..${day}`, column: 'computed: trading days after the first 6,000 close up to the day' },
    },
  };
  Object.assign(figures, bearMarketFigures());
  sp500Milestones.forEach((m, i) => {
    const key = String(m.level);
    figures[`milestone-${m.level}-date`] = date(m.first_close_at_or_above_date, MILESTONES, key, 'first_close_at_or_above_date');
    figures[`milestone-${m.level}-close`] = num(m.first_close_value, 2, MILESTONES, key, 'first_close_value');
    if (m.trading_days_since_previous_milestone_first_close !== null) {
      figures[`milestone-${m.level}-days`] = num(m.trading_days_since_previous_milestone_first_close, undefined, MILESTONES, key, 'trading_days_since_previous_milestone_first_close');
    }
    const prev = sp500Milestones[i - 1];
    if (prev) {
      const ratio = (m.level - prev.level) / prev.level;
      figures[`milestone-${m.level}-step`] = {
        text: formatPercentChange(ratio),
        value: Math.round(ratio * 1000) / 10,
        source: { file: MILESTONES, row: `${prev.level}..${key}`, column: 'computed: level / previous level - 1' },
      };
    }
    if (m.first_intraday_high_at_or_above_date) {
      figures[`milestone-${m.level}-first-touch`] = date(m.first_intraday_high_at_or_above_date, MILESTONES, key, 'first_intraday_high_at_or_above_date');
    }
  });
  return figures;
}
