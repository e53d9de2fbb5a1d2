// Covers src/charts/registry.ts, states.ts and lib/scenes-for.ts: chart lookup, state checks with their messages, and scene sets per size class.
import { describe, expect, test } from 'vitest';
import { climbStates } from '../../../src/charts/climb/climb-states';
import { scenesFor } from '../../../src/charts/scene/scenes-for';
import { sizeClassFor, sizeClasses, WIDE_FROM } from '../../../src/charts/scene/size-classes';
import { assertState, charts, getChart } from '../../../src/charts/registry';
import { chartStates } from '../../../src/charts/states';

describe('registry', () => {
  test('the MDX checker and the registry agree on charts and states', () => {
    expect(Object.keys(chartStates)).toEqual(Object.keys(charts));
    for (const [id, chart] of Object.entries(charts)) expect([...chart.states]).toEqual([...chartStates[id]!]);
    expect([...chartStates['climb']!]).toEqual(['long-view', 'milestones', 'from-6000', 'jan28']);
  });

  test('getChart and its message for an unknown id', () => {
    expect(getChart('climb').id).toBe('climb');
    expect(() => getChart('dow', '<Scrolly> in chapter "the-climb"')).toThrow(new Error(`<Scrolly> in chapter "the-climb": unknown chart "dow"; expected one of: ${Object.keys(charts).join(', ')}`));
    expect(() => getChart('dow')).toThrow(new Error(`chart: unknown chart "dow"; expected one of: ${Object.keys(charts).join(', ')}`));
  });

  test('assertState and its message for an unknown state', () => {
    expect(() => assertState(getChart('climb'), 'jan28')).not.toThrow();
    expect(() => assertState(getChart('climb'), 'jan29', '<Step id="x">')).toThrow(
      new Error('<Step id="x">: chart "climb" has no state "jan29"; expected one of: long-view, milestones, from-6000, jan28'),
    );
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
    expect(Object.keys(scenesFor(chart, climbStates).wide)).toEqual([...climbStates]);
  });

  test('scenes survive a JSON round trip unchanged (they are sent to the browser as JSON)', () => {
    const set = scenesFor(getChart('climb'), climbStates);
    expect(JSON.parse(JSON.stringify(set))).toEqual(set);
  });
});
