// Every computed figure the story shows, recomputed here from the CSV rows: a small list of named computations, plus the per-row table columns.
import type { Data, DataRow } from './data';

/** What a computed value measures: a figure shown with a unit only matches a computation of the same measure. */
export type ComputedKind = 'percent' | 'ratio' | 'count' | 'days' | 'years' | 'months' | 'level' | 'points' | 'bp' | 'rows' | 'date' | 'month' | 'year';

export interface Computed {
  /** What is computed, in words: the name a traced figure reports. */
  name: string;
  /** Chapters whose text may show it ('*': any page). */
  chapters: string[] | '*';
  kind: ComputedKind;
  /** A number, or an ISO date (YYYY-MM-DD), month (YYYY-MM) or year (YYYY). */
  value: number | string;
  /** The scale of a number computed from cells in billions, so that a figure shown in trillions compares. */
  unit?: 'bn';
  /** Dates or quarters the figure is about: where a figure's own sentence, label or table row names dates, one must be among these. */
  keys?: string[];
  /** A figure about one data file (its rows, its first or last date): only text that draws on that file may show it. */
  file?: string;
}

const CLIMB = ['the-climb'];
const ORDERS = ['the-order-book'];
const BELL = ['after-the-bell'];
const FED = ['the-fed-holds'];
const SCALE = ['a-trillion-dollar-rumour', 'after-the-bell'];
const MARKETS = ['two-markets'];

const pct = (now: number, base: number) => (now / base - 1) * 100;

/** Rows of a file, checked to exist. */
function rows(data: Data, file: string): DataRow[] {
  const f = data.files.get(file);
  if (!f) throw new Error(`figure check: content/data/${file} is missing`);
  return f.rows;
}

const num = (r: DataRow, c: string) => {
  const v = Number(r.cells[c]);
  if (r.cells[c] === '' || !Number.isFinite(v)) throw new Error(`${r.file}:${r.line}: column "${c}": found "${r.cells[c]}", expected a number`);
  return v;
};

function one<T>(xs: T[], what: string): T {
  if (xs.length !== 1) throw new Error(`figure check: expected exactly one ${what}, found ${xs.length}`);
  return xs[0]!;
}

const maxBy = <T>(xs: T[], f: (x: T) => number) => xs.reduce((a, b) => (f(b) > f(a) ? b : a));
const minBy = <T>(xs: T[], f: (x: T) => number) => xs.reduce((a, b) => (f(b) < f(a) ? b : a));

/** The story's day: the day the index first traded at or above its highest milestone level (from sp500_milestones.csv). */
export function storyDay(data: Data): { day: string; level: number } {
  const touched = rows(data, 'sp500_milestones.csv').filter((r) => r.cells.first_intraday_high_at_or_above_date);
  const top = maxBy(touched, (r) => num(r, 'level'));
  return { day: top.cells.first_intraday_high_at_or_above_date!, level: num(top, 'level') };
}

/** The base days of the two-markets chapter: a year before the story day (the same calendar date) and the last close of the year before. */
export function marketBases(data: Data): { yearBase: string; ytdBase: string } {
  const { day } = storyDay(data);
  const dates = rows(data, 'dow_nasdaq_daily_close.csv').map((r) => r.cells.date!);
  const yearBase = `${Number(day.slice(0, 4)) - 1}${day.slice(4)}`;
  if (!dates.includes(yearBase)) throw new Error(`figure check: dow_nasdaq_daily_close.csv has no row for ${yearBase}, a year before ${day}`);
  const ytdBase = dates.filter((d) => d < `${day.slice(0, 4)}-01-01`).at(-1)!;
  return { yearBase, ytdBase };
}

export const INDEX_COLUMNS = { nasdaq: 'nasdaq_composite_close', sp500: 'sp500_close', dow: 'djia_close' } as const;

