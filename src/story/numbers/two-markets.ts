/** Numbers chapter 6 quotes, each drawn at build time from the index closes and the gold data sets. */
import { DAILY_FILE, DEFINITION_BREAK, flatInStoryMonth, goldData, GOLD_LEVEL, MONTHLY_FILE, RECORDS_FILE, SPOT, type ReportedRecord } from '../gold';
import { indicesData, INDICES_FILE, SERIES, type RebasedWindow, type SeriesId } from '../indices';
import { formatDate, formatNumber, isoDay } from '../format';
import type { QuotedNumber } from './quoted-number';

const num = (value: number, digits: number | undefined, file: string, row: string, column: string): QuotedNumber => ({
  text: formatNumber(value, digits),
  value,
  source: { file, row, column },
});
const date = (d: Date, file: string, row: string, column = 'date'): QuotedNumber => ({ text: formatDate(d), value: isoDay(d), source: { file, row, column }, isDate: true });
/** A value computed from rows, shown to one decimal (the value keeps that one decimal too). */
const computed = (v: number, suffix: string, file: string, row: string, how: string): QuotedNumber => {
  const rounded = Math.round(v * 10) / 10;
  return { text: `${formatNumber(rounded, 1)}${suffix}`, value: rounded, source: { file, row, column: `computed: ${how}` } };
};
/** The row key of a reported record: the file has no single key, so date, instrument and value together. */
const recordRow = (r: ReportedRecord) => `${isoDay(r.date)}|${r.instrument}|${r.what}`;

