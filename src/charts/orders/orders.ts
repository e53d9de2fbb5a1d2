/** PLACEHOLDER for the orders chart: replace with the real chart (see src/charts/climb/climb.ts). */
import type { ChartDefinition } from '../lib/chart';
import { ordersStates, type OrdersState } from './orders-states';

export function ordersChart(): ChartDefinition<OrdersState> {
  return {
    id: 'orders',
    title: 'orders',
    states: ordersStates,
    scene: (state) => ({ chart: 'orders', state, title: 'orders', subtitle: '', alt: 'orders', margin: { top: 0, right: 0, bottom: 0, left: 0 }, marks: [] }),
    data: () => ({ columns: [], rows: [] }),
    source: '',
  };
}