function climb(data: Data): Computed[] {
  const { day, level } = storyDay(data);
  const monthly = rows(data, 'sp500_monthly.csv');
  const first = monthly[0]!;
  const storyMonth = one(monthly.filter((r) => r.cells.date === `${day.slice(0, 7)}-01`), `sp500_monthly.csv row for ${day.slice(0, 7)}`);
  const milestones = rows(data, 'sp500_milestones.csv');
  const closes = rows(data, 'sp500_daily_close.csv');
  const m6000 = one(milestones.filter((r) => num(r, 'level') === level - 1000), `milestone ${level - 1000}`);
  const from = m6000.cells.first_close_at_or_above_date!;
  const run = closes.filter((r) => r.cells.date! >= from && r.cells.date! <= day);
  const low = minBy(run, (r) => num(r, 'close'));
  const before = closes.filter((r) => r.cells.date! < day).at(-1)!;
  const out: Computed[] = [
    { name: 'years from the first monthly average to the story year', chapters: CLIMB, kind: 'years', value: Number(day.slice(0, 4)) - Number(first.cells.date!.slice(0, 4)) },
    { name: 'story month average / first monthly average (times)', chapters: CLIMB, kind: 'ratio', value: num(storyMonth, 'sp500_monthly_avg') / num(first, 'sp500_monthly_avg') },
    { name: 'number of thousand-point milestones', chapters: CLIMB, kind: 'count', value: milestones.length },
    { name: `trading days after the first ${level - 1000} close (${from}) up to the story day`, chapters: CLIMB, kind: 'days', value: run.length - 1, keys: [from, day] },
    { name: `years from the first ${level - 1000} close to the story day`, chapters: CLIMB, kind: 'years', value: (Date.parse(day) - Date.parse(from)) / (365.25 * 864e5) },
    { name: `lowest close between the first ${level - 1000} close and the story day`, chapters: CLIMB, kind: 'level', value: num(low, 'close'), keys: [low.cells.date!] },
    { name: `date of the lowest close between the first ${level - 1000} close and the story day`, chapters: CLIMB, kind: 'date', value: low.cells.date! },
    // The notes' entry for the open-high-low-close file names the two sessions the story needs: this day and the story day.
    { name: 'the trading day before the story day', chapters: [...CLIMB, 'notes'], kind: 'date', value: before.cells.date! },
    { name: 'close on the story day', chapters: [...CLIMB, ...MARKETS], kind: 'level', value: num(one(closes.filter((r) => r.cells.date === day), `close on ${day}`), 'close'), keys: [day] },
    { name: 'close of the trading day before the story day', chapters: [...CLIMB, ...MARKETS], kind: 'level', value: num(before, 'close'), keys: [before.cells.date!] },
    { name: 'sessions in the open-high-low-close chart (the story day and the day before)', chapters: CLIMB, kind: 'count', value: closes.filter((r) => r.cells.date! >= before.cells.date! && r.cells.date! <= day).length },
  ];
  // Each milestone's step: the rise from the previous level, and the spacing of the levels.
  for (let k = 1; k < milestones.length; k++) {
    const [prev, cur] = [milestones[k - 1]!, milestones[k]!];
    out.push({ name: `rise from ${prev.cells.level} to ${cur.cells.level} (percent)`, chapters: CLIMB, kind: 'percent', value: pct(num(cur, 'level'), num(prev, 'level')), keys: [cur.cells.first_close_at_or_above_date!] });
    out.push({ name: `points between the ${prev.cells.level} and ${cur.cells.level} milestones`, chapters: CLIMB, kind: 'level', value: num(cur, 'level') - num(prev, 'level') });
    out.push({ name: `${cur.cells.level} / ${prev.cells.level} (times)`, chapters: CLIMB, kind: 'ratio', value: num(cur, 'level') / num(prev, 'level'), keys: [cur.cells.first_close_at_or_above_date!] });
  }
  // The falls on the way: the deepest fall of the daily close between two milestones (the bear market of 2022 lies between 4,000 and 5,000).
  for (let k = 1; k < milestones.length; k++) {
    const [prev, cur] = [milestones[k - 1]!, milestones[k]!];
    const fall = deepestFall(closes, prev.cells.first_close_at_or_above_date!, cur.cells.first_close_at_or_above_date!);
    if (!fall) continue;
    const between = `between the first closes at or above ${prev.cells.level} and ${cur.cells.level}`;
    out.push(
      { name: `deepest fall of the close, highest close to lowest close after it, ${between} (percent, negative)`, chapters: CLIMB, kind: 'percent', value: -fall.percent, keys: [fall.peak, fall.trough] },
      { name: `date of the highest close before the deepest fall ${between}`, chapters: CLIMB, kind: 'date', value: fall.peak },
      { name: `date of the lowest close of the deepest fall ${between}`, chapters: CLIMB, kind: 'date', value: fall.trough },
    );
  }
  return out;
}

