// Covers src/charts/fed/fed.ts and fed-data.ts: what each state draws, checked against the decision rows, in both size classes. The generic scene, layout and data invariants are in ../chart-invariants.test.ts.
import { describe, expect, test } from 'vitest';
import { bandPoints, fed } from '../../../../src/charts/fed/fed';
import { fedData } from '../../../../src/story/fed';
type FedState = (typeof fed.states)[number];
import type { Scene } from '../../../../src/charts/scene/scene';
import { sizeClasses } from '../../../../src/charts/scene/size-classes';
import { fedFundsTargetRange } from '../../../../src/data/fed-funds-target-range';
import { mark, stateSizeCases, textOf, texts, utc } from '../scene-helpers';

const d = fedData();
const chart = fed.withCut(d);
// The chart's y scale: 0% at the bottom (1) to 6% at the top (0), in every state.
const y = (v: number) => 1 - v / 6;
const iso = (date: Date) => date.toISOString().slice(0, 10);
const decisionMarks = (scene: Scene) => scene.marks.filter((m) => m.key.startsWith('dec-'));

/** The band outline split back into its upper bound (left to right) and lower bound (left to right). */
function bounds(points: [number, number][]) {
  const n = (points.length - 1) / 2;
  return { upper: points.slice(0, n), lower: points.slice(n, 2 * n).reverse(), closing: points.at(-1)! };
}

describe('the data', () => {
  test('90 decisions from 28 January 2015 to 28 January 2026; lower never above upper', () => {
    expect(d.decisions).toHaveLength(90);
    expect(iso(d.decisions[0]!.decision_date)).toBe('2015-01-28');
    expect(iso(d.decisions.at(-1)!.decision_date)).toBe('2026-01-28');
    for (const r of d.decisions) expect(r.lower, iso(r.decision_date)).toBeLessThanOrEqual(r.upper);
  });

  test('the last decision is a hold at 3.50-3.75', () => {
    expect(d.day).toBe(d.decisions.length - 1);
    expect(d.decisions[d.day]).toMatchObject({ action: 'hold', lower: 3.5, upper: 3.75, change_bp: 0 });
  });

  test('each view starts and ends on the decisions named for it', () => {
    const named = Object.fromEntries(fed.states.map((s) => [s, [iso(d.decisions[d.views[s].from]!.decision_date), iso(d.decisions[d.views[s].to]!.decision_date)]]));
    expect(named).toEqual({
      'zero-years': ['2015-01-28', '2022-01-26'],
      hikes: ['2022-01-26', '2024-07-31'],
      cuts: ['2024-07-31', '2025-12-10'],
      hold: ['2015-01-28', '2026-01-28'],
    });
  });

  test('a missing period decision or a story day that is not the last row fails with the file named', () => {
    const rows = fedFundsTargetRange;
    expect(() => fedData(rows.filter((r) => iso(r.decision_date) !== '2024-07-31'))).toThrow(
      'content/data/fed_funds_target_range.csv: no decision on 2024-07-31, where the "hikes" period ends',
    );
    expect(() => fedData(rows, undefined, new Date('2025-12-10T00:00:00Z'))).toThrow(
      "content/data/fed_funds_target_range.csv: the story's decision 2025-12-10 must be the last row",
    );
  });
});

