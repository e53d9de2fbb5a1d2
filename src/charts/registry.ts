/** Every chart, in one list: the build's lookup from a chart id to its definition, and the states MDX may name. */
import { climb } from './climb/climb';
import { orders } from './orders/orders';
import { day } from './day/day';
import { fed } from './fed/fed';
import { scale } from './scale/scale';
import { indices } from './indices/indices';
import { gold } from './gold/gold';
import { unknownStateMessage, type Chart } from './define-chart';

/** The charts, in story order. A new chart is declared with defineChart in its folder and added here. */
export const charts: readonly Chart[] = [climb, orders, day, fed, scale, indices, gold];

const byId = new Map(charts.map((c) => [c.id, c]));

/** The chart with this id; an unknown id throws naming `where` and the ids that exist. */
export function getChart(id: string | undefined, where = 'chart'): Chart {
  const chart = id === undefined ? undefined : byId.get(id);
  if (!chart) throw new Error(`${where}: unknown chart ${id === undefined ? '(none given)' : `"${id}"`}; expected one of: ${[...byId.keys()].join(', ')}`);
  return chart;
}

/** Throws naming `where` unless chart `id` has `state`: the one check behind every <Step>, <Figure> and share card. */
export function assertState(id: string, state: string | undefined, where: string): void {
  const chart = getChart(id, where);
  if (state === undefined || !chart.hasState(state)) throw new Error(unknownStateMessage(chart, state, where));
}
