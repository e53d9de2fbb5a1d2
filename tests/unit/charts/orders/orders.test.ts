// Covers src/charts/orders/orders.ts and orders-data.ts: what each state draws, checked against the data rows, in both size classes and at the measured sticky sizes. The generic scene, layout and data invariants are in ../chart-invariants.test.ts.
import { describe, expect, test } from 'vitest';
import { layoutScene, type DrawnMark } from '../../../../src/charts/scene/layout';
import { textBox as measuredBox } from '../../../../src/charts/scene/text-box';
import type { ChartSize, Mark, Scene } from '../../../../src/charts/scene/scene';
import { sizeClasses, type SizeClass } from '../../../../src/charts/scene/size-classes';
import { orders } from '../../../../src/charts/orders/orders';
import { euvSourceType, minus, ordersData, totalSourceType } from '../../../../src/story/orders';
type OrdersState = (typeof orders.states)[number];
import { asmlBookingsConsensus } from '../../../../src/data/asml-bookings-consensus';
import { asmlNetBookings } from '../../../../src/data/asml-net-bookings';
import { expectAnchoredInside, mark, rects, sizes, stateSizeCases, textOf, texts } from '../scene-helpers';

const chart = orders;
/** The chart's y scale: 0 at the bottom (1) to 14 at the top (0). */
const TOP = 14;
const y = (v: number) => 1 - v / TOP;

const SECONDARY_TOTALS = ['2021Q4', '2024Q4', '2025Q1', '2025Q2', '2025Q3', '2025Q4'];
const NO_EUV = ['2021Q1', '2022Q3', '2023Q1', '2023Q3'];
const ALL_QUARTERS = asmlNetBookings.map((r) => r.quarter.label);

const barQuarters = (scene: Scene) => rects(scene).filter((r) => r.key.startsWith('bar-')).map((r) => r.key.slice(4));
const row = (q: string) => asmlNetBookings.find((r) => r.quarter.label === q)!;

describe('source types from the source notes', () => {
  test('a total is primary only where the note cites an ASML press release or its reprint', () => {
    const secondary = asmlNetBookings.filter((r) => totalSourceType(r.source_note) === 'secondary report').map((r) => r.quarter.label);
    expect(secondary).toEqual(SECONDARY_TOTALS);
  });

  test('an EUV share with its own non-ASML source is secondary, even where the total is primary', () => {
    const secondary = asmlNetBookings
      .filter((r) => r.euv_bookings_eur_bn !== null && euvSourceType(r.source_note) === 'secondary report')
      .map((r) => r.quarter.label);
    expect(secondary).toEqual(['2021Q4', '2022Q1', '2022Q2', '2024Q4', '2025Q1', '2025Q2', '2025Q3', '2025Q4']);
    // 2024 Q2 names a reprint of ASML's own release for its EUV share.
    expect(euvSourceType(row('2024Q2').source_note)).toBe('ASML press release');
  });

  test('differences are exact to the inputs’ decimals', () => {
    expect(minus(13.2, 7.4)).toBe(5.8);
    expect(13.2 - 7.4).not.toBe(5.8);
    expect(minus(3.611, 0.656)).toBe(2.955);
  });
});

