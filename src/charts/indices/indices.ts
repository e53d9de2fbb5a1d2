/** PLACEHOLDER for the indices chart: replace with the real chart (see src/charts/climb/climb.ts). */
import type { ChartDefinition } from '../lib/chart';
import { indicesStates, type IndicesState } from './indices-states';

export function indicesChart(): ChartDefinition<IndicesState> {
  return {
    id: 'indices',
    title: 'indices',
    states: indicesStates,
    scene: (state) => ({ chart: 'indices', state, title: 'indices', subtitle: '', alt: 'indices', margin: { top: 0, right: 0, bottom: 0, left: 0 }, marks: [] }),
    data: () => ({ columns: [], rows: [] }),
    source: '',
  };
}