describe.each(stateSizeCases(fed.states))('$state ($name): band and marks', ({ state, size }) => {
  const scene = chart.scene(state, size);
  const rows = chart.data(state).rows;
  const band = mark(scene, 'fed-band', 'path');
  const { upper, lower, closing } = bounds(band.points);
  const t0 = utc(String(rows[0]!['effective_date']));
  const t1 = utc(String(rows.at(-1)!['effective_date']));
  const x = (isoDate: string) => (utc(isoDate) - t0) / (t1 - t0);

  test('the number of decision marks equals the rows drawn, in order, at their effective dates', () => {
    const marks = decisionMarks(scene);
    expect(marks).toHaveLength(rows.length);
    expect(marks.map((m) => m.key)).toEqual(rows.map((r) => `dec-${r['decision_date']}`));
    marks.forEach((m, i) => expect((m as { x: number }).x).toBeCloseTo(x(String(rows[i]!['effective_date'])), 12));
  });

  test('hikes are ▲ above the upper bound, cuts ▼ (▽ if unscheduled) below the lower bound, holds dots inside the band', () => {
    decisionMarks(scene).forEach((m, i) => {
      const r = rows[i]!;
      const lo = Number(r['lower']);
      const hi = Number(r['upper']);
      if (r['action'] === 'hike') {
        expect(m).toMatchObject({ type: 'text', text: '▲', anchor: 'middle' });
        expect((m as { y: number }).y).toBeCloseTo(y(hi), 12);
        expect((m as { dy: number }).dy).toBeLessThan(0);
        expect(m.className).toContain('fed-hike');
      } else if (r['action'] === 'cut') {
        expect(m).toMatchObject({ type: 'text', text: r['meeting_type'] === 'unscheduled' ? '▽' : '▼' });
        expect((m as { y: number }).y).toBeCloseTo(y(lo), 12);
        expect((m as { dy: number }).dy).toBeGreaterThan(0);
        expect(m.className).toContain('fed-cut');
      } else {
        expect(m.type).toBe('dot');
        expect((m as { y: number }).y).toBeCloseTo(y((lo + hi) / 2), 12);
        expect(m.className).toContain('fed-hold');
      }
    });
  });

  test('the band never has lower above upper, stays in the plot, and is closed', () => {
    expect(upper).toHaveLength(lower.length);
    upper.forEach((p, i) => {
      expect(p[0]).toBeCloseTo(lower[i]![0], 12);
      expect(p[1]).toBeLessThanOrEqual(lower[i]![1]);
    });
    for (const [px, py] of band.points) {
      expect(px).toBeGreaterThanOrEqual(0);
      expect(px).toBeLessThanOrEqual(1);
      expect(py).toBeGreaterThanOrEqual(0);
      expect(py).toBeLessThanOrEqual(1);
    }
    expect(closing).toEqual(upper[0]);
  });

  test('inside the view the band steps at each decision to that decision\'s range', () => {
    for (const r of rows) {
      const at = x(String(r['effective_date']));
      const top = upper.filter((p) => Math.abs(p[0] - at) < 1e-12).map((p) => p[1]);
      const bottom = lower.filter((p) => Math.abs(p[0] - at) < 1e-12).map((p) => p[1]);
      expect(top.at(-1)).toBeCloseTo(y(Number(r['upper'])), 12);
      expect(bottom.at(-1)).toBeCloseTo(y(Number(r['lower'])), 12);
    }
    expect(upper[0]).toEqual([0, y(Number(rows[0]!['upper']))]);
    expect(upper.at(-1)).toEqual([1, y(Number(rows.at(-1)!['upper']))]);
  });
});

