// Covers src/charts/gold/gold.ts and gold-data.ts: futures closes and the 5,200 line, the reported records by source, and the long view, checked against the CSV rows read independently, in both size classes. The generic scene, layout and data invariants are in ../chart-invariants.test.ts.
import { describe, expect, test } from 'vitest';
import { gold } from '../../../../src/charts/gold/gold';
import { goldData, reporterOf } from '../../../../src/story/gold';
type GoldState = (typeof gold.states)[number];
import type { Mark } from '../../../../src/charts/scene/scene';
import { goldDailyComex } from '../../../../src/data/gold-daily-comex';
import { goldMonthly } from '../../../../src/data/gold-monthly';
import { goldReportedRecords } from '../../../../src/data/gold-reported-records';
import { mark, readCsv, sizes, stateSizeCases, textOf, texts, utc } from '../scene-helpers';

const chart = gold;

/** The CSVs read on their own, without the app's loaders. */
const daily = readCsv('gold_usd_oz_daily_comex_gcf_yahoo.csv')
  .filter((r) => r['date']! >= '2025-01-01')
  .map((r) => ({ date: r['date']!, close: Number(r['close']), high: Number(r['high']), flag: r['quality_flag'] ?? '' }));
const records = readCsv('gold_jan2026_reported_records.csv');
const monthly = readCsv('gold_usd_oz_monthly.csv').map((r) => ({ date: r['date']!, avg: Number(r['gold_usd_oz_monthly_avg']) }));

describe.each(sizes)('daily (%s)', (sizeName, size) => {
  const scene = chart.scene('daily', size);
  const y = (v: number) => (5800 - v) / 3800;
  const t0 = utc(daily[0]!.date);
  const t1 = utc(daily.at(-1)!.date);
  const x = (iso: string) => (utc(iso) - t0) / (t1 - t0);

  test('COMEX closes from the first session of 2025 to 20 Feb 2026, every row', () => {
    expect([daily[0]!.date, daily.at(-1)!.date, daily.length]).toEqual(['2025-01-02', '2026-02-20', 287]);
    const line = mark(scene, 'line-daily', 'path');
    expect(line.points).toHaveLength(daily.length);
    line.points.forEach(([px, py], i) => {
      expect(px).toBeCloseTo(x(daily[i]!.date), 12);
      expect(py).toBeCloseTo(y(daily[i]!.close), 12);
    });
  });

  test('the 5,200 rule sits at 5,200', () => {
    const rule = mark(scene, 'rule-level', 'rule');
    expect(rule.y1).toBeCloseTo(y(5200), 12);
    expect(rule.y2).toBe(rule.y1);
    expect([rule.x1, rule.x2]).toEqual([0, 1]);
    expect(textOf(scene, 'rule-level-label')).toBe('5,200');
  });

  test('every flat one-price bar is ringed, and the late-January pair is labelled as indicative', () => {
    const flagged = daily.filter((r) => r.flag === 'flat_ohlc');
    expect(flagged.map((r) => r.date)).toContain('2026-01-27');
    expect(flagged.map((r) => r.date)).toContain('2026-01-28');
    const rings = scene.marks.filter((m) => m.key.startsWith('flat-2')) as Extract<Mark, { type: 'dot' }>[];
    expect(rings.map((m) => m.key)).toEqual(flagged.map((r) => `flat-${r.date}`));
    rings.forEach((m, i) => {
      expect(m.x).toBeCloseTo(x(flagged[i]!.date), 12);
      expect(m.y).toBeCloseTo(y(flagged[i]!.close), 12);
    });
    const note = texts(scene, 'flat-note-').join(' ');
    expect(note).toContain(sizeName === 'narrow' ? '27 Jan–28 Jan' : '27 Jan and 28 Jan');
    expect(note).toContain('indicative');
    expect(scene.subtitle).toContain('not the spot price');
    expect(scene.subtitle).toContain('futures');
  });

  test('only two closes above 5,200, the highest on 29 Jan 2026', () => {
    expect(daily.filter((r) => r.close > 5200).map((r) => [r.date, r.close])).toEqual([['2026-01-28', 5301.6], ['2026-01-29', 5318.4]]);
    expect(scene.title).toBe('To 20 Feb 2026, gold futures closed above USD 5,200 on only two days');
    expect(textOf(scene, 'label-high')).toMatch(/^Highest close 5,318\.4, 29 Jan/);
    expect(textOf(scene, 'label-end')).toBe('5,059.3');
  });
});

