// Covers src/charts/scene/downsample.ts: keeps first and last, each pixel column's min and max, and leaves short lines alone.
import { describe, expect, test } from 'vitest';
import { downsample } from '../../../../src/charts/scene/downsample';

/** A wiggly line of n points with x spread evenly over [0, 1]. */
const wiggle = (n: number): [number, number][] => Array.from({ length: n }, (_, i) => [i / (n - 1), 0.5 + 0.4 * Math.sin(i * 0.7) * Math.cos(i * 0.13)]);

describe('downsample', () => {
  test('no-op when there are at most two points per column', () => {
    const points = wiggle(20);
    expect(downsample(points, 10)).toBe(points);
    expect(downsample([], 10)).toEqual([]);
  });

  test('keeps the lowest and highest point of every column, in x order, plus the true ends', () => {
    const points = wiggle(1000);
    const columns = 10;
    const out = downsample(points, columns);
    expect(out[0]).toBe(points[0]);
    expect(out[out.length - 1]).toBe(points[points.length - 1]);
    expect(out.length).toBeLessThanOrEqual(columns * 2 + 2);
    for (const p of out) expect(points).toContain(p);
    for (let i = 1; i < out.length; i++) expect(out[i]![0]).toBeGreaterThan(out[i - 1]![0]);
    for (let c = 0; c < columns; c++) {
      const inColumn = points.filter((p) => Math.min(columns - 1, Math.floor(p[0] * columns)) === c);
      const ys = inColumn.map((p) => p[1]);
      const kept = out.filter((p) => inColumn.includes(p)).map((p) => p[1]);
      expect(kept).toContain(Math.min(...ys));
      expect(kept).toContain(Math.max(...ys));
    }
  });

  test('a flat column keeps one point; the last point is still kept', () => {
    const flat: [number, number][] = Array.from({ length: 100 }, (_, i) => [i / 99, 0.5]);
    const out = downsample(flat, 4);
    expect(out.map((p) => p[0])).toEqual([0, 25 / 99, 50 / 99, 75 / 99, 1]);
  });

  test('a spike inside a column survives', () => {
    const points: [number, number][] = Array.from({ length: 100 }, (_, i) => [i / 99, i === 37 ? 0.01 : 0.5]);
    expect(downsample(points, 5)).toContain(points[37]);
  });
});
