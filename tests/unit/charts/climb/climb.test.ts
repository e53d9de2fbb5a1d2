// Covers src/charts/climb/climb.ts and climb-data.ts: what each state draws, checked against the data rows, in both size classes. The generic scene, layout and data invariants are in ../chart-invariants.test.ts.
import { describe, expect, test } from 'vitest';
import { climb } from '../../../../src/charts/climb/climb';
import { climbData } from '../../../../src/story/climb';
type ClimbState = (typeof climb.states)[number];
import type { Mark } from '../../../../src/charts/scene/scene';
import { sizeClasses } from '../../../../src/charts/scene/size-classes';
import { sp500Milestones } from '../../../../src/data/sp500-milestones';
import { mark, markTypesByKey, sizes, stateSizeCases, textOf, utc } from '../scene-helpers';

const chart = climb;

describe.each(sizes)('jan28 (%s)', (_, size) => {
  const scene = chart.scene('jan28', size);
  // The chart's y scale: 6,950 at the bottom (1) to 7,015 at the top (0).
  const y = (v: number) => (7015 - v) / 65;
  const rule = mark(scene, 'rule-7000', 'rule');
  const range = mark(scene, 'ohlc-2026-01-28-range', 'rule');
  const open = mark(scene, 'ohlc-2026-01-28-open', 'rule');
  const close = mark(scene, 'ohlc-2026-01-28-close', 'rule');

  test('the 7,000 rule sits at 7,000', () => {
    expect(rule.y1).toBeCloseTo(y(7000), 12);
    expect(rule.y2).toBe(rule.y1);
  });

  test('the high and the open are above the rule; the close and the low below it', () => {
    expect(range.y1).toBeCloseTo(y(7002.28), 12);
    expect(range.y2).toBeCloseTo(y(6963.46), 12);
    expect(open.y1).toBeCloseTo(y(7002.0), 12);
    expect(close.y1).toBeCloseTo(y(6978.03), 12);
    expect(range.y1).toBeLessThan(rule.y1);
    expect(open.y1).toBeLessThan(rule.y1);
    expect(close.y1).toBeGreaterThan(rule.y1);
    expect(range.y2).toBeGreaterThan(rule.y1);
  });

  test('open tick points left, close tick points right', () => {
    expect(open.dx1).toBeLessThan(0);
    expect(open.dx2).toBe(0);
    expect(close.dx1).toBe(0);
    expect(close.dx2).toBeGreaterThan(0);
  });

  test('labels', () => {
    expect(textOf(scene, 'ohlc-2026-01-28-high-label')).toBe('High 7,002.28');
    expect(textOf(scene, 'ohlc-2026-01-28-open-label')).toBe('Open 7,002.00');
    expect(textOf(scene, 'ohlc-2026-01-28-close-label')).toBe('Close 6,978.03');
    expect(textOf(scene, 'ohlc-2026-01-28-low-label')).toBe('Low 6,963.46');
    expect(textOf(scene, 'ohlc-2026-01-27-close-label')).toBe('6,978.60');
    expect(textOf(scene, 'ohlc-2026-01-27-close-note')).toBe('record close');
    expect(textOf(scene, 'ohlc-2026-01-27-day')).toBe('Tue 27 Jan');
    expect(textOf(scene, 'ohlc-2026-01-28-day')).toBe('Wed 28 Jan');
    expect(scene.subtitle).toBe('S&P 500 open, high, low and close on 27 Jan and 28 Jan 2026, index points');
  });

  test('the previous session is drawn from its own row', () => {
    expect(mark(scene, 'ohlc-2026-01-27-range', 'rule').y1).toBeCloseTo(y(6988.82), 12);
    expect(mark(scene, 'ohlc-2026-01-27-close', 'rule').y1).toBeCloseTo(y(6978.6), 12);
    expect(mark(scene, 'ohlc-2026-01-27-range', 'rule').x1).toBeLessThan(range.x1);
  });
});

