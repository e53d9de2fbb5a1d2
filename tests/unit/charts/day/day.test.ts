// Covers src/charts/day/day.ts and day-data.ts: what each state draws, checked against the data rows, in both size classes. The generic scene, layout and data invariants are in ../chart-invariants.test.ts.
import { describe, expect, test } from 'vitest';
import { day } from '../../../../src/charts/day/day';
import { dayData, REPORTING } from '../../../../src/story/day';
type DayState = (typeof day.states)[number];
import type { Scene } from '../../../../src/charts/scene/scene';
import { sizeClasses } from '../../../../src/charts/scene/size-classes';
import { fedFundsTargetRange } from '../../../../src/data/fed-funds-target-range';
import { scaleReferencePoints } from '../../../../src/data/scale-reference-points';
import { sp500DailyOhlc } from '../../../../src/data/sp500-daily-ohlc';
import { mark, rects, sizes, stateSizeCases, textOf, texts } from '../scene-helpers';

const chart = day;
const TOP_TEN = ['Nvidia', 'Alphabet', 'Apple', 'Microsoft', 'Amazon', 'Taiwan Semiconductor Manufacturing', 'Broadcom', 'Saudi Aramco', 'Meta Platforms', 'Tesla'];
const TOP_TEN_BN = [4600, 4000, 3800, 3400, 2600, 1800, 1600, 1600, 1600, 1500];
const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-');

describe.each(sizes)('day (%s)', (sizeName, size) => {
  const scene = chart.scene('day', size);
  // The chart's y scale: 6,960 to 7,005 over the session block (narrow 0.44..0.18, wide 0.60..0.17).
  const [bottom, top] = sizeName === 'narrow' ? [0.44, 0.18] : [0.6, 0.17];
  const y = (v: number) => bottom + ((v - 6960) / 45) * (top - bottom);
  const rule = mark(scene, 'rule-7000', 'rule');
  const range = mark(scene, 'ohlc-range', 'rule');
  const open = mark(scene, 'ohlc-open', 'rule');
  const close = mark(scene, 'ohlc-close', 'rule');

  test('open and high above the 7,000 rule, close and low below it, each at its data value', () => {
    expect(rule.y1).toBeCloseTo(y(7000), 12);
    expect(range.y1).toBeCloseTo(y(7002.28), 12);
    expect(range.y2).toBeCloseTo(y(6963.46), 12);
    expect(open.y1).toBeCloseTo(y(7002.0), 12);
    expect(close.y1).toBeCloseTo(y(6978.03), 12);
    expect(range.y1).toBeLessThan(rule.y1);
    expect(open.y1).toBeLessThan(rule.y1);
    expect(close.y1).toBeGreaterThan(rule.y1);
    expect(range.y2).toBeGreaterThan(rule.y1);
  });

  test('high and low are one vertical range, so the chart implies no order between them', () => {
    expect(range.x1).toBe(range.x2);
    expect(mark(scene, 'ohlc-high-label', 'text').x).toBe(range.x1);
    expect(mark(scene, 'ohlc-low-label', 'text').x).toBe(range.x1);
    expect(open.dx1).toBeLessThan(0);
    expect(close.dx2).toBeGreaterThan(0);
  });

  test('labels: the session, the Fed and the companies reporting after the close', () => {
    expect(textOf(scene, 'ohlc-open-label')).toBe('Open 7,002.00');
    expect(textOf(scene, 'ohlc-high-label')).toBe('High 7,002.28');
    expect(textOf(scene, 'ohlc-low-label')).toBe('Low 6,963.46');
    expect(textOf(scene, 'ohlc-close-label')).toBe('Close 6,978.03');
    expect(textOf(scene, 'day-head-session')).toBe('During the session, Wed 28 Jan');
    expect(textOf(scene, 'day-head-after')).toBe('After the close');
    expect(textOf(scene, 'day-fed-label')).toBe('held its target range at 3.50%–3.75%');
    const names = REPORTING.map((n) => mark(scene, `name-${slug(n)}`, 'text'));
    expect(names.map((m) => m.text)).toEqual(['Microsoft', 'Meta Platforms', 'Tesla']);
    for (let i = 1; i < names.length; i++) expect(names[i]!.x).toBeGreaterThan(names[i - 1]!.x);
  });

  test('sections run top to bottom: session, after the close, the Fed', () => {
    const after = mark(scene, 'day-sep-after', 'rule').y1;
    const fed = mark(scene, 'day-sep-fed', 'rule').y1;
    expect(range.y2).toBeLessThan(after);
    expect(after).toBeLessThan(fed);
    expect(mark(scene, 'name-microsoft', 'text').y).toBe(after);
  });
});

