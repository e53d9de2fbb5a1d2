// Covers src/charts/indices/indices.ts and indices-data.ts: rebased lines, the gap to the Dow and year to date, checked against the CSV rows read independently, in both size classes. The generic scene, layout and data invariants are in ../chart-invariants.test.ts.
import { describe, expect, test } from 'vitest';
import { indices } from '../../../../src/charts/indices/indices';
import { indicesData } from '../../../../src/story/indices';
type IndicesState = (typeof indices.states)[number];
import { layoutScene } from '../../../../src/charts/scene/layout';
import { sizeClasses } from '../../../../src/charts/scene/size-classes';
import { dowNasdaqDailyClose } from '../../../../src/data/dow-nasdaq-daily-close';
import { mark, readCsv, sizes, stateSizeCases, textOf, utc } from '../scene-helpers';

const chart = indices;

/** The CSV read on its own, without the app's loader: date and the three closes. */
const csv = readCsv('dow_nasdaq_daily_close.csv').map((r) => ({
  date: r['date']!,
  dow: Number(r['djia_close']),
  nasdaq: Number(r['nasdaq_composite_close']),
  sp500: Number(r['sp500_close']),
}));
type Id = 'nasdaq' | 'sp500' | 'dow';
const IDS: Id[] = ['nasdaq', 'sp500', 'dow'];
/** Rows from the first date on or after `from` to `to`, each close rebased to the first row's. */
function rebased(from: string, to: string) {
  const rows = csv.filter((r) => r.date >= from && r.date <= to);
  const base = rows[0]!;
  return rows.map((r) => ({ date: r.date, nasdaq: (100 * r.nasdaq) / base.nasdaq, sp500: (100 * r.sp500) / base.sp500, dow: (100 * r.dow) / base.dow }));
}
const year = rebased('2025-01-28', '2026-01-28');
const ytd = rebased('2025-12-31', '2026-01-28');

const pct = (v: number) => `+${(v - 100).toFixed(1)}%`;

describe('the windows, from the CSV', () => {
  test('twelve months: base 28 Jan 2025 (a trading day), 252 closes to 28 Jan 2026', () => {
    expect(year[0]!.date).toBe('2025-01-28');
    expect(year.at(-1)!.date).toBe('2026-01-28');
    expect(year).toHaveLength(252);
    expect(indicesData().year.base.toISOString().slice(0, 10)).toBe('2025-01-28');
  });

  test('the end values the story cites, computed here from the closes', () => {
    const end = year.at(-1)!;
    expect([end.nasdaq, end.sp500, end.dow].map((v) => v.toFixed(2))).toEqual(['120.90', '115.00', '109.29']);
    expect(IDS.map((id) => pct(end[id]))).toEqual(['+20.9%', '+15.0%', '+9.3%']);
    const y = ytd.at(-1)!;
    expect(IDS.map((id) => pct(y[id]))).toEqual(['+2.6%', '+1.9%', '+2.0%']);
  });
});

describe.each(sizes)('year (%s)', (sizeName, size) => {
  const scene = chart.scene('year', size);
  const y = (v: number) => (125 - v) / 50;
  const x = (iso: string) => (utc(iso) - utc('2025-01-28')) / (utc('2026-01-28') - utc('2025-01-28'));

  test.each(IDS)('the %s line starts at 100 and ends at its rebased close, through every row', (id) => {
    const line = mark(scene, `line-${id}`, 'path');
    expect(line.points).toHaveLength(year.length);
    expect(line.points[0]![0]).toBe(0);
    expect(line.points[0]![1]).toBeCloseTo(y(100), 12);
    expect(line.points.at(-1)![0]).toBe(1);
    expect(line.points.at(-1)![1]).toBeCloseTo(y(year.at(-1)![id]), 12);
    line.points.forEach(([px, py], i) => {
      expect(px).toBeCloseTo(x(year[i]!.date), 12);
      expect(py).toBeCloseTo(y(year[i]![id]), 12);
    });
    expect(mark(scene, `dot-end-${id}`, 'dot').y).toBeCloseTo(y(year.at(-1)![id]), 12);
  });

  test('the 100 line and direct end labels with the change', () => {
    expect(mark(scene, 'rule-base', 'rule').y1).toBeCloseTo(y(100), 12);
    const names = { nasdaq: 'Nasdaq', sp500: 'S&P 500', dow: 'Dow' };
    for (const id of IDS) {
      const change = pct(year.at(-1)![id]);
      if (sizeName === 'narrow') {
        expect(textOf(scene, `label-${id}`)).toBe(names[id]);
        expect(textOf(scene, `label-${id}-value`)).toBe(change);
      } else {
        expect(textOf(scene, `label-${id}`)).toBe(`${names[id]} ${change}`);
      }
    }
    expect(textOf(scene, 'axis-y-title')).toBe('Index, close on 28 Jan 2025 = 100');
    expect(scene.title).toBe('In the year to 28 Jan 2026 the Nasdaq gained 20.9%, the Dow 9.3%');
  });
});