/**
 * The deepest fall of the daily close from a close to the lowest close after it, within [from, to] (the bear market of 2022 lies between the
 * first closes above 4,000 and 5,000): the fall in percent of the earlier close, and both dates. Undefined if the daily closes do not cover
 * the whole window (they start in 2016).
 */
export function deepestFall(closes: DataRow[], from: string, to: string): { percent: number; peak: string; trough: string } | undefined {
  if (!closes.length || closes[0]!.cells.date! > from) return undefined;
  let peak: DataRow | undefined;
  let best: { percent: number; peak: string; trough: string } | undefined;
  for (const r of closes.filter((r) => r.cells.date! >= from && r.cells.date! <= to)) {
    if (!peak || num(r, 'close') > num(peak, 'close')) peak = r;
    const percent = (1 - num(r, 'close') / num(peak, 'close')) * 100;
    if (!best || percent > best.percent) best = { percent, peak: peak.cells.date!, trough: r.cells.date! };
  }
  return best && best.percent > 0 ? best : undefined;
}

function orders(data: Data): Computed[] {
  const bookings = rows(data, 'asml_net_bookings.csv');
  const consensus = rows(data, 'asml_bookings_consensus.csv');
  const out: Computed[] = [];
  // The beat: actual over each consensus, per quarter; its lowest and highest.
  for (const q of new Set(consensus.map((r) => r.cells.quarter!))) {
    const ratios = consensus.filter((r) => r.cells.quarter === q).map((r) => num(r, 'actual_bookings_eur_bn') / num(r, 'consensus_bookings_eur_bn'));
    out.push({ name: `${q} bookings / lowest-ratio consensus (times)`, chapters: ORDERS, kind: 'ratio', value: Math.min(...ratios), keys: [q] });
    out.push({ name: `${q} bookings / highest-ratio consensus (times)`, chapters: ORDERS, kind: 'ratio', value: Math.max(...ratios), keys: [q] });
  }
  // Non-EUV orders: total minus EUV, for each quarter with both.
  for (const r of bookings.filter((r) => r.cells.euv_bookings_eur_bn)) {
    out.push({ name: `${r.cells.quarter} non-EUV bookings = total - EUV (EUR bn)`, chapters: ORDERS, kind: 'level', value: num(r, 'bookings_eur_bn') - num(r, 'euv_bookings_eur_bn'), keys: [r.cells.quarter!] });
  }
  return out;
}

function afterTheBell(data: Data): Computed[] {
  const caps = rows(data, 'scale_reference_points.csv').filter((r) => r.cells.category === 'market_cap');
  const asOf = maxBy(
    [...new Set(caps.map((r) => r.cells.as_of!))].map((d) => ({ d, n: caps.filter((r) => r.cells.as_of === d).length })),
    (x) => x.n,
  ).d;
  const table = caps.filter((r) => r.cells.as_of === asOf);
  // The three companies that reported after the close on the story day (named in the chapter from news reports, not the data).
  const reporting = ['Microsoft', 'Meta Platforms', 'Tesla'].map((e) => one(table.filter((r) => r.cells.entity === e), `${asOf} market value of ${e}`));
  return [
    { name: `companies in the ${asOf} market-value table`, chapters: SCALE, kind: 'count', value: table.length },
    { name: `sum of the ${asOf} market values of ${reporting.map((r) => r.cells.entity).join(', ')}`, chapters: BELL, kind: 'level', value: reporting.reduce((s, r) => s + num(r, 'value'), 0), unit: 'bn' },
  ];
}

