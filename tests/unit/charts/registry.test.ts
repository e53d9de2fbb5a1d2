// Covers src/charts/registry.ts, define-chart.ts and scene/scenes-for.ts: chart lookup, the state check and its messages, lazy rows, and scene sets per size class.
import { describe, expect, test } from 'vitest';
import { scenesFor } from '../../../src/charts/scene/scenes-for';
import { sizeClassFor, sizeClasses, WIDE_FROM } from '../../../src/charts/scene/size-classes';
import { assertState, charts, getChart } from '../../../src/charts/registry';
import { climb } from '../../../src/charts/climb/climb';
import { defineChart } from '../../../src/charts/define-chart';

describe('registry', () => {
  test('one list: ids are unique and in story order', () => {
    expect(charts.map((c) => c.id)).toEqual(['climb', 'orders', 'day', 'fed', 'scale', 'indices', 'gold']);
    expect(climb.states).toEqual(['long-view', 'milestones', 'from-6000', 'jan28']);
  });

  test('getChart and its message for an unknown id', () => {
    expect(getChart('climb')).toBe(climb);
    const ids = charts.map((c) => c.id).join(', ');
    expect(() => getChart('dow', '<Scrolly> in chapter "the-climb"')).toThrow(new Error(`<Scrolly> in chapter "the-climb": unknown chart "dow"; expected one of: ${ids}`));
    expect(() => getChart('dow')).toThrow(new Error(`chart: unknown chart "dow"; expected one of: ${ids}`));
    expect(() => getChart(undefined, 'share card')).toThrow(new Error(`share card: unknown chart (none given); expected one of: ${ids}`));
  });

  test('assertState, the one state check, and its message for an unknown state', () => {
    expect(() => assertState('climb', 'jan28', '<Step id="x">')).not.toThrow();
    expect(() => assertState('climb', 'jan29', '<Step id="x">')).toThrow(
      new Error('<Step id="x">: chart "climb" has no state "jan29"; expected one of: long-view, milestones, from-6000, jan28'),
    );
    expect(() => assertState('climb', undefined, '<Figure>')).toThrow(/<Figure>: chart "climb" has no state \(none given\)/);
    expect(() => climb.scene('jan29', sizeClasses.wide)).toThrow(/scene: chart "climb" has no state "jan29"/);
    expect(() => climb.data('jan29')).toThrow(/data: chart "climb" has no state "jan29"/);
  });

  test('a chart computes its rows once, on first use, and withCut draws other rows', () => {
    let cuts = 0;
    const chart = defineChart({
      id: 't',
      states: ['a'] as const,
      cut: () => (cuts++, { n: 1 }),
      title: (c) => `n=${c.n}`,
      source: () => 'src',
      scenes: { a: (c) => ({ chart: 't', state: 'a', title: `${c.n}`, subtitle: '', alt: '', margin: { top: 0, right: 0, bottom: 0, left: 0 }, marks: [] }) },
      data: (c) => ({ columns: [{ key: 'n', label: 'N' }], rows: [{ n: c.n }] }),
    });
    expect(cuts).toBe(0);
    expect(chart.title).toBe('n=1');
    expect(chart.scene('a', sizeClasses.wide).title).toBe('1');
    expect(cuts).toBe(1);
    expect(chart.withCut({ n: 2 }).data('a').rows).toEqual([{ n: 2 }]);
    expect(cuts).toBe(1);
  });
});

describe('size classes and scene sets', () => {
  test('size class by measured width', () => {
    expect(WIDE_FROM).toBe(560);
    expect(sizeClassFor(559)).toBe('narrow');
    expect(sizeClassFor(560)).toBe('wide');
    expect(sizeClassFor(0)).toBe('narrow');
  });

  test('scenesFor computes each requested state in both size classes', () => {
    const chart = getChart('climb');
    const set = scenesFor(chart, ['milestones', 'jan28']);
    expect(Object.keys(set)).toEqual(['narrow', 'wide']);
    expect(Object.keys(set.narrow)).toEqual(['milestones', 'jan28']);
    expect(set.wide['jan28']).toEqual(chart.scene('jan28', sizeClasses.wide));
    expect(set.narrow['jan28']).toEqual(chart.scene('jan28', sizeClasses.narrow));
    expect(Object.keys(scenesFor(chart, climb.states).wide)).toEqual([...climb.states]);
  });

  test('scenes survive a JSON round trip unchanged (they are sent to the browser as JSON)', () => {
    const set = scenesFor(getChart('climb'), climb.states);
    expect(JSON.parse(JSON.stringify(set))).toEqual(set);
  });
});