describe.each(sizes)('history (%s)', (_, size) => {
  const scene = chart.scene('history', size);

  test('one bar per quarter from 2021 Q1 to 2025 Q3, none for 2025 Q4', () => {
    expect(barQuarters(scene)).toEqual(ALL_QUARTERS.slice(0, -1));
    expect(barQuarters(scene)).toHaveLength(19);
  });

  test('bar heights are the net bookings in the data, on a zero baseline', () => {
    for (const r of rects(scene).filter((m) => m.key.startsWith('bar-'))) {
      const q = r.key.slice(4);
      expect(r.height * TOP).toBeCloseTo(row(q).bookings_eur_bn, 12);
      expect(r.y + r.height).toBeCloseTo(1, 12);
    }
  });

  test('bars sit left to right in quarter order, one slot of twenty each', () => {
    const bars = rects(scene).filter((m) => m.key.startsWith('bar-'));
    bars.forEach((b, i) => {
      expect(b.x).toBeGreaterThan(i / 20);
      expect(b.x + b.width).toBeLessThan((i + 1) / 20);
    });
  });

  test('the previous high is 2023 Q4 at 9.186, labelled, with a line at its level', () => {
    const high = mark(scene, 'bar-2023Q4', 'rect');
    expect(high.height * TOP).toBeCloseTo(9.186, 12);
    expect(Math.max(...rects(scene).map((r) => r.height))).toBe(high.height);
    expect(textOf(scene, 'label-previous-high')).toBe('9.186 (2023 Q4)');
    expect(textOf(scene, 'label-previous-high-note')).toBe('Previous high');
    const rule = mark(scene, 'rule-previous-high', 'rule');
    expect(rule.y1).toBeCloseTo(y(9.186), 12);
    expect(rule.x1).toBe(high.x);
    expect(rule.x2).toBe(1);
  });

  test('bars from secondary reports are outlined, and the key says what outlined means', () => {
    const outlined = rects(scene).filter((r) => r.className.includes('ob-secondary')).map((r) => r.key.slice(4));
    expect(outlined).toEqual(SECONDARY_TOTALS.slice(0, -1));
    expect(textOf(scene, 'key-secondary')).toMatch(/^Outlined: .*secondary report/);
  });
});

describe.each(sizes)('consensus (%s)', (sizeName, size) => {
  const scene = chart.scene('consensus', size);
  const slot = mark(chart.scene('beat', size), 'bar-2025Q4', 'rect');

  test('no 2025 Q4 bar yet; one tick per compiler at its value, in the 2025 Q4 slot', () => {
    expect(barQuarters(scene)).not.toContain('2025Q4');
    const ticks = [['Visible Alpha', 6.32], ['Bloomberg', 6.85], ['unnamed', 6.95]] as const;
    for (const [name, v] of ticks) {
      const t = mark(scene, `consensus-${name}`, 'rule');
      expect(t.y1).toBeCloseTo(y(v), 12);
      expect(t.x1).toBe(slot.x);
      expect(t.x2).toBeCloseTo(slot.x + slot.width, 12);
    }
    const band = mark(scene, 'consensus-band', 'rect');
    expect(band.y).toBeCloseTo(y(6.95), 12);
    expect(band.height * TOP).toBeCloseTo(6.95 - 6.32, 12);
  });

  test('each compiler is named in a direct label, highest value on top', () => {
    const keys = ['consensus-unnamed-label', 'consensus-Bloomberg-label', 'consensus-Visible Alpha-label'];
    const texts = keys.map((k) => textOf(scene, k));
    expect(texts).toEqual(
      sizeName === 'wide'
        ? ['6.95 compiler not named', '6.85 Bloomberg average', '6.32 Visible Alpha (Reuters)']
        : ['6.95 unnamed', '6.85 Bloomberg', '6.32 Visible Alpha'],
    );
    // Laid out at the phone's sticky size and the reference size, labels stay a line apart.
    for (const at of [size, { width: size.width, height: 330 }]) {
      const drawn = layoutScene(scene, at);
      const ys = keys.map((k) => Number(drawn.find((m) => m.key === k)!.attrs['y']));
      expect(ys[1]! - ys[0]!).toBeGreaterThanOrEqual(14);
      expect(ys[2]! - ys[1]!).toBeGreaterThanOrEqual(14);
    }
  });
});