describe.each(sizes)('dow-lags (%s)', (_, size) => {
  const scene = chart.scene('dow-lags', size);
  const y = (v: number) => (20 - v) / 30;
  const x = (iso: string) => (utc(iso) - utc('2025-01-28')) / (utc('2026-01-28') - utc('2025-01-28'));
  const leads = year.map((r) => ({ date: r.date, nasdaq: r.nasdaq - r.dow, sp500: r.sp500 - r.dow }));
  /** First day of the final run on which `test` holds, found here by scanning forward. */
  const runStart = (test: (r: (typeof leads)[number]) => boolean) => {
    let start = '';
    for (const r of leads) {
      if (!test(r)) start = '';
      else if (!start) start = r.date;
    }
    return start;
  };

  test('the Dow becomes the zero line and the others are their lead over it', () => {
    for (const [, py] of mark(scene, 'line-dow', 'path').points) expect(py).toBeCloseTo(y(0), 12);
    for (const id of ['nasdaq', 'sp500'] as const) {
      const line = mark(scene, `line-${id}`, 'path');
      expect(line.points).toHaveLength(leads.length);
      line.points.forEach(([px, py], i) => {
        expect(px).toBeCloseTo(x(leads[i]!.date), 12);
        expect(py).toBeCloseTo(y(leads[i]![id]), 12);
      });
    }
  });

  test('when the Dow fell behind is derived from the lines', () => {
    expect(runStart((r) => r.sp500 > 0)).toBe('2025-04-23');
    expect(runStart((r) => r.nasdaq > 0)).toBe('2025-05-12');
    const both = runStart((r) => r.sp500 > 0 && r.nasdaq > 0);
    expect(both).toBe('2025-05-12');
    const band = mark(scene, 'band-behind', 'rect');
    expect(band.x).toBeCloseTo(x(both), 12);
    expect(band.x + band.width).toBeCloseTo(1, 12);
    expect(scene.title).toBe('From 12 May 2025 to 28 Jan 2026 the Dow trailed both on every close');
    const d = indicesData();
    expect(d.aheadFrom.sp500.toISOString().slice(0, 10)).toBe('2025-04-23');
    expect(d.behindBothFrom.toISOString().slice(0, 10)).toBe(both);
  });

  test('the widest Nasdaq lead and the leads on the day', () => {
    const widest = leads.reduce((a, b) => (b.nasdaq > a.nasdaq ? b : a));
    expect([widest.date, widest.nasdaq.toFixed(1)]).toEqual(['2025-11-03', '15.2']);
    const dot = mark(scene, 'dot-widest', 'dot');
    expect(dot.x).toBeCloseTo(x(widest.date), 12);
    expect(dot.y).toBeCloseTo(y(widest.nasdaq), 12);
    expect(textOf(scene, 'label-widest')).toMatch(/^Widest \+15\.2 pts, 3 Nov/);
    const last = leads.at(-1)!;
    expect([last.nasdaq.toFixed(1), last.sp500.toFixed(1)]).toEqual(['11.6', '5.7']);
    expect(mark(scene, 'dot-end-nasdaq', 'dot').y).toBeCloseTo(y(last.nasdaq), 12);
    expect(mark(scene, 'dot-end-sp500', 'dot').y).toBeCloseTo(y(last.sp500), 12);
    expect(mark(scene, 'dot-end-dow', 'dot').y).toBeCloseTo(y(0), 12);
  });
});

describe.each(sizes)('ytd (%s)', (sizeName, size) => {
  const scene = chart.scene('ytd', size);
  const y = (v: number) => (104 - v) / 6;
  const x = (iso: string) => (utc(iso) - utc('2025-12-31')) / (utc('2026-01-28') - utc('2025-12-31'));

  test.each(IDS)('the %s line starts at 100 on 31 Dec 2025 and ends at its year-to-date value', (id) => {
    const line = mark(scene, `line-ytd-${id}`, 'path');
    expect(ytd[0]!.date).toBe('2025-12-31');
    expect(line.points).toHaveLength(ytd.length);
    expect(line.points[0]![0]).toBe(0);
    expect(line.points[0]![1]).toBeCloseTo(y(100), 12);
    line.points.forEach(([px, py], i) => {
      expect(px).toBeCloseTo(x(ytd[i]!.date), 12);
      expect(py).toBeCloseTo(y(ytd[i]![id]), 12);
    });
    const change = pct(ytd.at(-1)![id]);
    expect(sizeName === 'narrow' ? textOf(scene, `label-${id}-value`) : textOf(scene, `label-${id}`)).toContain(change);
  });

  test('the three end within 0.7 points', () => {
    const end = IDS.map((id) => ytd.at(-1)![id]);
    expect((Math.max(...end) - Math.min(...end)).toFixed(1)).toBe('0.7');
    expect(scene.title).toBe('Year to date on 28 Jan 2026, the three were within 0.7 points of each other');
  });

  test('the Dow led on 16 of 18 January days, the Nasdaq on the last 2', () => {
    const days = ytd.slice(1);
    const top = days.map((r) => IDS.reduce((a, b) => (r[b] > r[a] ? b : a)));
    expect(days).toHaveLength(18);
    expect(top.filter((t) => t === 'dow')).toHaveLength(16);
    expect(top.slice(-2)).toEqual(['nasdaq', 'nasdaq']);
    expect(indicesData().ytdLeaderDays).toEqual({ nasdaq: 2, sp500: 0, dow: 16 });
  });
});