describe.each(sizes)('records (%s)', (sizeName, size) => {
  const scene = chart.scene('records', size);
  const x = (v: number) => (v - 4900) / 800;
  /** The spot record of 29 Jan as each named source gave it, read here from the CSV. */
  const spot = records.filter((r) => r['date'] === '2026-01-29' && r['instrument'] === 'spot gold' && /record|all-time high/.test(r['what']!));
  const values = spot.map((r) => Number(r['value_usd_oz'])).sort((a, b) => a - b);

  test('the record marks span the range of the named sources', () => {
    expect(values).toEqual([5588.71, 5591.61, 5594.82, 5608.35]);
    const range = mark(scene, 'rec-29-spot-range', 'rule');
    expect(range.x1).toBeCloseTo(x(values[0]!), 12);
    expect(range.x2).toBeCloseTo(x(values.at(-1)!), 12);
    values.forEach((v, i) => expect(mark(scene, `rec-29-spot-dot-${i}`, 'dot').x).toBeCloseTo(x(v), 12));
    expect(texts(scene, 'rec-29-spot-label-')).toEqual(['5,588.71 Bloomberg', '5,591.61 Reuters', '5,594.82 Reuters', '5,608.35 aggregator, low confidence']);
    expect(scene.title).toBe("Spot gold's record on 29 Jan 2026: USD 5,588.71 to 5,608.35, by source");
  });

  test('the futures contract high is a separate, labelled instrument', () => {
    expect(mark(scene, 'rec-29-futures-dot', 'dot').x).toBeCloseTo(x(5626.8), 12);
    expect(textOf(scene, 'rec-29-futures-label')).toBe('5,626.80 all-time high (Reuters)');
    expect(textOf(scene, 'rec-29-futures-head')).toContain('futures, Feb-2026 contract');
    if (sizeName === 'wide') expect(textOf(scene, 'rec-29-futures-head')).toContain('a different instrument');
    expect(scene.subtitle).toContain('spot and futures are different instruments');
  });

  test('5,000 on 26 Jan is a level only; the 28 Jan futures highs carry their times', () => {
    expect(mark(scene, 'rec-26-mark', 'dot').x).toBeCloseTo(x(5000), 12);
    expect(texts(scene, 'rec-26-label-').join(' ')).toContain('no price given');
    expect(texts(scene, 'rec-28-label-')).toEqual(['5,306 at 08:32 UTC', '5,405.38 at 21:53 UTC']);
    expect(mark(scene, 'rec-28-dot-1', 'dot').x).toBeCloseTo(x(5405.38), 12);
  });

  test('the 5,200 rule sits at 5,200', () => {
    const rule = mark(scene, 'rule-level-x', 'rule');
    expect(rule.x1).toBeCloseTo(x(5200), 12);
    expect(rule.x2).toBe(rule.x1);
  });
});

describe.each(sizes)('long-view (%s)', (_, size) => {
  const scene = chart.scene('long-view', size);
  const y = (v: number) => 1 - Math.log(v / 20) / Math.log(400);
  const t0 = utc(monthly[0]!.date);
  const t1 = utc(monthly.at(-1)!.date);
  const x = (iso: string) => (utc(iso) - t0) / (t1 - t0);

  test('every month since January 1960 on a log scale', () => {
    const line = mark(scene, 'line-monthly', 'path');
    const byX = new Map(monthly.map((r) => [x(r.date).toFixed(9), y(r.avg)]));
    expect(line.points[0]).toEqual([0, y(35)]);
    expect(line.points.at(-1)![0]).toBe(1);
    for (const [px, py] of line.points) expect(py).toBeCloseTo(byX.get(px.toFixed(9))!, 9);
    expect(textOf(scene, 'label-start')).toBe('35 in Jan 1960');
  });

  test('January 2026, the peak month and the latest are labelled; the 5,200 line and the June 2025 break are drawn', () => {
    expect(textOf(scene, 'label-story')).toBe('Jan 2026: 4,753');
    expect(textOf(scene, 'label-peak')).toBe('Feb 2026: 5,020, the highest');
    expect(textOf(scene, 'label-last')).toBe('Jun 2026: 4,228, the latest');
    expect(mark(scene, 'dot-peak', 'dot').y).toBeCloseTo(y(5020), 12);
    expect(mark(scene, 'rule-level', 'rule').y1).toBeCloseTo(y(5200), 12);
    const rule = mark(scene, 'rule-break', 'rule');
    expect(rule.x1).toBeCloseTo(x('2025-06-01'), 12);
    expect(texts(scene, 'break-note-').join(' ')).toMatch(/June 2025.*spot average.*LBMA afternoon price/);
    expect(scene.title).toBe('In January 2026 gold averaged 136 times its January 1960 price');
  });
});