describe.each(sizes)('beat (%s)', (_, size) => {
  const scene = chart.scene('beat', size);
  const bar = mark(scene, 'bar-2025Q4', 'rect');

  test('all twenty quarters are drawn; history and beat together cover 2021 Q1 to 2025 Q4', () => {
    expect(barQuarters(scene)).toEqual(ALL_QUARTERS);
    const union = new Set([...barQuarters(chart.scene('history', size)), ...barQuarters(scene)]);
    expect([...union]).toEqual(ALL_QUARTERS);
    expect(union.size).toBe(20);
  });

  test('the 2025 Q4 bar is 13.2, highlighted and outlined (secondary reports)', () => {
    expect(bar.height * TOP).toBeCloseTo(13.2, 12);
    expect(bar.className).toBe('ob-bar ob-latest ob-secondary');
    expect(textOf(scene, 'latest-value')).toBe('13.2');
    expect(textOf(scene, 'latest-note')).toBe('2025 Q4 actual');
    expect(textOf(scene, 'latest-ratio')).toBe('1.9 to 2.1 times');
  });

  test('the bar is 1.9 to 2.1 times each consensus mark it is drawn against (to the one decimal the chart quotes)', () => {
    const ticks = scene.marks.filter((m): m is Extract<Mark, { type: 'rule' }> => m.type === 'rule' && /^consensus-[^-]+$/.test(m.key));
    expect(ticks).toHaveLength(3);
    const ratios = ticks.map((t) => bar.height / (1 - t.y1));
    // 13.2 / 6.32, 13.2 / 6.85, 13.2 / 6.95: the last is 1.899, just under 1.9 before rounding.
    expect(ratios[0]).toBeCloseTo(2.089, 3);
    expect(ratios[1]).toBeCloseTo(1.927, 3);
    expect(ratios[2]).toBeCloseTo(1.899, 3);
    for (const r of ratios) {
      expect(Math.round(r * 10) / 10).toBeGreaterThanOrEqual(1.9);
      expect(Math.round(r * 10) / 10).toBeLessThanOrEqual(2.1);
    }
  });

  test('the bar clears the previous-high line', () => {
    expect(bar.y).toBeLessThan(mark(scene, 'rule-previous-high', 'rule').y1);
  });
});

describe.each(sizes)('euv (%s)', (sizeName, size) => {
  const scene = chart.scene('euv', size);

  test('stacked where an EUV figure exists: EUV at the bottom, the rest on top, summing to the total', () => {
    for (const r of asmlNetBookings.filter((x) => x.euv_bookings_eur_bn !== null)) {
      const q = r.quarter.label;
      const e = mark(scene, `euv-${q}`, 'rect');
      const o = mark(scene, `bar-${q}`, 'rect');
      expect(e.height * TOP).toBeCloseTo(r.euv_bookings_eur_bn!, 12);
      expect(e.y + e.height).toBeCloseTo(1, 12);
      expect(o.y).toBeCloseTo(y(r.bookings_eur_bn), 12);
      expect(o.y + o.height).toBeCloseTo(e.y, 12);
      expect(e.className.startsWith('ob-euv')).toBe(true);
      expect(o.className.startsWith('ob-bar')).toBe(true);
    }
  });

  test('quarters without an EUV figure are drawn as totals only, in gray, and labelled so', () => {
    const only = rects(scene).filter((r) => r.className.startsWith('ob-total-only')).map((r) => r.key.slice(4));
    expect(only).toEqual(NO_EUV);
    for (const q of NO_EUV) {
      expect(scene.marks.some((m) => m.key === `euv-${q}`)).toBe(false);
      expect(mark(scene, `bar-${q}`, 'rect').height * TOP).toBeCloseTo(row(q).bookings_eur_bn, 12);
    }
    expect(textOf(scene, 'key-total-only')).toBe(sizeName === 'wide' ? 'Gray: total only, no EUV figure in the sources' : 'Gray: no EUV figure');
  });

  test('2025 Q4: 7.4 EUV and 5.8 non-EUV, labelled as computed', () => {
    expect(mark(scene, 'bar-2025Q4', 'rect').height * TOP).toBeCloseTo(5.8, 12);
    expect(mark(scene, 'euv-2025Q4', 'rect').height * TOP).toBeCloseTo(7.4, 12);
    expect(textOf(scene, 'latest-euv')).toBe('7.4 EUV');
    expect(textOf(scene, 'latest-other')).toBe('5.8 non-EUV');
    expect(texts(scene, 'latest-other-').join(' ')).toBe('computed: 13.2 − 7.4');
  });

  test('segments from secondary reports are outlined: totals and EUV shares as the notes say', () => {
    const outlinedEuv = rects(scene).filter((r) => r.key.startsWith('euv-') && r.className.includes('ob-secondary')).map((r) => r.key.slice(4));
    expect(outlinedEuv).toEqual(['2021Q4', '2022Q1', '2022Q2', '2024Q4', '2025Q1', '2025Q2', '2025Q3', '2025Q4']);
    const outlinedTotalOnly = rects(scene).filter((r) => r.className.startsWith('ob-total-only') && r.className.includes('ob-secondary'));
    expect(outlinedTotalOnly).toEqual([]);
  });
});