describe.each(sizes)('top-ten and reporting (%s)', (sizeName, size) => {
  const ten = chart.scene('top-ten', size);
  const rep = chart.scene('reporting', size);
  const bars = (scene: Scene) => rects(scene, 'bar-');

  test('ten bars in the source order, widths in proportion to the values on a 0-7 tn scale', () => {
    for (const scene of [ten, rep]) {
      expect(bars(scene).map((b) => b.key)).toEqual(TOP_TEN.map((n) => `bar-${slug(n)}`));
      bars(scene).forEach((b, i) => {
        expect(b.width).toBeCloseTo(TOP_TEN_BN[i]! / 1000 / 7, 12);
        expect(b.x).toBe(0);
      });
      for (let i = 1; i < 10; i++) expect(bars(scene)[i]!.y).toBeGreaterThan(bars(scene)[i - 1]!.y);
    }
  });

  test('value labels, with one decimal as the source rounds them', () => {
    expect(TOP_TEN.map((n) => textOf(ten, `value-${slug(n)}`))).toEqual(['USD 4.6 tn', 'USD 4.0 tn', 'USD 3.8 tn', 'USD 3.4 tn', 'USD 2.6 tn', 'USD 1.8 tn', 'USD 1.6 tn', 'USD 1.6 tn', 'USD 1.6 tn', 'USD 1.5 tn']);
    expect(textOf(ten, 'name-taiwan-semiconductor-manufacturing')).toBe(sizeName === 'narrow' ? 'TSMC' : 'Taiwan Semiconductor');
    expect(textOf(ten, 'caps-note')).toBe('Rounded to USD 0.1 tn by the source');
  });

  test('bars keep their place from top-ten to reporting (they change colour, not position)', () => {
    const before = new Map(bars(ten).map((b) => [b.key, b]));
    for (const b of bars(rep)) expect({ ...b, className: '' }).toEqual({ ...before.get(b.key)!, className: '' });
  });

  test('top-ten highlights nothing; reporting highlights exactly Microsoft, Meta Platforms and Tesla', () => {
    expect(ten.marks.filter((m) => m.className.includes('day-bar-hi') || m.className.includes('day-hi-text'))).toEqual([]);
    const hi = bars(rep).filter((b) => b.className.includes('day-bar-hi')).map((b) => b.key);
    expect(hi).toEqual(['bar-microsoft', 'bar-meta-platforms', 'bar-tesla']);
    expect(bars(rep).filter((b) => b.className.includes('day-bar-other'))).toHaveLength(7);
  });

  test('the combined bar stacks the three rows and is labelled with their computed sum', () => {
    const segments = REPORTING.map((n) => mark(rep, `combined-${slug(n)}`, 'rect'));
    const widths = [3400, 1600, 1500].map((bn) => bn / 1000 / 7);
    let start = 0;
    segments.forEach((s, i) => {
      expect(s.x).toBeCloseTo(start, 12);
      expect(s.width).toBeCloseTo(widths[i]!, 12);
      start += widths[i]!;
    });
    expect(start).toBeCloseTo(6.5 / 7, 12);
    expect(start).toBeLessThanOrEqual(1);
    expect(textOf(rep, 'combined-value')).toBe('USD 6.5 tn');
    expect(REPORTING.map((n) => textOf(rep, `combined-label-${slug(n)}`))).toEqual(['Microsoft', 'Meta', 'Tesla']);
    expect(segments.every((s) => s.y > bars(rep).at(-1)!.y)).toBe(true);
  });
});