describe('states', () => {
  const wide = (s: FedState) => chart.scene(s, sizeClasses.wide);
  const narrow = (s: FedState) => chart.scene(s, sizeClasses.narrow);

  test('zero-years: from 0-0.25 to the first hike, 9 hikes to 2.25-2.50, 3 cuts in 2019, 2 unscheduled cuts back to 0-0.25', () => {
    for (const scene of [wide('zero-years'), narrow('zero-years')]) {
      const rows = chart.data('zero-years').rows;
      expect(rows).toHaveLength(58);
      expect(rows[0]).toMatchObject({ decision_date: '2015-01-28', lower: 0, upper: 0.25, action: 'hold' });
      expect(rows.at(-1)).toMatchObject({ decision_date: '2022-01-26', lower: 0, upper: 0.25, action: 'hold' });
      expect(texts(scene, 'note-first-hike-')).toEqual(['First hike', '16 Dec 2015']);
      expect(texts(scene, 'note-top-')).toEqual(['9 hikes to', '2.25%–2.50%', 'Dec 2018']);
      expect(texts(scene, 'note-cuts-')).toEqual(['3 cuts', '2019']);
      expect(texts(scene, 'note-unscheduled-')).toEqual(['2 unscheduled', 'cuts, Mar 2020']);
      expect(texts(scene, 'note-held-')).toEqual(['Held at', '0%–0.25%']);
      const unscheduled = decisionMarks(scene).filter((m) => m.type === 'text' && m.text === '▽').map((m) => m.key);
      expect(unscheduled).toEqual(['dec-2020-03-03', 'dec-2020-03-15']);
      expect(decisionMarks(scene).filter((m) => m.className.includes('fed-hike'))).toHaveLength(9);
      expect(decisionMarks(scene).filter((m) => m.className.includes('fed-cut'))).toHaveLength(5);
      // Each leader ends above the band it points at.
      expect(mark(scene, 'note-top-leader', 'rule').y2).toBeLessThan(y(2.5));
      expect(mark(scene, 'note-top-leader', 'rule').x1).toBeCloseTo(mark(scene, 'dec-2018-12-19', 'text').x, 12);
      expect(mark(scene, 'note-first-hike-leader', 'rule').x1).toBeCloseTo(mark(scene, 'dec-2015-12-16', 'text').x, 12);
      expect(mark(scene, 'note-unscheduled-leader', 'rule').x1).toBeCloseTo(mark(scene, 'dec-2020-03-03', 'text').x, 12);
    }
  });

  test('hikes: 11 hikes from March 2022 to July 2023 reaching 5.25-5.50, then 8 holds', () => {
    for (const scene of [wide('hikes'), narrow('hikes')]) {
      const rows = chart.data('hikes').rows;
      const hikes = rows.filter((r) => r['action'] === 'hike');
      expect(hikes).toHaveLength(11);
      expect(hikes[0]!['decision_date']).toBe('2022-03-16');
      expect(hikes.at(-1)).toMatchObject({ decision_date: '2023-07-26', lower: 5.25, upper: 5.5 });
      const marks = decisionMarks(scene).filter((m) => m.className.includes('fed-hike'));
      expect(marks.map((m) => m.key)).toEqual(hikes.map((r) => `dec-${r['decision_date']}`));
      expect(mark(scene, 'dec-2023-07-26', 'text').y).toBeCloseTo(y(5.5), 12);
      expect(rows.filter((r) => r['action'] === 'cut')).toHaveLength(0);
      expect(rows.filter((r) => String(r['decision_date']) > '2023-07-26' && r['action'] === 'hold')).toHaveLength(8);
      expect(texts(scene, 'note-hikes-')).toEqual(['11 hikes,', 'Mar 2022 to Jul 2023', '4 of them +75 bp']);
      expect(textOf(scene, 'note-peak-0')).toBe('5.25%–5.50%');
      expect(textOf(scene, 'note-held-0')).toBe('Held 8 times');
    }
    expect(texts(wide('hikes'), 'bp-')).toEqual(['+25 bp', '+50', '+75', '+75', '+75', '+75', '+50', '+25', '+25', '+25', '+25']);
    expect(texts(narrow('hikes'), 'bp-')).toEqual([]);
  });

  test('cuts: three cuts in late 2024 to 4.25-4.50, five holds, three cuts in 2025 to 3.50-3.75', () => {
    const rows = chart.data('cuts').rows;
    const cuts = rows.filter((r) => r['action'] === 'cut');
    expect(cuts.map((r) => [r['decision_date'], r['lower'], r['upper'], r['change_bp']])).toEqual([
      ['2024-09-18', 4.75, 5, -50],
      ['2024-11-07', 4.5, 4.75, -25],
      ['2024-12-18', 4.25, 4.5, -25],
      ['2025-09-17', 4, 4.25, -25],
      ['2025-10-29', 3.75, 4, -25],
      ['2025-12-10', 3.5, 3.75, -25],
    ]);
    for (const scene of [wide('cuts'), narrow('cuts')]) {
      expect(textOf(scene, 'note-start-0')).toBe('5.25%–5.50%');
      expect(textOf(scene, 'note-early-0')).toBe('3 cuts in 2024, to 4.25%–4.50%');
      expect(textOf(scene, 'note-pause-0')).toBe('Held 5 times');
      expect(texts(scene, 'note-late-')).toEqual(['3 cuts in 2025,', 'to 3.50%–3.75%']);
      expect(mark(scene, 'dec-2025-12-10', 'text')).toMatchObject({ x: 1, text: '▼' });
    }
  });

  test('hold: all 90 decisions, ending on the 28 January 2026 hold at 3.50-3.75', () => {
    const rows = chart.data('hold').rows;
    expect(rows).toHaveLength(90);
    expect(rows.at(-1)).toMatchObject({ decision_date: '2026-01-28', effective_date: '2026-01-29', lower: 3.5, upper: 3.75, change_bp: 0, action: 'hold' });
    for (const scene of [wide('hold'), narrow('hold')]) {
      const day = mark(scene, 'dec-2026-01-28', 'dot');
      expect(day).toMatchObject({ x: 1, className: 'fed-hold fed-hold-day' });
      expect(day.y).toBeCloseTo(y((3.5 + 3.75) / 2), 12);
      expect(decisionMarks(scene).at(-1)!.key).toBe('dec-2026-01-28');
      const { upper, lower } = bounds(mark(scene, 'fed-band', 'path').points);
      expect(upper.at(-1)).toEqual([1, y(3.75)]);
      expect(lower.at(-1)).toEqual([1, y(3.5)]);
      expect(texts(scene, 'note-day-')).toEqual(['28 Jan 2026: held at', '3.50%–3.75%']);
      expect(mark(scene, 'note-day-leader', 'rule')).toMatchObject({ x1: 1, x2: 1, y1: 0 });
      expect(mark(scene, 'note-day-leader', 'rule').y2).toBeLessThan(y(3.75));
    }
    expect(textOf(wide('hold'), 'note-peak-0')).toBe('Peak 5.25%–5.50%');
    // Phones draw the 90 marks smaller.
    expect(mark(narrow('hold'), 'dec-2015-01-28', 'dot').r).toBeLessThan(mark(wide('hold'), 'dec-2015-01-28', 'dot').r);
  });

  test('titles and the shape key in the subtitle', () => {
    const headings = Object.fromEntries(fed.states.map((s) => [s, wide(s).title.replace(/\u2060/g, '')]));
    expect(headings).toEqual({
      'zero-years': '2015–2022: near zero, up to 2.25%–2.50%, then back',
      hikes: '2022–2023: 11 hikes took the range to 5.25%–5.50%',
      cuts: '2024–2025: 3 cuts, a pause, 3 more, down to 3.50%–3.75%',
      hold: '28 January 2026: held at 3.50%–3.75%',
    });
    for (const s of fed.states) {
      expect(wide(s).subtitle).toBe('Target range for the federal funds rate, percent, at each FOMC decision: ▲\u00a0hike, ▼\u00a0cut, ●\u00a0hold');
    }
  });

  test('x ticks: years on long views (every other year on phones for the full view), half-years and quarters on short ones', () => {
    const ticks = (scene: Scene) => texts(scene, 'tick-x-');
    expect(ticks(wide('zero-years'))).toEqual(['2016', '2017', '2018', '2019', '2020', '2021', '2022']);
    expect(ticks(wide('hikes'))).toEqual(['Jul 2022', '2023', 'Jul', '2024', 'Jul']);
    expect(ticks(wide('cuts'))).toEqual(['Oct 2024', '2025', 'Apr', 'Jul', 'Oct']);
    expect(ticks(narrow('hold'))).toEqual(['2016', '2018', '2020', '2022', '2024', '2026']);
    expect(ticks(wide('hold'))).toHaveLength(11);
  });
});