describe('data(state): the rows each state draws', () => {
  test('history: 19 quarters with their source type and source', () => {
    const { rows, columns } = chart.data('history');
    expect(columns.map((c) => c.label)).toEqual(['Quarter', 'Net bookings, EUR bn', 'Source type', 'Source']);
    expect(rows).toHaveLength(19);
    expect(rows[0]).toEqual({ quarter: '2021Q1', eur_bn: '4.74', source_type: 'ASML press release', source: row('2021Q1').source });
    expect(rows.find((r) => r['quarter'] === '2023Q4')).toMatchObject({ eur_bn: '9.186', source_type: 'ASML press release' });
    expect(rows.filter((r) => r['source_type'] === 'secondary report').map((r) => r['quarter'])).toEqual(SECONDARY_TOTALS.slice(0, -1));
  });

  test('consensus and beat: the bars, then one row per compiler, each named', () => {
    const consensus = chart.data('consensus').rows;
    const beat = chart.data('beat').rows;
    expect(consensus).toHaveLength(19 + 3);
    expect(beat).toHaveLength(20 + 3);
    expect(beat.find((r) => r['figure'] === 'net bookings' && r['quarter'] === '2025Q4')).toMatchObject({ eur_bn: '13.2', source_type: 'secondary report' });
    const compilers = consensus.filter((r) => r['figure'] === 'analysts’ consensus');
    const rows2025 = asmlBookingsConsensus.filter((r) => r.quarter.label === '2025Q4');
    expect(compilers.map((r) => [r['quarter'], r['eur_bn'], r['compiler']])).toEqual(
      [...rows2025].sort((a, b) => a.consensus_bookings_eur_bn - b.consensus_bookings_eur_bn).map((r) => ['2025Q4', String(r.consensus_bookings_eur_bn), r.consensus_provider]),
    );
    expect(compilers.map((r) => r['eur_bn'])).toEqual(['6.32', '6.85', '6.95']);
  });

  test('euv: 20 quarters, non-EUV computed, totals-only quarters said so', () => {
    const { rows, columns } = chart.data('euv');
    expect(rows).toHaveLength(20);
    expect(columns.find((c) => c.key === 'non_euv')!.label).toBe('Non-EUV, EUR bn (computed: total − EUV)');
    expect(rows.at(-1)).toMatchObject({ quarter: '2025Q4', total: '13.2', euv: '7.4', non_euv: '5.8', drawn_as: 'EUV and non-EUV', total_source_type: 'secondary report', euv_source_type: 'secondary report' });
    expect(rows.filter((r) => r['euv'] === null).map((r) => [r['quarter'], r['non_euv'], r['drawn_as']])).toEqual(
      NO_EUV.map((q) => [q, null, 'total only (no EUV figure in the sources)']),
    );
    expect(rows.find((r) => r['quarter'] === '2022Q1')).toMatchObject({ total_source_type: 'ASML press release', euv_source_type: 'secondary report', non_euv: '4.477' });
  });

  test('values are written exactly as the data gives them, with no decimals dropped', () => {
    const history = chart.data('history').rows;
    expect(history.map((r) => r['eur_bn'])).toEqual(asmlNetBookings.slice(0, -1).map((r) => String(r.bookings_eur_bn)));
    expect(history.find((r) => r['quarter'] === '2021Q2')!['eur_bn']).toBe('8.271');
    expect(chart.data('euv').rows.find((r) => r['quarter'] === '2024Q1')).toMatchObject({ total: '3.611', euv: '0.656', non_euv: '2.955' });
  });
});

interface Box { key: string; x0: number; x1: number; y0: number; y1: number }

/** A text's box as label placement measures it (the chart font's metrics). */
function textBox(m: DrawnMark): Box {
  const b = measuredBox(m);
  return { key: m.key, x0: b.left, x1: b.right, y0: b.top, y1: b.bottom };
}
const overlap = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