describe.each(sizes)('milestones (%s)', (_, size) => {
  const scene = chart.scene('milestones', size);
  const gaps = sp500Milestones.filter((m) => m.trading_days_since_previous_milestone_first_close !== null);

  test('seven milestone rows, top to bottom in level order', () => {
    const levels = scene.marks.filter((m) => m.key.startsWith('ms-level-')) as Extract<Mark, { type: 'text' }>[];
    expect(levels.map((m) => m.text)).toEqual(['1,000', '2,000', '3,000', '4,000', '5,000', '6,000', '7,000']);
    for (let i = 1; i < levels.length; i++) expect(levels[i]!.y).toBeGreaterThan(levels[i - 1]!.y);
  });

  test('bar widths are proportional to the trading-day gaps in the data', () => {
    expect(gaps.map((m) => m.trading_days_since_previous_milestone_first_close)).toEqual([4168, 1227, 434, 719, 190, 355]);
    const bars = scene.marks.filter((m) => m.type === 'rect') as Extract<Mark, { type: 'rect' }>[];
    expect(bars.map((b) => b.key)).toEqual(gaps.map((m) => `ms-bar-${m.level}`));
    const perDay = bars[0]!.width / 4168;
    bars.forEach((b, i) => expect(b.width).toBeCloseTo(gaps[i]!.trading_days_since_previous_milestone_first_close! * perDay, 12));
    expect(Math.max(...bars.map((b) => b.width))).toBeLessThanOrEqual(1);
    expect(bars.every((b) => b.x === 0 && b.minWidth === 2)).toBe(true);
  });

  test('day counts and percentage steps', () => {
    expect(gaps.map((m) => textOf(scene, `ms-pct-${m.level}`))).toEqual(['+100%', '+50%', '+33.3%', '+25%', '+20%', '+16.7%']);
    expect(gaps.map((m) => textOf(scene, `ms-days-${m.level}`))).toEqual(['4,168', '1,227', '434', '719', '190', '355 (to 15 Apr 2026)']);
    expect(textOf(scene, 'ms-days-1000')).toBe('first close 2 Feb 1998');
  });

  test('only the milestone after the story day is drawn as later', () => {
    const later = scene.marks.filter((m) => m.type === 'rect' && m.className.includes('bar-later')).map((m) => m.key);
    expect(later).toEqual(['ms-bar-7000']);
  });
});

describe.each(sizes)('long-view (%s)', (_, size) => {
  const scene = chart.scene('long-view', size);
  // The chart's log y scale: 2 at the bottom (1) to 10,000 at the top (0).
  const y = (v: number) => 1 - Math.log(v / 2) / Math.log(5000);
  const line = mark(scene, 'line-monthly', 'path');

  test('starts at the first monthly value and ends at January 2026', () => {
    expect(line.points[0]![0]).toBe(0);
    expect(line.points[0]![1]).toBeCloseTo(y(4.44), 12);
    expect(line.points.at(-1)![0]).toBe(1);
    expect(line.points.at(-1)![1]).toBeCloseTo(y(6929.12), 12);
    expect(textOf(scene, 'label-start')).toBe('4.44 in 1871');
    expect(textOf(scene, 'label-end')).toBe('6,929.12');
    expect(textOf(scene, 'label-end-note')).toBe('January 2026 average');
    expect(mark(scene, 'rule-7000', 'rule').y1).toBeCloseTo(y(7000), 12);
  });

  test('every point of the line lies within the plot and on a data row', () => {
    const rows = chart.data('long-view').rows;
    const t0 = utc('1871-01-01');
    const t1 = utc('2026-01-01');
    const byX = new Map(rows.map((r) => [((utc(`${r['month']}-01`) - t0) / (t1 - t0)).toFixed(9), y(Number(r['average']))]));
    for (const [px, py] of line.points) {
      expect(px).toBeGreaterThanOrEqual(0);
      expect(px).toBeLessThanOrEqual(1);
      expect(py).toBeGreaterThanOrEqual(0);
      expect(py).toBeLessThanOrEqual(1);
      expect(py).toBeCloseTo(byX.get(px.toFixed(9))!, 9);
    }
    const pw = size.width - scene.margin.left - scene.margin.right;
    expect(line.points.length).toBeLessThanOrEqual(2 * Math.round(pw) + 2);
  });
});