describe('data(state): the rows each state draws', () => {
  test('day', () => {
    const { rows } = chart.data('day');
    expect(rows).toEqual([
      { date: '2026-01-28', part: 'Session', item: 'S&P 500 open', value: 7002, unit: 'index points', source: 'sp500_daily_ohlc_yahoo.csv' },
      { date: '2026-01-28', part: 'Session', item: 'S&P 500 high', value: 7002.28, unit: 'index points', source: 'sp500_daily_ohlc_yahoo.csv' },
      { date: '2026-01-28', part: 'Session', item: 'S&P 500 low', value: 6963.46, unit: 'index points', source: 'sp500_daily_ohlc_yahoo.csv' },
      { date: '2026-01-28', part: 'Session', item: 'S&P 500 close', value: 6978.03, unit: 'index points', source: 'sp500_daily_ohlc_yahoo.csv' },
      { date: '2026-01-28', part: 'After the close', item: 'Microsoft reported quarterly results', value: null, unit: null, source: 'Saxo Bank, 29 Jan 2026: https://www.home.saxo/en-sg/content/articles/equities/mag3earnings-29012026' },
      { date: '2026-01-28', part: 'After the close', item: 'Meta Platforms reported quarterly results', value: null, unit: null, source: 'Saxo Bank, 29 Jan 2026: https://www.home.saxo/en-sg/content/articles/equities/mag3earnings-29012026' },
      { date: '2026-01-28', part: 'After the close', item: 'Tesla reported quarterly results', value: null, unit: null, source: 'Saxo Bank, 29 Jan 2026: https://www.home.saxo/en-sg/content/articles/equities/mag3earnings-29012026' },
      { date: '2026-01-28', part: 'Same day', item: 'Fed target range, lower bound (hold)', value: 3.5, unit: 'percent', source: 'fed_funds_target_range.csv' },
      { date: '2026-01-28', part: 'Same day', item: 'Fed target range, upper bound (hold)', value: 3.75, unit: 'percent', source: 'fed_funds_target_range.csv' },
    ]);
  });

  test('top-ten: the ten rows of 15 January 2026, in USD tn', () => {
    const { rows } = chart.data('top-ten');
    expect(rows.map((r) => [r['company'], r['market_value_usd_tn'], r['as_of']])).toEqual(TOP_TEN.map((n, i) => [n, TOP_TEN_BN[i]! / 1000, '2026-01-15']));
    expect(rows.every((r) => String(r['source']).startsWith('https://marketwise.com/'))).toBe(true);
  });

  test('reporting: the ten rows marked, plus the computed sum', () => {
    const { rows } = chart.data('reporting');
    expect(rows).toHaveLength(11);
    expect(rows.filter((r) => r['reported_after_close'] === 'yes').map((r) => r['company'])).toEqual(['Microsoft', 'Meta Platforms', 'Tesla', 'Microsoft, Meta Platforms and Tesla, added up']);
    expect(rows.at(-1)).toEqual({
      company: 'Microsoft, Meta Platforms and Tesla, added up',
      market_value_usd_tn: 6.5,
      as_of: '2026-01-15',
      reported_after_close: 'yes',
      source: 'computed: sum of the three rows above (rounded values)',
    });
  });
});

describe('every state in every size class', () => {
  const altFacts: Record<DayState, string[]> = {
    day: ['7,002.00', '7,002.28', '6,963.46', '6,978.03', '3.50%–3.75%', 'Microsoft, Meta Platforms and Tesla', '28 January 2026', 'which came first'],
    'top-ten': ['15 January 2026', 'Nvidia USD 4.6 tn', 'Tesla USD 1.5 tn', 'rounded'],
    reporting: ['Microsoft USD 3.4 tn', 'Meta Platforms USD 1.6 tn', 'Tesla USD 1.5 tn', 'USD 6.5 tn', 'Nvidia', 'USD 4.6 tn'],
  };
  const cases = stateSizeCases(day.states);

  test.each(cases)('$state / $name: the alt text gives the figures', ({ state, size }) => {
    const scene = chart.scene(state, size);
    for (const fact of altFacts[state]) expect(scene.alt).toContain(fact);
  });

  test.each(cases)('$state / $name: no clock times anywhere (no data file gives one)', ({ state, size }) => {
    const scene = chart.scene(state, size);
    for (const t of [scene.title, scene.subtitle, scene.alt, ...texts(scene)]) {
      expect(t).not.toMatch(/\d{1,2}:\d{2}|\b[ap]\.?m\.?\b|\bET\b|o’clock/i);
    }
  });

  test('exact alt text', () => {
    const alts = Object.fromEntries(day.states.map((s) => [s, chart.scene(s, sizeClasses.wide).alt]));
    expect(alts).toEqual({
      day: 'Summary of 28 January 2026. The S&P 500 opened at 7,002.00, above 7,000; during the session its high was 7,002.28 and its low 6,963.46 (the data do not say which came first); it closed at 6,978.03, below 7,000. The same day the Federal Reserve held its target range at 3.50%–3.75%. After the close, Microsoft, Meta Platforms and Tesla reported quarterly results.',
      'top-ten':
        'Bar chart of the ten largest listed companies by market value as of 15 January 2026, rounded to USD 0.1 tn by the source: Nvidia USD 4.6 tn, Alphabet USD 4.0 tn, Apple USD 3.8 tn, Microsoft USD 3.4 tn, Amazon USD 2.6 tn, Taiwan Semiconductor Manufacturing USD 1.8 tn, Broadcom USD 1.6 tn, Saudi Aramco USD 1.6 tn, Meta Platforms USD 1.6 tn, Tesla USD 1.5 tn.',
      reporting:
        'Bar chart of the ten largest listed companies as of 15 January 2026, with Microsoft, Meta Platforms and Tesla highlighted: Microsoft USD 3.4 tn, Meta Platforms USD 1.6 tn, Tesla USD 1.5 tn. Added up from the rounded values, the three come to USD 6.5 tn, more than Nvidia, the largest, at USD 4.6 tn.',
    });
  });

  test('the reporting names glide from the day state to their bars: the only keys the two states share', () => {
    const dayKeys = new Set(chart.scene('day', sizeClasses.wide).marks.map((m) => m.key));
    const tenKeys = new Set(chart.scene('top-ten', sizeClasses.wide).marks.map((m) => m.key));
    expect([...dayKeys].filter((k) => tenKeys.has(k)).sort()).toEqual(['name-meta-platforms', 'name-microsoft', 'name-tesla']);
  });

  test('the source line credits every owner and states the caveats', () => {
    expect(chart.source).toContain('S&P Dow Jones Indices LLC');
    expect(chart.source).toContain('Yahoo Finance');
    expect(chart.source).toContain('MarketWise, a secondary source, rounded to USD 0.1 tn');
    expect(chart.source).toContain('as of 15 Jan 2026');
    expect(chart.source).toContain('computed');
    expect(chart.source).toContain('Companies reporting after the close: Saxo Bank');
  });
});

