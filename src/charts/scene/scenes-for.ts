/** Computes a chart's scenes for the given states in both size classes: what the browser receives as JSON. */
import type { Chart } from '../define-chart';
import type { Scene } from './scene';
import { sizeClasses, type SizeClass } from './size-classes';

export type SceneSet = Record<SizeClass, Record<string, Scene>>;

export function scenesFor(chart: Chart, states: readonly string[]): SceneSet {
  const set = {} as SceneSet;
  for (const [name, size] of Object.entries(sizeClasses) as [SizeClass, (typeof sizeClasses)[SizeClass]][]) {
    set[name] = Object.fromEntries(states.map((s) => [s, chart.scene(s, size)]));
  }
  return set;
}