describe('every state', () => {
  test('exact alt text', () => {
    const alts = Object.fromEntries(fed.states.map((s) => [s, chart.scene(s, sizeClasses.wide).alt]));
    expect(alts).toEqual({
      'zero-years':
        'Stepped band chart of the federal funds target range from January 2015 to January 2022. It sat at 0%–0.25% until the first hike of the period, on 16 December 2015; 9 hikes took it to 2.25%–2.50% by 19 December 2018. Then came 3 cuts in 2019 and 2 unscheduled cuts in March 2020, which brought it back to 0%–0.25%, where it was held until 26 January 2022.',
      hikes:
        'Stepped band chart of the federal funds target range from January 2022 to July 2024. From 0%–0.25%, 11 hikes between 16 March 2022 and 26 July 2023, 4 of them by 75 basis points, raised it to 5.25%–5.50%. It was then held there at 8 decisions.',
      cuts: 'Stepped band chart of the federal funds target range from July 2024 to December 2025. From 5.25%–5.50%, 3 cuts between 18 September 2024 and 18 December 2024 lowered it to 4.25%–4.50%. After 5 holds, 3 more cuts, on 17 September, 29 October and 10 December 2025, took it to 3.50%–3.75%.',
      hold: 'Stepped band chart of the federal funds target range at all 90 FOMC decisions from January 2015 to January 2026. The last decision, on 28 January 2026, held the range at 3.50%–3.75%, where the cut of 10 December 2025 had left it, below the peak of 5.25%–5.50% reached on 26 July 2023.',
    });
  });

  test('the band has the same number of points in every state, so it glides from one view to the next', () => {
    const counts = fed.states.map((s) => mark(chart.scene(s, sizeClasses.wide), 'fed-band', 'path').points.length);
    expect(new Set(counts)).toEqual(new Set([2 * (2 * 90 - 1) + 1]));
    expect(bandPoints(d, d.views.hold)).toEqual(mark(chart.scene('hold', sizeClasses.narrow), 'fed-band', 'path').points);
  });
});

describe('data(state): the rows each state draws', () => {
  test('columns, and the basis of each row: the Fed table to June 2024, statements as reported after', () => {
    for (const s of fed.states) {
      const { columns, valueColumn } = chart.data(s);
      expect(columns.map((c) => c.key)).toEqual(['decision_date', 'effective_date', 'lower', 'upper', 'change_bp', 'action', 'meeting_type', 'basis', 'source']);
      expect(valueColumn).toBe('upper');
    }
    const all = chart.data('hold').rows;
    const fedTable = all.filter((r) => r['basis'] === 'Federal Reserve table');
    const reported = all.filter((r) => r['basis'] === 'FOMC statement as reported (see source)');
    expect(fedTable).toHaveLength(77);
    expect(reported).toHaveLength(13);
    expect(fedTable.at(-1)!['decision_date']).toBe('2024-06-12');
    expect(reported[0]!['decision_date']).toBe('2024-07-31');
    expect(all.at(-1)!['source']).toBe(
      'https://ralphhightower.github.io/blog/2026/01/20260128FederalReserveFOMC.html ; https://bankingjournal.aba.com/2026/01/fomc-holds-rates-steady-at-january-meeting/',
    );
  });

  test('row counts per state', () => {
    expect(fed.states.map((s) => chart.data(s).rows.length)).toEqual([58, 21, 12, 90]);
  });
});
