/** Gridlines and tick labels as marks, keyed by value so they glide between states. */
import type { Mark } from './scene';

/** Horizontal gridlines with labels in the left margin. `y` maps a value to a plot fraction. */
export function yGrid(values: number[], y: (v: number) => number, label: (v: number) => string): Mark[] {
  return values.flatMap((v): Mark[] => [
    { type: 'rule', key: `grid-y-${v}`, className: 'grid', x1: 0, x2: 1, y1: y(v), y2: y(v) },
    { type: 'text', key: `tick-y-${v}`, className: 'tick', x: 0, y: y(v), dx: -6, anchor: 'end', baseline: 'middle', text: label(v) },
  ]);
}

/** Tick labels under the plot. `x` maps a tick to a plot fraction; `id` keys it across states. */
export function xTicks<T>(ticks: T[], x: (t: T) => number, label: (t: T) => string, id: (t: T) => string): Mark[] {
  return ticks.map((t): Mark => ({ type: 'text', key: `tick-x-${id(t)}`, className: 'tick', x: x(t), y: 1, dy: 8, anchor: 'middle', baseline: 'hanging', text: label(t) }));
}

/** The baseline under the plot. */
export const xAxisLine = (): Mark => ({ type: 'rule', key: 'axis-x', className: 'axis', x1: 0, x2: 1, y1: 1, y2: 1 });