describe('end labels never overlap, down to the smallest layouts', () => {
  const layouts = { narrow: [sizeClasses.narrow, { width: 358, height: 300 }], wide: [sizeClasses.wide, { width: 860, height: 700 }] } as const;
  const cases = indices.states.flatMap((state) => sizes.flatMap(([name, ref]) => layouts[name].map((at) => ({ state, name, ref, at }))));
  test.each(cases)('$state / $name at $at.width x $at.height', ({ state, ref, at }) => {
    const drawn = layoutScene(chart.scene(state, ref), at).filter((m) => /^label-(nasdaq|sp500|dow)$/.test(m.key));
    const ys = drawn.map((m) => Number(m.attrs['y'])).sort((a, b) => a - b);
    expect(ys).toHaveLength(3);
    const lines = ref.width < 560 ? 2 : 1;
    for (let i = 1; i < ys.length; i++) expect(ys[i]! - ys[i - 1]!).toBeGreaterThanOrEqual(lines * 15);
  });
});

describe('data(state): the rows each state draws', () => {
  test('year: 252 rows, closes as in the data, rebased to 100 on the first', () => {
    const { rows, columns } = chart.data('year');
    expect(rows).toHaveLength(252);
    expect(rows[0]).toEqual({ date: '2025-01-28', nasdaq_close: 19733.59, sp500_close: 6067.7, dow_close: 44850.35, nasdaq_rebased: 100, sp500_rebased: 100, dow_rebased: 100 });
    expect(rows.at(-1)).toEqual({ date: '2026-01-28', nasdaq_close: 23857.45, sp500_close: 6978.03, dow_close: 49015.6, nasdaq_rebased: 120.9, sp500_rebased: 115, dow_rebased: 109.29 });
    expect(columns.map((c) => c.key)).toEqual(['date', 'nasdaq_close', 'sp500_close', 'dow_close', 'nasdaq_rebased', 'sp500_rebased', 'dow_rebased']);
  });

  test('dow-lags: one row per day of the year window', () => {
    const { rows } = chart.data('dow-lags');
    expect(rows).toHaveLength(252);
    expect(rows[0]).toEqual({ date: '2025-01-28', nasdaq_lead: 0, sp500_lead: 0 });
    expect(rows.at(-1)).toEqual({ date: '2026-01-28', nasdaq_lead: 11.61, sp500_lead: 5.72 });
  });

  test('ytd: 19 rows from 31 Dec 2025', () => {
    const { rows } = chart.data('ytd');
    expect(rows).toHaveLength(19);
    expect(rows[0]).toMatchObject({ date: '2025-12-31', nasdaq_rebased: 100, sp500_rebased: 100, dow_rebased: 100 });
    expect(rows.at(-1)).toMatchObject({ date: '2026-01-28', nasdaq_rebased: 102.65, sp500_rebased: 101.94, dow_rebased: 101.98 });
  });
});

describe('every state in every size class', () => {
  const altFacts: Record<IndicesState, string[]> = {
    year: ['28 January 2025', '28 January 2026', '120.90', '+20.9%', '115.00', '+15.0%', '109.29', '+9.3%'],
    'dow-lags': ['23 April 2025', '12 May 2025', '15.2', '3 November 2025', '11.6', '5.7'],
    ytd: ['31 December 2025', '102.65', '+2.6%', '101.98', '+2.0%', '101.94', '+1.9%'],
  };

  test.each(stateSizeCases(indices.states))('$state / $name: the alt text gives the figures', ({ state, size }) => {
    const scene = chart.scene(state, size);
    for (const fact of altFacts[state]) expect(scene.alt).toContain(fact);
  });

  test('the source line credits S&P Dow Jones Indices and Nasdaq', () => {
    expect(chart.source).toContain('S&P Dow Jones Indices');
    expect(chart.source).toContain('Nasdaq');
  });
});

describe('indicesData', () => {
  test('a missing story day or year-end row fails with the file named', () => {
    expect(() => indicesData(dowNasdaqDailyClose.filter((r) => r.date.toISOString() !== '2026-01-28T00:00:00.000Z'))).toThrow(
      'content/data/dow_nasdaq_daily_close.csv: no row for the story\'s day, 2026-01-28',
    );
    expect(() => indicesData(dowNasdaqDailyClose.filter((r) => r.date.toISOString() !== '2025-12-31T00:00:00.000Z'))).toThrow(
      'content/data/dow_nasdaq_daily_close.csv: no row for 2025-12-31, the year-to-date base',
    );
    expect(() => indicesData(dowNasdaqDailyClose.filter((r) => r.date.getTime() >= utc('2025-03-01')))).toThrow(
      'content/data/dow_nasdaq_daily_close.csv: no rows covering 2025-01-28, the twelve-month base',
    );
  });
});