/** The Fed's decisions read as cycles: runs of moves in one direction, with the holds between them. */
function fed(data: Data): Computed[] {
  const all = rows(data, 'fed_funds_target_range.csv');
  const { day } = storyDay(data);
  const widths = [...new Set(all.map((r) => (num(r, 'upper') - num(r, 'lower')).toFixed(4)))];
  const out: Computed[] = [
    { name: 'FOMC decisions in the data', chapters: FED, kind: 'count', value: all.length },
    { name: 'width of the target range (upper - lower), the same at every decision', chapters: FED, kind: 'points', value: Number(one(widths, 'range width')) },
  ];
  for (const year of new Set(all.map((r) => r.cells.decision_date!.slice(0, 4)))) {
    const n = all.filter((r) => r.cells.decision_date!.startsWith(year) && r.cells.meeting_type === 'scheduled').length;
    out.push({ name: `scheduled FOMC meetings in ${year}`, chapters: FED, kind: 'count', value: n, keys: [year] });
  }
  // Cycles: consecutive moves (holds skipped) in one direction.
  const moves = all.filter((r) => r.cells.action !== 'hold');
  const cycles: DataRow[][] = [];
  for (const m of moves) {
    const last = cycles.at(-1);
    if (last && last[0]!.cells.action === m.cells.action) last.push(m);
    else cycles.push([m]);
  }
  for (const c of cycles) {
    const action = c[0]!.cells.action!;
    const first = c[0]!.cells.decision_date!;
    const lastDate = c.at(-1)!.cells.decision_date!;
    const keys = [first, lastDate];
    out.push({ name: `${action}s from ${first} to ${lastDate}`, chapters: FED, kind: 'count', value: c.length, keys });
    out.push({ name: `first ${action} of the cycle starting ${first}`, chapters: FED, kind: 'date', value: first });
    out.push({ name: `last ${action} of the cycle starting ${first}`, chapters: FED, kind: 'date', value: lastDate });
    const sizes = c.map((r) => Math.abs(num(r, 'change_bp')));
    const biggest = Math.max(...sizes);
    out.push({ name: `largest ${action} (bp) from ${first} to ${lastDate}`, chapters: FED, kind: 'bp', value: biggest, keys });
    out.push({ name: `${action}s of the largest size from ${first} to ${lastDate}`, chapters: FED, kind: 'count', value: sizes.filter((s) => s === biggest).length, keys });
    if (new Set(sizes).size === 1) out.push({ name: `size of every ${action} (bp) from ${first} to ${lastDate}`, chapters: FED, kind: 'bp', value: biggest, keys });
    // Within a cycle: moves per calendar year and per month of unscheduled action, and runs split by holds.
    for (const y of new Set(c.map((r) => r.cells.decision_date!.slice(0, 4)))) {
      const inYear = c.filter((r) => r.cells.decision_date!.startsWith(y));
      out.push({ name: `${action}s in ${y}`, chapters: FED, kind: 'count', value: inYear.length, keys: [y, ...inYear.map((r) => r.cells.decision_date!)] });
      const sizesY = inYear.map((r) => Math.abs(num(r, 'change_bp')));
      if (new Set(sizesY).size === 1) out.push({ name: `size of every ${action} in ${y} (bp)`, chapters: FED, kind: 'bp', value: sizesY[0]!, keys: [y] });
    }
    const unscheduled = c.filter((r) => r.cells.meeting_type !== 'scheduled');
    for (const ym of new Set(unscheduled.map((r) => r.cells.decision_date!.slice(0, 7)))) {
      out.push({ name: `unscheduled ${action}s in ${ym}`, chapters: FED, kind: 'count', value: unscheduled.filter((r) => r.cells.decision_date!.startsWith(ym)).length, keys: [ym] });
    }
  }
  // Holds: each run of consecutive holds, between the move before it and the move after it (if any).
  let run: DataRow[] = [];
  let lastMove: DataRow | undefined;
  const flush = (next: DataRow | undefined) => {
    if (run.length && lastMove) {
      const keys = [lastMove.cells.decision_date!, ...run.map((r) => r.cells.decision_date!), ...(next ? [next.cells.decision_date!] : [])];
      out.push({ name: `holds in a row after the ${lastMove.cells.action} of ${lastMove.cells.decision_date}`, chapters: FED, kind: 'count', value: run.length, keys });
    }
    run = [];
  };
  for (const r of all) {
    if (r.cells.action === 'hold') run.push(r);
    else {
      flush(r);
      lastMove = r;
    }
  }
  flush(undefined);
  // How many hikes were of the largest size in the whole record ("4 were 75 basis points each, the largest hikes in this record, which starts in 2015").
  const first = all[0]!.cells.decision_date!;
  const hikes = all.filter((r) => r.cells.action === 'hike');
  const largestHike = Math.max(...hikes.map((r) => Math.abs(num(r, 'change_bp'))));
  const largestHikes = hikes.filter((r) => Math.abs(num(r, 'change_bp')) === largestHike);
  out.push({ name: `hikes of the largest size (${largestHike} bp) in the whole record, from ${first}`, chapters: FED, kind: 'count', value: largestHikes.length, keys: [first, ...largestHikes.map((r) => r.cells.decision_date!)] });
  // From the peak to the story day's decision.
  const peak = maxBy(all, (r) => num(r, 'upper'));
  const now = one(all.filter((r) => r.cells.decision_date === day), `decision on ${day}`);
  out.push({ name: `fall of the upper bound from its peak (${peak.cells.decision_date}) to ${day}, percentage points`, chapters: FED, kind: 'points', value: num(peak, 'upper') - num(now, 'upper') });
  return out;
}