describe('every state in every size class', () => {
  const altFacts: Record<OrdersState, string[]> = {
    history: ['2021 Q1', '2025 Q3', '2.602', '2023 Q3', '9.186', '2023 Q4', 'secondary reports', '2021 Q4 and 2024 Q4 to 2025 Q3'],
    consensus: ['6.32', 'Visible Alpha', 'Reuters', '6.85', 'Bloomberg', '6.95', 'names no compiler', '9.186'],
    beat: ['13.2', '1.9 to 2.1 times', '6.32', '6.95', '9.186', '2023 Q4', 'secondary reports'],
    euv: ['7.4', '13.2', '5.8', 'computed', '2021 Q1, 2022 Q3, 2023 Q1 and 2023 Q3', 'no EUV figure'],
  };
  const cases = stateSizeCases(orders.states);
  /** The reference sizes, plus the sizes the sticky figure is measured at on a phone and a desktop. */
  const layouts: Record<SizeClass, ChartSize[]> = {
    narrow: [sizeClasses.narrow, { width: 358, height: 330 }, { width: 320, height: 300 }],
    wide: [sizeClasses.wide, { width: 860, height: 700 }, { width: 560, height: 420 }],
  };

  test.each(cases)('$state / $name: the alt text gives the figures; the subtitle gives the unit', ({ state, size }) => {
    const scene = chart.scene(state, size);
    expect(scene.subtitle).toContain('EUR bn');
    for (const fact of altFacts[state]) expect(scene.alt).toContain(fact);
  });

  test.each(cases)('$state / $name: laid out at each measured size, every mark is inside the SVG and no text overlaps text or a bar', ({ state, name }) => {
    for (const at of layouts[name]) {
      const drawn = layoutScene(chart.scene(state, sizeClasses[name]), at);
      expectAnchoredInside(drawn, at);
      const boxes = drawn.filter((m) => m.tag === 'text').map(textBox);
      for (const t of boxes) {
        expect(t.x0, `${t.key} left edge at ${at.width}x${at.height}`).toBeGreaterThanOrEqual(0);
        expect(t.x1, `${t.key} right edge at ${at.width}x${at.height}`).toBeLessThanOrEqual(at.width);
        expect(t.y0, `${t.key} top at ${at.width}x${at.height}`).toBeGreaterThanOrEqual(0);
      }
      boxes.forEach((a, i) => boxes.slice(i + 1).forEach((b) => expect(overlap(a, b), `${a.key} overlaps ${b.key} at ${at.width}x${at.height}`).toBe(false)));
      const bars = drawn.filter((m) => m.tag === 'rect' && m.key !== 'consensus-band').map((m) => {
        const x0 = Number(m.attrs['x']);
        const y0 = Number(m.attrs['y']);
        return { key: m.key, x0, x1: x0 + Number(m.attrs['width']), y0, y1: y0 + Number(m.attrs['height']) };
      });
      for (const t of boxes) for (const b of bars) expect(overlap(t, b), `${t.key} overlaps ${b.key} at ${at.width}x${at.height}`).toBe(false);
    }
  });

  test('exact alt text', () => {
    const alts = Object.fromEntries(orders.states.map((s) => [s, chart.scene(s, sizeClasses.wide).alt]));
    expect(alts).toEqual({
      history:
        "Bar chart of ASML's quarterly net bookings from 2021 Q1 to 2025 Q3. They ranged from EUR 2.602 bn in 2023 Q3 to a high of EUR 9.186 bn in 2023 Q4. Figures for 2021 Q4 and 2024 Q4 to 2025 Q3 come from secondary reports and are drawn outlined.",
      consensus:
        "Bar chart of ASML's quarterly net bookings to 2025 Q3, with the analysts' consensus for 2025 Q4 marked in an empty slot: EUR 6.32 bn (Visible Alpha, as reported by Reuters), EUR 6.85 bn (the Bloomberg average) and EUR 6.95 bn (a report that names no compiler). All are below the previous high of EUR 9.186 bn in 2023 Q4.",
      beat:
        "Bar chart of ASML's quarterly net bookings from 2021 Q1 to 2025 Q4. In 2025 Q4 they were EUR 13.2 bn, 1.9 to 2.1 times the consensus of EUR 6.32 bn to 6.95 bn and above the previous high of EUR 9.186 bn in 2023 Q4. The 2025 Q4 figure comes from secondary reports.",
      euv:
        "Stacked bar chart of ASML's quarterly net bookings split into EUV and other machines. In 2025 Q4, EUR 7.4 bn of the 13.2 bn was for EUV machines and EUR 5.8 bn (computed as 13.2 minus 7.4) for the rest. The quarters 2021 Q1, 2022 Q3, 2023 Q1 and 2023 Q3 have no EUV figure in the sources and are shown as totals only.",
    });
  });

  test('titles and subtitles', () => {
    const heads = orders.states.map((s) => chart.scene(s, sizeClasses.wide)).map((s) => [s.title.replace(/\u00a0/g, ' '), s.subtitle]);
    expect(heads).toEqual([
      ['To 2025 Q3, ASML’s orders peaked at EUR 9.186 bn in 2023 Q4', 'ASML net bookings (new orders) per quarter, EUR bn'],
      ['Forecasts for 2025 Q4: EUR 6.32 bn to EUR 6.95 bn', 'ASML net bookings and analysts’ consensus by compiler, EUR bn'],
      ['EUR 13.2 bn in 2025 Q4, about twice the forecasts', 'ASML net bookings and the 2025 Q4 consensus, EUR bn'],
      ['EUR 7.4 bn of the 2025 Q4 orders were for EUV machines', 'ASML net bookings, EUR bn: EUV machines and the rest'],
    ]);
  });

  test('the source line credits ASML and each secondary source and says what is computed', () => {
    expect(chart.source).toContain('ASML press releases');
    expect(chart.source).toContain('2021 Q4 and 2024 Q4 to 2025 Q4');
    expect(chart.source).toContain('2022 Q1 and 2022 Q2');
    for (const s of ['Visible Alpha', 'Bloomberg', 'Reuters', 'creati.ai', 'computed']) expect(chart.source).toContain(s);
  });

  test('the bars keep their slots in every state; the right margin is reserved only from the state that labels in it', () => {
    for (const [, size] of sizes) {
      const [history, ...later] = orders.states.map((s) => chart.scene(s, size));
      for (const s of later) expect(s.margin).toEqual(later[0]!.margin);
      expect({ ...history!.margin, right: later[0]!.margin.right }).toEqual(later[0]!.margin);
      // The first state draws nothing right of its plot, so it does not keep the margin empty for labels still to come.
      expect(history!.margin.right).toBeLessThan(later[0]!.margin.right / 4);
      expect(history!.marks.filter((m) => m.type === 'text' && m.x >= 1 && (m.dx ?? 0) > 0)).toEqual([]);
      const x = (s: Scene, q: string) => mark(s, `bar-${q}`, 'rect').x;
      for (const s of later) expect(x(s, '2021Q1')).toBe(x(history!, '2021Q1'));
    }
  });
});