describe.each(sizes)('from-6000 (%s)', (sizeName, size) => {
  const scene = chart.scene('from-6000', size);
  const y = (v: number) => (7500 - v) / 3000;
  const t0 = utc('2024-11-11');
  const t1 = utc('2026-01-28');
  const x = (iso: string) => (utc(iso) - t0) / (t1 - t0);

  test('starts at the first 6,000 close and ends on 28 January 2026', () => {
    expect(mark(scene, 'dot-start', 'dot')).toMatchObject({ x: 0 });
    expect(mark(scene, 'dot-start', 'dot').y).toBeCloseTo(y(6001.35), 12);
    expect(mark(scene, 'dot-end', 'dot')).toMatchObject({ x: 1 });
    expect(mark(scene, 'dot-end', 'dot').y).toBeCloseTo(y(6978.03), 12);
    if (sizeName === 'narrow') {
      // Two short lines on phones, so the label stays clear of the spring sell-off.
      expect(textOf(scene, 'label-start')).toBe('6,001.35');
      expect(textOf(scene, 'label-start-note')).toBe('11 Nov 2024');
    } else {
      expect(textOf(scene, 'label-start')).toBe('6,001.35 on 11 Nov 2024');
    }
    expect(textOf(scene, 'label-end')).toBe('6,978.03');
    expect(textOf(scene, 'label-end-note')).toBe('close, 28 Jan 2026');
  });

  test('labels the spring low', () => {
    expect(textOf(scene, 'label-low')).toBe('Low 4,982.77, 8 Apr 2025');
    const low = mark(scene, 'dot-low', 'dot');
    expect(low.x).toBeCloseTo(x('2025-04-08'), 12);
    expect(low.y).toBeCloseTo(y(4982.77), 12);
  });

  test('the line draws every row of the data table', () => {
    const rows = chart.data('from-6000').rows;
    const line = mark(scene, 'line-daily', 'path');
    expect(line.points).toHaveLength(rows.length);
    line.points.forEach(([px, py], i) => {
      expect(px).toBeCloseTo(x(String(rows[i]!['date'])), 12);
      expect(py).toBeCloseTo(y(Number(rows[i]!['close'])), 12);
    });
  });
});

describe('data(state): the rows each state draws', () => {
  test('from-6000', () => {
    const { rows, valueColumn } = chart.data('from-6000');
    expect(rows).toHaveLength(303);
    expect(rows[0]).toEqual({ date: '2024-11-11', close: 6001.35 });
    expect(rows.at(-1)).toEqual({ date: '2026-01-28', close: 6978.03 });
    expect(valueColumn).toBe('close');
  });

  test('long-view', () => {
    const { rows } = chart.data('long-view');
    expect(rows).toHaveLength(1861);
    expect(rows[0]).toEqual({ month: '1871-01', average: 4.44, basis: 'shiller' });
    expect(rows.at(-1)).toEqual({ month: '2026-01', average: 6929.12, basis: 'fred_monthly_mean' });
  });

  test('milestones', () => {
    const { rows } = chart.data('milestones');
    expect(rows).toHaveLength(7);
    expect(rows[0]).toEqual({ level: 1000, first_close: '1998-02-02', close: 1001.27, days: null, step: null });
    expect(rows.at(-1)).toEqual({ level: 7000, first_close: '2026-04-15', close: 7022.95, days: 355, step: '+16.7%' });
  });

  test('jan28', () => {
    expect(chart.data('jan28').rows).toEqual([
      { date: '2026-01-27', open: 6965.96, high: 6988.82, low: 6958.83, close: 6978.6 },
      { date: '2026-01-28', open: 7002, high: 7002.28, low: 6963.46, close: 6978.03 },
    ]);
  });
});