function scale(data: Data): Computed[] {
  const refs = rows(data, 'scale_reference_points.csv');
  const get = (entity: RegExp, metric: string) => one(refs.filter((r) => entity.test(r.cells.entity!) && r.cells.metric === metric), `${entity} ${metric}`);
  const spacexValuation = get(/SpaceX/, 'valuation_usd_bn');
  const spacexProceeds = get(/SpaceX/, 'proceeds_usd_bn');
  const aramcoValuation = get(/Aramco/, 'valuation_at_listing_usd_bn');
  const aramcoProceeds = refs.filter((r) => /Aramco/.test(r.cells.entity!) && r.cells.metric === 'proceeds_usd_bn');
  const out: Computed[] = [
    { name: 'valuations at listing in the data', chapters: SCALE, kind: 'count', value: refs.filter((r) => /valuation/.test(r.cells.metric!)).length },
    { name: 'SpaceX proceeds / SpaceX valuation (percent)', chapters: SCALE, kind: 'percent', value: (num(spacexProceeds, 'value') / num(spacexValuation, 'value')) * 100 },
  ];
  for (const p of aramcoProceeds) {
    out.push({ name: `SpaceX proceeds / Aramco proceeds of USD ${p.cells.value} bn (times)`, chapters: SCALE, kind: 'ratio', value: num(spacexProceeds, 'value') / num(p, 'value') });
    out.push({ name: `Aramco proceeds of USD ${p.cells.value} bn / Aramco valuation at listing (percent)`, chapters: SCALE, kind: 'percent', value: (num(p, 'value') / num(aramcoValuation, 'value')) * 100 });
  }
  return out;
}