describe('ordersData', () => {
  test('cuts to the story quarter, finds the previous high and the consensus', () => {
    const d = ordersData();
    expect(d.quarters).toHaveLength(20);
    expect(d.latest).toMatchObject({ quarter: '2025Q4', total: 13.2, euv: 7.4, other: 5.8, totalSource: 'secondary report' });
    expect(d.previousHigh).toMatchObject({ quarter: '2023Q4', total: 9.186, totalSource: 'ASML press release' });
    expect(d.consensus.map((c) => [c.value, c.shortName])).toEqual([[6.32, 'Visible Alpha'], [6.85, 'Bloomberg'], [6.95, 'unnamed']]);
  });

  test('a missing story quarter, a missing consensus or a disagreeing actual fails with the file named', () => {
    const sources = { bookings: asmlNetBookings, consensus: asmlBookingsConsensus };
    expect(() => ordersData({ ...sources, bookings: asmlNetBookings.slice(0, -1) })).toThrow('content/data/asml_net_bookings.csv: no row for 2025Q4 with quarters before it');
    expect(() => ordersData({ ...sources, consensus: asmlBookingsConsensus.filter((r) => r.quarter.label !== '2025Q4') })).toThrow(
      'content/data/asml_bookings_consensus.csv: no consensus for 2025Q4, which the orders chart compares with',
    );
    const wrong = asmlBookingsConsensus.map((r) => (r.quarter.label === '2025Q4' ? { ...r, actual_bookings_eur_bn: 13.1 } : r));
    expect(() => ordersData({ ...sources, consensus: wrong })).toThrow(/2025Q4 actual 13.1 .* differs from 13.2 in content\/data\/asml_net_bookings.csv/);
  });
});