describe('data(state): the rows each state draws', () => {
  test('daily: 287 sessions with their flags', () => {
    const { rows } = chart.data('daily');
    expect(rows).toHaveLength(287);
    expect(rows.find((r) => r['date'] === '2026-01-28')).toEqual({ date: '2026-01-28', close: 5301.6, quality_flag: 'flat_ohlc' });
    expect(rows.at(-1)).toEqual({ date: '2026-02-20', close: 5059.3, quality_flag: null });
  });

  test('records: the eight reports drawn, each with its reporter and link', () => {
    const { rows } = chart.data('records');
    expect(rows.map((r) => [r['date'], r['value_usd_oz'], r['reporter']])).toEqual([
      ['2026-01-26', null, 'Reuters'],
      ['2026-01-28', 5306, 'TASS'],
      ['2026-01-28', 5405.38, 'TASS'],
      ['2026-01-29', 5591.61, 'Reuters'],
      ['2026-01-29', 5588.71, 'Bloomberg'],
      ['2026-01-29', 5594.82, 'Reuters'],
      ['2026-01-29', 5626.8, 'Reuters'],
      ['2026-01-29', 5608.35, 'aggregator'],
    ]);
    for (const r of rows) expect(String(r['source'])).toMatch(/^https:\/\//);
  });

  test('long-view: every month, with its basis', () => {
    const { rows } = chart.data('long-view');
    expect(rows).toHaveLength(monthly.length);
    expect(rows.find((r) => r['month'] === '2025-05')!['basis']).toBe('LBMA afternoon price, monthly average');
    expect(rows.find((r) => r['month'] === '2025-06')!['basis']).toBe('spot, monthly average');
  });
});

describe('every state in every size class', () => {
  const altFacts: Record<GoldState, string[]> = {
    daily: ['2,658.9', '2 January 2025', '5,059.3', '20 February 2026', '5,200', '28 January 2026', '5,301.6', '29 January 2026', '5,318.4', '27 January 2026', 'indicative'],
    records: ['26 January 2026', '5,306', '5,405.38', '5,588.71 (Bloomberg)', '5,591.61 (Reuters)', '5,594.82 (Reuters)', '5,608.35', 'TradingEconomics', '5,626.80', 'different instrument'],
    'long-view': ['35', 'January 1960', '4,753', 'January 2026', '5,020', 'February 2026', '4,228', 'June 2026', 'June 2025', 'LBMA'],
  };

  test.each(stateSizeCases(gold.states))('$state / $name: the alt text gives the figures', ({ state, size }) => {
    const scene = chart.scene(state, size);
    for (const fact of altFacts[state]) expect(scene.alt).toContain(fact);
  });

  test('the source line names every owner', () => {
    for (const name of ['Yahoo', 'CME', 'Reuters', 'Bloomberg', 'TASS', 'TradingEconomics', 'World Bank']) expect(chart.source).toContain(name);
  });
});

describe('goldData', () => {
  const sources = { daily: goldDailyComex, records: goldReportedRecords, monthly: goldMonthly };

  test('reporters come from the notes; an unknown one fails naming the row', () => {
    expect(goldReportedRecords.map(reporterOf)).toEqual(['Reuters', 'TASS', 'TASS', 'Reuters', 'Reuters', 'Bloomberg', 'Reuters', 'Reuters', 'Reuters', 'aggregator']);
    expect(() => reporterOf({ ...goldReportedRecords[0]!, note: 'someone' })).toThrow(
      'content/data/gold_jan2026_reported_records.csv: no known reporter in the note of the 2026-01-26 spot gold row: "someone"',
    );
  });

  test('missing rows fail with the file named', () => {
    expect(() => goldData({ ...sources, records: goldReportedRecords.filter((r) => r.value_usd_oz !== null) })).toThrow(
      "content/data/gold_jan2026_reported_records.csv: no row for spot gold's first time above USD 5,000",
    );
    expect(() => goldData({ ...sources, records: goldReportedRecords.filter((r) => r.instrument !== 'spot gold' || r.date.getUTCDate() !== 29) })).toThrow(
      'content/data/gold_jan2026_reported_records.csv: no row with a value for the spot record on 2026-01-29',
    );
    expect(() => goldData({ ...sources, daily: goldDailyComex.filter((r) => r.date.getTime() !== utc('2026-01-28')) })).toThrow(
      "content/data/gold_usd_oz_daily_comex_gcf_yahoo.csv: no session for the story's day, 2026-01-28",
    );
    expect(() => goldData({ ...sources, monthly: goldMonthly.filter((r) => r.date.getTime() !== utc('2026-01-01')) })).toThrow(
      "content/data/gold_usd_oz_monthly.csv: no row for 2026-01-01, the story's month",
    );
  });
});