function markets(data: Data): Computed[] {
  const { day } = storyDay(data);
  const { yearBase, ytdBase } = marketBases(data);
  const closes = rows(data, 'dow_nasdaq_daily_close.csv');
  const byDate = new Map(closes.map((r) => [r.cells.date!, r]));
  const at = (d: string) => {
    const r = byDate.get(d);
    if (!r) throw new Error(`figure check: dow_nasdaq_daily_close.csv has no row for ${d}`);
    return r;
  };
  const out: Computed[] = [
    { name: 'base day a year before the story day', chapters: MARKETS, kind: 'date', value: yearBase },
    { name: 'base day: the last close of the year before the story', chapters: MARKETS, kind: 'date', value: ytdBase },
    { name: 'indices in the comparison', chapters: MARKETS, kind: 'count', value: Object.keys(INDEX_COLUMNS).length },
    { name: `months from the base day ${yearBase} to ${day}`, chapters: MARKETS, kind: 'months', value: (Number(day.slice(0, 4)) - Number(yearBase.slice(0, 4))) * 12 + Number(day.slice(5, 7)) - Number(yearBase.slice(5, 7)) },
  ];
  for (const [label, base] of [['year', yearBase], ['year to date', ytdBase]] as const) {
    const window = closes.filter((r) => r.cells.date! >= base && r.cells.date! <= day);
    const change = (r: DataRow, c: string) => pct(num(r, c), num(at(base), c));
    const end = at(day);
    const changes = Object.entries(INDEX_COLUMNS).map(([name, c]) => ({ name, c, v: change(end, c) }));
    for (const { name, v } of changes) {
      out.push({ name: `${name} change ${base} to ${day} (percent)`, chapters: MARKETS, kind: 'percent', value: v, keys: [base, day] });
      out.push({ name: `${name} rebased to 100 on ${base}, on ${day}`, chapters: MARKETS, kind: 'level', value: 100 + v, keys: [base, day] });
    }
    out.push({ name: `${label}: spread between the best and worst change to ${day} (points)`, chapters: MARKETS, kind: 'points', value: Math.max(...changes.map((x) => x.v)) - Math.min(...changes.map((x) => x.v)) });
    if (label === 'year') {
      // The spring low, the leads over the Dow, and the day each lead turned positive for good.
      const low = minBy(window, (r) => num(r, INDEX_COLUMNS.nasdaq));
      out.push({ name: `date of the Nasdaq's lowest close after ${base}`, chapters: MARKETS, kind: 'date', value: low.cells.date! });
      for (const [name, c] of Object.entries(INDEX_COLUMNS)) out.push({ name: `${name} change ${base} to the Nasdaq low (percent)`, chapters: MARKETS, kind: 'percent', value: change(low, c), keys: [low.cells.date!] });
      for (const name of ['nasdaq', 'sp500'] as const) {
        const lead = (r: DataRow) => change(r, INDEX_COLUMNS[name]) - change(r, INDEX_COLUMNS.dow);
        const widest = maxBy(window, lead);
        out.push({ name: `${name} lead over the Dow on ${day} (points)`, chapters: MARKETS, kind: 'points', value: lead(end), keys: [day] });
        out.push({ name: `${name} widest lead over the Dow (points)`, chapters: MARKETS, kind: 'points', value: lead(widest), keys: [widest.cells.date!] });
        out.push({ name: `date of the ${name} widest lead over the Dow`, chapters: MARKETS, kind: 'date', value: widest.cells.date! });
        const lastBehind = window.filter((r) => lead(r) <= 0).at(-1);
        const aheadFrom = window.find((r) => !lastBehind || r.cells.date! > lastBehind.cells.date!);
        if (aheadFrom) out.push({ name: `first day of the ${name}'s unbroken lead over the Dow up to ${day}`, chapters: MARKETS, kind: 'date', value: aheadFrom.cells.date! });
      }
    } else {
      // January to the story day: trading days, and on how many the Dow's rebased line was the highest.
      const days = window.filter((r) => r.cells.date! > base);
      const leader = (r: DataRow) => maxBy(Object.entries(INDEX_COLUMNS), ([, c]) => change(r, c))[0];
      out.push({ name: `trading days after ${base} up to ${day}`, chapters: MARKETS, kind: 'days', value: days.length });
      out.push({ name: `days after ${base} with the Dow's rebased line highest`, chapters: MARKETS, kind: 'count', value: days.filter((r) => leader(r) === 'dow').length });
      const lastNotNasdaq = days.filter((r) => leader(r) !== 'nasdaq').at(-1);
      out.push({ name: `last days up to ${day} with the Nasdaq's line highest, in a row`, chapters: MARKETS, kind: 'count', value: days.filter((r) => !lastNotNasdaq || r.cells.date! > lastNotNasdaq.cells.date!).length });
    }
  }

  // Gold: monthly averages (World Bank) and daily futures (Yahoo GC=F).
  const monthly = rows(data, 'gold_usd_oz_monthly.csv');
  const mAt = (ym: string) => one(monthly.filter((r) => r.cells.date === `${ym}-01`), `gold_usd_oz_monthly.csv row for ${ym}`);
  const storyMonth = mAt(day.slice(0, 7));
  const yearBefore = mAt(`${Number(day.slice(0, 4)) - 1}${day.slice(4, 7)}`);
  const peak = maxBy(monthly, (r) => num(r, 'gold_usd_oz_monthly_avg'));
  out.push(
    { name: 'gold monthly average, story month vs a year before (percent)', chapters: MARKETS, kind: 'percent', value: pct(num(storyMonth, 'gold_usd_oz_monthly_avg'), num(yearBefore, 'gold_usd_oz_monthly_avg')), keys: [storyMonth.cells.date!.slice(0, 7), yearBefore.cells.date!.slice(0, 7)] },
    { name: 'gold monthly average, story month / first month (times)', chapters: MARKETS, kind: 'ratio', value: num(storyMonth, 'gold_usd_oz_monthly_avg') / num(monthly[0]!, 'gold_usd_oz_monthly_avg') },
    { name: 'month of the first gold monthly average', chapters: MARKETS, kind: 'month', value: monthly[0]!.cells.date!.slice(0, 7) },
    { name: 'month of the highest gold monthly average', chapters: MARKETS, kind: 'month', value: peak.cells.date!.slice(0, 7) },
    { name: 'highest gold monthly average', chapters: MARKETS, kind: 'level', value: num(peak, 'gold_usd_oz_monthly_avg') },
    { name: 'latest gold monthly average', chapters: MARKETS, kind: 'level', value: num(monthly.at(-1)!, 'gold_usd_oz_monthly_avg') },
    { name: 'month of the latest gold monthly average', chapters: MARKETS, kind: 'month', value: monthly.at(-1)!.cells.date!.slice(0, 7) },
  );
  const daily = rows(data, 'gold_usd_oz_daily_comex_gcf_yahoo.csv');
  const from = daily.find((r) => r.cells.date! >= `${Number(day.slice(0, 4)) - 1}-01-01`)!;
  const window = daily.filter((r) => r.cells.date! >= from.cells.date!);
  const highest = maxBy(window, (r) => num(r, 'close'));
  const highestHigh = maxBy(daily, (r) => num(r, 'high'));
  const after = daily.find((r) => r.cells.date! > highest.cells.date!)!;
  const level = 5200; // The round level the gold chart draws (allow-listed as a chosen threshold).
  const above = window.filter((r) => num(r, 'close') > level);
  out.push(
    { name: 'first gold futures row of the year before the story', chapters: MARKETS, kind: 'date', value: from.cells.date! },
    { name: 'highest gold futures close since then', chapters: MARKETS, kind: 'level', value: num(highest, 'close'), keys: [highest.cells.date!] },
    { name: 'date of the highest gold futures close', chapters: MARKETS, kind: 'date', value: highest.cells.date! },
    { name: 'trading day after the highest gold futures close', chapters: MARKETS, kind: 'date', value: after.cells.date! },
    { name: 'last gold futures row', chapters: MARKETS, kind: 'date', value: daily.at(-1)!.cells.date! },
    { name: `gold futures closes above ${level} since ${from.cells.date}`, chapters: MARKETS, kind: 'count', value: above.length },
    { name: `first gold futures close above ${level}`, chapters: MARKETS, kind: 'date', value: above[0]!.cells.date! },
    { name: 'highest gold futures intraday high in the data', chapters: MARKETS, kind: 'level', value: num(highestHigh, 'high'), keys: [highestHigh.cells.date!] },
    { name: 'date of the highest gold futures intraday high', chapters: MARKETS, kind: 'date', value: highestHigh.cells.date! },
  );
  for (const r of daily.filter((r) => r.cells.quality_flag === 'flat_ohlc' && r.cells.date!.slice(0, 7) === day.slice(0, 7))) {
    out.push({ name: `flat one-price gold futures bar in the story month`, chapters: MARKETS, kind: 'date', value: r.cells.date! });
  }
  return out;
}