describe('dayData', () => {
  const sources = { ohlc: sp500DailyOhlc, fed: fedFundsTargetRange, scale: scaleReferencePoints };

  test('cuts the rows the chapter needs', () => {
    const d = dayData();
    expect(d.session).toMatchObject({ open: 7002, high: 7002.28, low: 6963.46, close: 6978.03 });
    expect(d.fed).toMatchObject({ lower: 3.5, upper: 3.75, action: 'hold', change_bp: 0 });
    expect(d.caps.map((r) => r.entity)).toEqual(TOP_TEN);
    expect(d.reporting.map((r) => [r.entity, r.value])).toEqual([['Microsoft', 3400], ['Meta Platforms', 1600], ['Tesla', 1500]]);
    expect(d.capsAsOf.toISOString().slice(0, 10)).toBe('2026-01-15');
    // Nvidia's 28 January intraday row is a different date and source: not part of the table.
    expect(d.caps.filter((r) => r.entity === 'Nvidia')).toHaveLength(1);
  });

  test('a missing row fails with the file named', () => {
    expect(() => dayData({ ...sources, ohlc: sp500DailyOhlc.filter((r) => r.date.toISOString() !== '2026-01-28T00:00:00.000Z') })).toThrow('content/data/sp500_daily_ohlc_yahoo.csv: no session for 2026-01-28');
    expect(() => dayData({ ...sources, fed: fedFundsTargetRange.slice(0, -1) })).toThrow('content/data/fed_funds_target_range.csv: no decision on 2026-01-28');
    expect(() => dayData({ ...sources, scale: scaleReferencePoints.filter((r) => r.entity !== 'Tesla') })).toThrow(
      'content/data/scale_reference_points.csv: expected the ten largest companies as of 2026-01-15, found 9',
    );
    const noMeta = scaleReferencePoints.map((r) => (r.entity === 'Meta Platforms' ? { ...r, entity: 'Meta' } : r));
    expect(() => dayData({ ...sources, scale: noMeta })).toThrow('content/data/scale_reference_points.csv: no market_cap_usd_bn row for Meta Platforms as of 2026-01-15');
  });

  test('values out of order or no longer described as rounded fail', () => {
    const swapped = scaleReferencePoints.map((r) => (r.entity === 'Tesla' && r.as_of === '2026-01-15' ? { ...r, value: 5000 } : r));
    expect(() => dayData({ ...sources, scale: swapped })).toThrow('are not listed largest first (Tesla)');
    const unrounded = scaleReferencePoints.map((r) => (r.entity === 'Apple' ? { ...r, note: 'exact' } : r));
    expect(() => dayData({ ...sources, scale: unrounded })).toThrow('the note for Apple as of 2026-01-15 no longer says "rounded to 0.1 tn"');
  });

  test('the chart follows the data it is given', () => {
    const d = dayData();
    const bigger = { ...d, reporting: d.reporting.map((r) => ({ ...r, value: r.value * 2 })) };
    expect(day.withCut(bigger).scene('reporting', sizeClasses.wide).alt).toContain('come to USD 13.0 tn, more than Nvidia');
  });
});
