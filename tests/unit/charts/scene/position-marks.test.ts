// Covers src/charts/scene/position-marks.ts: plot fractions to pixels with margins, pixel offsets, minWidth, 0.1 px rounding and text baselines.
import { describe, expect, test } from 'vitest';
import { positionMarks } from '../../../../src/charts/scene/position-marks';
import type { Mark, Scene } from '../../../../src/charts/scene/scene';

// Plot area at 240x140 with these margins: 180 px wide from x=40, 100 px tall from y=10.
const margin = { top: 10, right: 20, bottom: 30, left: 40 };
const size = { width: 240, height: 140 };
const scene = (marks: Mark[]): Scene => ({ chart: 't', state: 's', title: '', subtitle: '', alt: '', margin, marks });
const one = (mark: Mark, at = size) => positionMarks(scene([mark]), at)[0]!;

describe('positionMarks', () => {
  test('path: fractions become pixels inside the margins', () => {
    expect(one({ type: 'path', key: 'p', className: 'line', points: [[0, 0], [0.5, 0.5], [1, 1]] })).toEqual({
      key: 'p', tag: 'path', attrs: { class: 'line', d: 'M40,10L130,60L220,110' },
    });
  });

  test('coordinates are rounded to 0.1 px', () => {
    const d = one({ type: 'path', key: 'p', className: 'line', points: [[1 / 3, 1 / 3], [0.123456, 0.98765]] });
    expect(d.attrs['d']).toBe('M100,43.3L62.2,108.8');
  });

  test('rule: dx1/dx2 extend the ends by pixels', () => {
    expect(one({ type: 'rule', key: 'r', className: 'grid', x1: 0, x2: 1, y1: 0.25, y2: 0.25, dx1: -14, dx2: 6.04 })).toEqual({
      key: 'r', tag: 'line', attrs: { class: 'grid', x1: 26, y1: 35, x2: 226, y2: 35 },
    });
    expect(one({ type: 'rule', key: 'r', className: 'grid', x1: 0.5, x2: 0.5, y1: 0, y2: 1 }).attrs).toEqual({ class: 'grid', x1: 130, y1: 10, x2: 130, y2: 110 });
  });

  test('rect: width and height scale with the plot; minWidth keeps tiny bars visible', () => {
    expect(one({ type: 'rect', key: 'b', className: 'bar', x: 0, y: 0.1, width: 0.5, height: 0.2 }).attrs).toEqual({ class: 'bar', x: 40, y: 20, width: 90, height: 20 });
    expect(one({ type: 'rect', key: 'b', className: 'bar', x: 0, y: 0, width: 0.001, height: 0.2, minWidth: 2 }).attrs['width']).toBe(2);
    expect(one({ type: 'rect', key: 'b', className: 'bar', x: 0, y: 0, width: 0.5, height: 0.2, minWidth: 2 }).attrs['width']).toBe(90);
  });

  test('text: pixel dx/dy offsets, anchor and baseline dy', () => {
    expect(one({ type: 'text', key: 't', className: 'tick', x: 0, y: 1, dx: -6, dy: 8, anchor: 'end', text: 'A' })).toEqual({
      key: 't', tag: 'text', attrs: { class: 'tick', x: 34, y: 118, 'text-anchor': 'end' }, text: 'A', role: 'fixed', label: 't', priority: 2, offsetX: -6,
    });
    expect(one({ type: 'text', key: 't', className: 'tick', x: 0, y: 0, anchor: 'start', baseline: 'middle', text: 'M' }).attrs['dy']).toBe('0.35em');
    expect(one({ type: 'text', key: 't', className: 'tick', x: 0, y: 0, anchor: 'middle', baseline: 'hanging', text: 'H' }).attrs['dy']).toBe('0.8em');
  });

  test('dot: a circle whose radius stays in pixels', () => {
    expect(one({ type: 'dot', key: 'd', className: 'dot', x: 1, y: 0, r: 3.5 })).toEqual({ key: 'd', tag: 'circle', attrs: { class: 'dot', cx: 220, cy: 10, r: 3.5 } });
  });

  test('the plot area never collapses below 1 px', () => {
    expect(one({ type: 'path', key: 'p', className: 'line', points: [[0, 0], [1, 1]] }, { width: 30, height: 20 }).attrs['d']).toBe('M40,10L41,11');
  });

  test('marks keep their order and keys', () => {
    const marks: Mark[] = [
      { type: 'dot', key: 'a', className: 'dot', x: 0, y: 0, r: 1 },
      { type: 'text', key: 'b', className: 'label', x: 0, y: 0, anchor: 'start', text: 'b' },
    ];
    expect(positionMarks(scene(marks), size).map((m) => `${m.tag}:${m.key}`)).toEqual(['circle:a', 'text:b']);
  });
});