/** The notes: rows and first and last dates of each data set, and where one source hands over to the next. */
function notes(data: Data): Computed[] {
  const out: Computed[] = [];
  for (const f of data.files.values()) {
    out.push({ name: `rows in ${f.name}`, chapters: ['notes'], kind: 'rows', value: f.rows.length, file: f.name });
    const dates = f.rows.flatMap((r) => r.keys.filter((k) => /^\d{4}-\d{2}-\d{2}$/.test(k))).sort();
    if (dates.length) {
      for (const d of [dates[0]!, dates.at(-1)!]) out.push({ name: `first or last date in ${f.name}`, chapters: ['notes'], kind: f.monthly ? 'month' : 'date', value: f.monthly ? d.slice(0, 7) : d, file: f.name });
    }
  }
  const levels = rows(data, 'sp500_milestones.csv').map((r) => num(r, 'level'));
  const MS = 'sp500_milestones.csv';
  out.push({ name: 'lowest milestone level', chapters: ['notes'], kind: 'level', value: Math.min(...levels), file: MS }, { name: 'highest milestone level', chapters: ['notes'], kind: 'level', value: Math.max(...levels), file: MS });
  const fred = rows(data, 'sp500_daily_close.csv').filter((r) => r.cells.source === 'FRED');
  out.push({ name: 'last FRED row in sp500_daily_close.csv', chapters: ['notes'], kind: 'date', value: fred.at(-1)!.cells.date!, file: 'sp500_daily_close.csv' });
  const monthly = rows(data, 'sp500_monthly.csv');
  out.push({ name: 'last Shiller month in sp500_monthly.csv', chapters: ['notes'], kind: 'month', value: monthly.filter((r) => r.cells.basis === 'shiller').at(-1)!.cells.date!.slice(0, 7), file: 'sp500_monthly.csv' });
  for (const r of monthly.filter((r) => r.cells.basis === 'fred_monthly_mean_recomputed')) out.push({ name: 'month recomputed from FRED dailies', chapters: ['notes'], kind: 'month', value: r.cells.date!.slice(0, 7), file: 'sp500_monthly.csv' });
  return out;
}