describe('every state in every size class', () => {
  const altFacts: Record<ClimbState, string[]> = {
    'long-view': ['4.44', 'January 1871', '6,929.12', 'January 2026', '7,000'],
    milestones: ['4,168', '+100%', '190', '+20%', '+16.7%'],
    'from-6000': ['6,001.35', '11 November 2024', '4,982.77', '8 April 2025', '6,978.03', '28 January 2026', '7,000'],
    jan28: ['7,002.00', '7,002.28', '6,963.46', '6,978.03', '6,978.60', '28 January 2026', '7,000'],
  };

  test.each(stateSizeCases(climb.states))('$state / $name: the alt text gives the figures', ({ state, size }) => {
    const scene = chart.scene(state, size);
    for (const fact of altFacts[state]) expect(scene.alt).toContain(fact);
  });

  test('exact alt text', () => {
    const alts = Object.fromEntries(climb.states.map((s) => [s, chart.scene(s, sizeClasses.wide).alt]));
    expect(alts).toEqual({
      'long-view': "Line chart on a log scale. The S&P 500's monthly average climbs from 4.44 in January 1871 to 6,929.12 in January 2026, just under the 7,000 line.",
      milestones: 'Bar chart of 7 milestones. From 1,000 to 2,000 took 4,168 trading days, a +100% rise; from 5,000 to 6,000 took 190, a +20% rise. Longer than the gap before them were 4,000 to 5,000 (719) and 6,000 to 7,000 (355, to 15 April 2026). The step from 6,000 to 7,000 is +16.7%.',
      'from-6000': 'Line chart of daily closes. From 6,001.35 on 11 November 2024 the index fell to a low of 4,982.77 on 8 April 2025, then climbed to 6,978.03 on 28 January 2026, just below the 7,000 line.',
      jan28: "Price-range chart of two sessions. On 28 January 2026 the S&P 500 opened at 7,002.00, above the 7,000 line; its high for the session was 7,002.28 and its low 6,963.46 (the daily data do not say which came first); it closed at 6,978.03, below the line and just under the previous day's record close of 6,978.60.",
    });
  });

  test('the 7,000 rule is a rule in every state that draws it, so it moves from state to state', () => {
    expect(markTypesByKey(chart, sizeClasses.wide).get('rule-7000')).toEqual(new Set(['rule']));
  });
});

describe('climbData', () => {
  test('cuts the windows the story needs', () => {
    const d = climbData();
    expect(d.monthly).toHaveLength(1861);
    expect(d.daily).toHaveLength(303);
    expect(d.sessions.map((s) => s.date.toISOString().slice(0, 10))).toEqual(['2026-01-27', '2026-01-28']);
    expect(d.milestones).toHaveLength(7);
  });

  test('a missing 6,000 milestone or story session fails with the file named', () => {
    const d = climbData();
    const sources = { monthly: d.monthly, daily: d.daily, ohlc: d.sessions, milestones: d.milestones };
    expect(() => climbData({ ...sources, milestones: d.milestones.filter((m) => m.level !== 6000) })).toThrow(
      'content/data/sp500_milestones.csv: no row for level 6000, which the climb chart starts from',
    );
    expect(() => climbData({ ...sources, ohlc: d.sessions.slice(1) })).toThrow(
      'content/data/sp500_daily_ohlc_yahoo.csv: no session for 2026-01-28 with one before it',
    );
    expect(() => climbData(sources, new Date('2026-01-29T00:00:00Z'))).toThrow(
      'content/data/sp500_daily_ohlc_yahoo.csv: no session for 2026-01-29 with one before it',
    );
  });
});
