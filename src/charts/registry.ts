/** All charts, bound to their data: the build's single lookup from a chart id to its definition. */
import { climbChart } from './climb/climb';
import { climbData } from '../story/climb';
import { ordersChart } from './orders/orders';
import { dayChart } from './day/day';
import { fedChart } from './fed/fed';
import { scaleChart } from './scale/scale';
import { indicesChart } from './indices/indices';
import { goldChart } from './gold/gold';
import type { ChartDefinition } from './define-chart';

export const charts: Record<string, ChartDefinition> = {
  climb: climbChart(climbData()) as ChartDefinition,
  orders: ordersChart() as ChartDefinition,
  day: dayChart() as ChartDefinition,
  fed: fedChart() as ChartDefinition,
  scale: scaleChart() as ChartDefinition,
  indices: indicesChart() as ChartDefinition,
  gold: goldChart() as ChartDefinition,
};

/** The chart with this id, or an error naming the ids that exist. */
export function getChart(id: string, where = 'chart'): ChartDefinition {
  const chart = charts[id];
  if (!chart) throw new Error(`${where}: unknown chart "${id}"; expected one of: ${Object.keys(charts).join(', ')}`);
  return chart;
}

/** Checks that `chart` has `state`, or throws naming the states that exist. */
export function assertState(chart: ChartDefinition, state: string, where = 'step'): void {
  if (!chart.states.includes(state)) {
    throw new Error(`${where}: chart "${chart.id}" has no state "${state}"; expected one of: ${chart.states.join(', ')}`);
  }
}