const computed = new WeakMap<Data, Computed[]>();

/** All named computations, recomputed from the data (once per loaded data). */
export function computations(data: Data): Computed[] {
  let c = computed.get(data);
  if (!c) computed.set(data, (c = compute(data)));
  return c;
}

function compute(data: Data): Computed[] {
  const { day, level } = storyDay(data);
  return [
    { name: 'the story day (first intraday high at or above the top milestone)', chapters: '*', kind: 'date', value: day },
    { name: 'the milestone level first touched on the story day', chapters: '*', kind: 'level', value: level },
    ...climb(data),
    ...orders(data),
    ...afterTheBell(data),
    ...fed(data),
    ...scale(data),
    ...markets(data),
    ...notes(data),
  ];
}

/**
 * Table columns computed per row, from the row's date and a base day: an index rebased to 100 ("Nasdaq rebased (28 Jan 2025 = 100)")
 * and a lead over the Dow in percentage points ("Nasdaq lead over the Dow"). Only the one column the header names is computed.
 */
export function tableColumnValues(data: Data, head: string, row: DataRow, bases: string[]): { name: string; value: number }[] {
  if (row.file !== 'dow_nasdaq_daily_close.csv') return [];
  const closes = rows(data, row.file);
  const index = /nasdaq/i.test(head) ? 'nasdaq' : /s&p 500/i.test(head) ? 'sp500' : /\bdow\b/i.test(head) ? 'dow' : undefined;
  if (!index) return [];
  const out: { name: string; value: number }[] = [];
  for (const base of bases) {
    const b = closes.find((r) => r.cells.date === base);
    if (!b) continue;
    const change = (c: string) => pct(num(row, c), num(b, c));
    if (/rebased/i.test(head)) out.push({ name: `${index} rebased to 100 on ${base}`, value: 100 + change(INDEX_COLUMNS[index]) });
    if (/lead over the dow/i.test(head) && index !== 'dow') out.push({ name: `${index} lead over the Dow since ${base} (points)`, value: change(INDEX_COLUMNS[index]) - change(INDEX_COLUMNS.dow) });
  }
  return out;
}