export function twoMarketsNumbers(): Record<string, QuotedNumber> {
  const d = indicesData();
  const g = goldData();
  const column = (id: SeriesId) => SERIES.find((s) => s.id === id)!.column;
  const span = (w: RebasedWindow) => `${isoDay(w.base)}..${isoDay(w.rows.at(-1)!.date)}`;
  const day = isoDay(d.day);
  const base = isoDay(d.year.base);
  const yearEnd = d.year.rows.at(-1)!;
  const ytdEnd = d.ytd.rows.at(-1)!;
  const low = d.springLow;
  const lastGap = d.gaps.at(-1)!;
  const figures: Record<string, QuotedNumber> = {
    'markets-day': date(d.day, INDICES_FILE, day),
    'markets-base-date': date(d.year.base, INDICES_FILE, base),
    'markets-ytd-base-date': date(d.ytd.base, INDICES_FILE, isoDay(d.ytd.base)),
    'markets-dow-base-close': num(d.year.rows[0]!.close.dow, 2, INDICES_FILE, base, 'djia_close'),
    'markets-dow-day-close': num(yearEnd.close.dow, 2, INDICES_FILE, day, 'djia_close'),
    'markets-dow-day-rebased': {
      text: formatNumber(yearEnd.rebased.dow, 2),
      value: Math.round(yearEnd.rebased.dow * 100) / 100,
      source: { file: INDICES_FILE, row: `${base}, ${day}`, column: 'computed: djia_close / djia_close on the base day x 100' },
    },
    'markets-spring-low-date': date(low.date, INDICES_FILE, isoDay(low.date)),
    'markets-sp500-ahead-from': date(d.aheadFrom.sp500, INDICES_FILE, isoDay(d.aheadFrom.sp500)),
    'markets-nasdaq-ahead-from': date(d.aheadFrom.nasdaq, INDICES_FILE, isoDay(d.aheadFrom.nasdaq)),
    'markets-nasdaq-widest-lead': computed(d.widest.nasdaq.lead, '', INDICES_FILE, `${base}, ${isoDay(d.widest.nasdaq.date)}`, 'largest Nasdaq minus Dow, both rebased to the base day'),
    'markets-nasdaq-widest-date': date(d.widest.nasdaq.date, INDICES_FILE, isoDay(d.widest.nasdaq.date)),
    'markets-ytd-spread': computed(
      Math.max(...SERIES.map((s) => ytdEnd.rebased[s.id])) - Math.min(...SERIES.map((s) => ytdEnd.rebased[s.id])),
      '',
      INDICES_FILE,
      span(d.ytd),
      'highest minus lowest of the three rebased closes on the last day',
    ),
    'markets-ytd-days': { text: String(d.ytd.rows.length - 1), value: d.ytd.rows.length - 1, source: { file: INDICES_FILE, row: span(d.ytd), column: 'computed: trading days after the base day' } },
  };
  for (const s of SERIES) {
    figures[`markets-${s.id}-year-change`] = computed(yearEnd.rebased[s.id] - 100, '%', INDICES_FILE, `${base}, ${day}`, `${column(s.id)} / ${column(s.id)} on the base day - 1`);
    figures[`markets-${s.id}-ytd-change`] = computed(ytdEnd.rebased[s.id] - 100, '%', INDICES_FILE, `${isoDay(d.ytd.base)}, ${day}`, `${column(s.id)} / ${column(s.id)} on the base day - 1`);
    figures[`markets-${s.id}-spring-fall`] = computed(100 - low.rebased[s.id], '%', INDICES_FILE, `${base}, ${isoDay(low.date)}`, `1 - ${column(s.id)} / ${column(s.id)} on the base day`);
    figures[`markets-${s.id}-ytd-leader-days`] = {
      text: String(d.ytdLeaderDays[s.id]),
      value: d.ytdLeaderDays[s.id],
      source: { file: INDICES_FILE, row: span(d.ytd), column: `computed: days on which the ${s.name} had the highest rebased close` },
    };
  }
  for (const id of ['nasdaq', 'sp500'] as const) {
    figures[`markets-${id}-day-lead`] = computed(lastGap.lead[id], '', INDICES_FILE, `${base}, ${day}`, `${column(id)} minus djia_close, both rebased to the base day`);
  }

  const first = g.daily[0]!;
  const last = g.daily.at(-1)!;
  const above = g.daily.find((r) => r.close > GOLD_LEVEL)!;
  const highIndex = g.daily.reduce((best, r, i) => (r.close > g.daily[best]!.close ? i : best), 0);
  const high = g.daily[highIndex]!;
  const after = g.daily[highIndex + 1]!;
  const top = g.daily.reduce((a, b) => (b.high > a.high ? b : a));
  const flat = flatInStoryMonth(g);
  const row = (r: { date: Date }) => isoDay(r.date);
  const yearBefore = g.monthly.find((r) => r.date.getTime() === Date.UTC(g.storyMonth.date.getUTCFullYear() - 1, g.storyMonth.date.getUTCMonth(), 1))!;
  const lastMonth = g.monthly.at(-1)!;
  const firstMonth = g.monthly[0]!;
  const month = (r: { date: Date }): QuotedNumber => ({
    text: formatDate(r.date, 'monthYear'),
    value: isoDay(r.date).slice(0, 7),
    source: { file: MONTHLY_FILE, row: row(r), column: 'computed: the month of date' },
    isDate: true,
  });
  const recordDay = g.spotRecord[0]!.date;
  const spotFrom = (who: ReportedRecord['reporter']) => g.records.filter((r) => r.instrument === SPOT && r.date.getTime() === recordDay.getTime() && r.reporter === who);
  const [bloomberg] = spotFrom('Bloomberg');
  const [reuters1, reuters2] = spotFrom('Reuters');
  const [aggregator] = spotFrom('aggregator');
  if (!bloomberg || !reuters1 || !reuters2 || !aggregator) throw new Error(`${RECORDS_FILE}: expected spot records on ${isoDay(recordDay)} from Bloomberg, Reuters (two) and an aggregator`);
  const recordNum = (r: ReportedRecord) => num(r.value_usd_oz!, Number.isInteger(r.value_usd_oz) ? 0 : 2, RECORDS_FILE, recordRow(r), 'value_usd_oz');
  Object.assign(figures, {
    'markets-gold-first-date': date(first.date, DAILY_FILE, row(first)),
    'markets-gold-first-close': num(first.close, 1, DAILY_FILE, row(first), 'close'),
    'markets-gold-above-date': date(above.date, DAILY_FILE, row(above)),
    'markets-gold-above-close': num(above.close, 1, DAILY_FILE, row(above), 'close'),
    'markets-gold-flat-first-date': date(flat[0]!.date, DAILY_FILE, row(flat[0]!)),
    'markets-gold-flat-first-close': num(flat[0]!.close, 1, DAILY_FILE, row(flat[0]!), 'close'),
    'markets-gold-high-date': date(high.date, DAILY_FILE, row(high)),
    'markets-gold-high-close': num(high.close, 1, DAILY_FILE, row(high), 'close'),
    'markets-gold-highest-high': num(top.high, 1, DAILY_FILE, row(top), 'high'),
    'markets-gold-highest-high-date': date(top.date, DAILY_FILE, row(top)),
    'markets-gold-after-date': date(after.date, DAILY_FILE, row(after)),
    'markets-gold-after-close': num(after.close, 1, DAILY_FILE, row(after), 'close'),
    'markets-gold-last-date': date(last.date, DAILY_FILE, row(last)),
    'markets-gold-last-close': num(last.close, 1, DAILY_FILE, row(last), 'close'),
    'markets-gold-5000-date': date(g.firstAbove5000.date, RECORDS_FILE, recordRow(g.firstAbove5000)),
    'markets-gold-tass-first': recordNum(g.futuresOnDay[0]!),
    'markets-gold-tass-second': recordNum(g.futuresOnDay[1]!),
    'markets-gold-record-date': date(bloomberg.date, RECORDS_FILE, recordRow(bloomberg)),
    'markets-gold-spot-bloomberg': recordNum(bloomberg),
    'markets-gold-spot-reuters-1': recordNum(reuters1),
    'markets-gold-spot-reuters-2': recordNum(reuters2),
    'markets-gold-spot-aggregator': recordNum(aggregator),
    'markets-gold-futures-high': recordNum(g.futuresHigh),
    'markets-gold-monthly-first': num(firstMonth.gold_usd_oz_monthly_avg, undefined, MONTHLY_FILE, row(firstMonth), 'gold_usd_oz_monthly_avg'),
    'markets-gold-monthly-first-month': month(firstMonth),
    'markets-gold-monthly-year-before': num(yearBefore.gold_usd_oz_monthly_avg, undefined, MONTHLY_FILE, row(yearBefore), 'gold_usd_oz_monthly_avg'),
    'markets-gold-monthly-year-before-month': month(yearBefore),
    'markets-gold-monthly-story': num(g.storyMonth.gold_usd_oz_monthly_avg, undefined, MONTHLY_FILE, row(g.storyMonth), 'gold_usd_oz_monthly_avg'),
    'markets-gold-monthly-story-month': month(g.storyMonth),
    'markets-gold-monthly-year-change': computed(
      (100 * g.storyMonth.gold_usd_oz_monthly_avg) / yearBefore.gold_usd_oz_monthly_avg - 100,
      '%',
      MONTHLY_FILE,
      `${row(yearBefore)}, ${row(g.storyMonth)}`,
      'gold_usd_oz_monthly_avg / the same month a year earlier - 1',
    ),
    'markets-gold-monthly-peak': num(g.peakMonth.gold_usd_oz_monthly_avg, undefined, MONTHLY_FILE, row(g.peakMonth), 'gold_usd_oz_monthly_avg'),
    'markets-gold-monthly-peak-month': month(g.peakMonth),
    'markets-gold-monthly-last': num(lastMonth.gold_usd_oz_monthly_avg, undefined, MONTHLY_FILE, row(lastMonth), 'gold_usd_oz_monthly_avg'),
    'markets-gold-monthly-last-month': month(lastMonth),
    'markets-gold-definition-break': {
      text: formatDate(DEFINITION_BREAK, 'monthYear'),
      value: isoDay(DEFINITION_BREAK).slice(0, 7),
      source: { file: 'content/data/SOURCES.md', row: 'section 6, gold_usd_oz_monthly.csv', column: 'benchmark definition (World Bank "Description" sheet)' },
      isDate: true,
    },
  });
  return figures;
}
