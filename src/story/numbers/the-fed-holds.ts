/** Numbers chapter 4 quotes, each drawn from the FOMC target-range data set at build time. */
import { fedData, FED_FILE, viewRows } from '../fed';
import { formatDate, formatNumber, isoDay } from '../format';
import type { FedDecision } from '../../data/fed-funds-target-range';
import type { QuotedNumber } from './quoted-number';

/** A rate in percent as the prose writes it: "3.50", "0.25", and "0" for zero. */
const rateText = (v: number): string => (v === 0 ? formatNumber(0) : formatNumber(v, 2));
const key = (r: FedDecision) => isoDay(r.decision_date);

const date = (r: FedDecision): QuotedNumber => ({ text: formatDate(r.decision_date), value: key(r), source: { file: FED_FILE, row: key(r), column: 'decision_date' }, isDate: true });
const rate = (r: FedDecision, column: 'lower' | 'upper'): QuotedNumber => ({ text: rateText(r[column]), value: r[column], source: { file: FED_FILE, row: key(r), column } });
const computed = (value: number, text: string, rows: FedDecision[], how: string): QuotedNumber => ({
  text,
  value,
  source: { file: FED_FILE, row: `${key(rows[0]!)}..${key(rows.at(-1)!)}`, column: `computed: ${how}` },
});
const tally = (rows: FedDecision[], how: string): QuotedNumber => computed(rows.length, formatNumber(rows.length), rows, how);

function only<T>(values: T[], what: string): T {
  const set = new Set(values);
  if (set.size !== 1) throw new Error(`numbers: expected one ${what} in ${FED_FILE}, found ${[...set].join(', ')}`);
  return values[0]!;
}

function nth(rows: FedDecision[], i: number, what: string): FedDecision {
  const row = rows[i];
  if (!row) throw new Error(`numbers: no ${what} in ${FED_FILE}`);
  return row;
}

export function theFedHoldsNumbers(): Record<string, QuotedNumber> {
  const d = fedData();
  const all = d.decisions;
  const day = all[d.day]!;
  const year = (r: FedDecision) => r.decision_date.getUTCFullYear();

  const zero = viewRows(d, 'zero-years');
  const firstHike = zero.find((r) => r.action === 'hike')!;
  const top = zero.reduce((a, b) => (b.upper > a.upper ? b : a));
  const upToTop = zero.filter((r) => r.decision_date <= top.decision_date);
  const unscheduled = zero.filter((r) => r.meeting_type === 'unscheduled');
  const between = zero.filter((r) => r.decision_date > top.decision_date && r.decision_date < unscheduled[0]!.decision_date);
  const floor = unscheduled.at(-1)!;

  const up = viewRows(d, 'hikes');
  const hikes = up.filter((r) => r.action === 'hike');
  const peak = hikes.at(-1)!;
  const biggest = Math.max(...hikes.map((r) => r.change_bp));
  const afterPeak = up.filter((r) => r.decision_date > peak.decision_date);

  const down = viewRows(d, 'cuts');
  const cuts = down.filter((r) => r.action === 'cut');
  const early = cuts.filter((r) => year(r) === year(cuts[0]!));
  const late = cuts.filter((r) => year(r) !== year(cuts[0]!));
  const pause = down.filter((r) => r.decision_date > early.at(-1)!.decision_date && r.decision_date < late[0]!.decision_date);
  const lateSize = only(late.map((r) => -r.change_bp), 'size of the late cuts');

  const meetingsYearBefore = all.filter((r) => year(r) === year(day) - 1 && r.meeting_type === 'scheduled');
  const width = only(all.map((r) => Math.round((r.upper - r.lower) * 100) / 100), 'width of the range');
  const drop = Math.round((peak.upper - day.upper) * 100) / 100;

  return {
    'fed-hold-date': date(day),
    'fed-hold-lower': rate(day, 'lower'),
    'fed-hold-upper': rate(day, 'upper'),
    'fed-meetings-2025': tally(meetingsYearBefore, 'scheduled decisions in the year before the hold'),
    'fed-range-width': computed(width, formatNumber(width, 2), all, 'upper - lower, the same in every row'),
    'fed-start-lower': rate(zero[0]!, 'lower'),
    'fed-start-upper': rate(zero[0]!, 'upper'),
    'fed-first-hike-date': date(firstHike),
    'fed-first-hike-lower': rate(firstHike, 'lower'),
    'fed-first-hike-upper': rate(firstHike, 'upper'),
    'fed-2018-date': date(top),
    'fed-2018-lower': rate(top, 'lower'),
    'fed-2018-upper': rate(top, 'upper'),
    'fed-2018-hikes': tally(upToTop.filter((r) => r.action === 'hike'), 'rows with action = hike'),
    'fed-2019-cuts': tally(between.filter((r) => r.action === 'cut'), 'rows with action = cut'),
    'fed-2020-first-cut-date': date(unscheduled[0]!),
    'fed-2020-second-cut-date': date(floor),
    'fed-2020-lower': rate(floor, 'lower'),
    'fed-2020-upper': rate(floor, 'upper'),
    'fed-hikes-count': tally(hikes, 'rows with action = hike'),
    'fed-hikes-first-date': date(hikes[0]!),
    'fed-hikes-last-date': date(peak),
    'fed-hikes-biggest-bp': computed(biggest, formatNumber(biggest), hikes, 'largest change_bp'),
    'fed-hikes-biggest-count': tally(hikes.filter((r) => r.change_bp === biggest), 'hikes of the largest change_bp'),
    'fed-peak-lower': rate(peak, 'lower'),
    'fed-peak-upper': rate(peak, 'upper'),
    'fed-peak-holds': tally(afterPeak.filter((r) => r.action === 'hold'), 'rows with action = hold after the peak'),
    'fed-cuts-2024-count': tally(early, 'rows with action = cut'),
    'fed-cuts-2024-first-date': date(early[0]!),
    'fed-cuts-2024-first-bp': computed(-early[0]!.change_bp, formatNumber(-early[0]!.change_bp), [early[0]!], 'size of the cut, -change_bp'),
    'fed-cuts-2024-end-date': date(early.at(-1)!),
    'fed-cuts-2024-lower': rate(early.at(-1)!, 'lower'),
    'fed-cuts-2024-upper': rate(early.at(-1)!, 'upper'),
    'fed-pause-holds': tally(pause, 'rows with action = hold between the 2024 and 2025 cuts'),
    'fed-cuts-2025-count': tally(late, 'rows with action = cut'),
    'fed-cuts-2025-first-date': date(late[0]!),
    'fed-cuts-2025-second-date': date(nth(late, 1, 'second cut of the later run')),
    'fed-cuts-2025-third-date': date(nth(late, 2, 'third cut of the later run')),
    'fed-cuts-2025-bp': computed(lateSize, formatNumber(lateSize), late, 'size of each cut, -change_bp, the same for all'),
    'fed-peak-to-hold': computed(drop, formatNumber(drop, 2), [peak, day], 'peak upper - upper at the hold'),
  };
}
