/** PLACEHOLDER for the fed chart: replace with the real chart (see src/charts/climb/climb.ts). */
import type { ChartDefinition } from '../lib/chart';
import { fedStates, type FedState } from './fed-states';

export function fedChart(): ChartDefinition<FedState> {
  return {
    id: 'fed',
    title: 'fed',
    states: fedStates,
    scene: (state) => ({ chart: 'fed', state, title: 'fed', subtitle: '', alt: 'fed', margin: { top: 0, right: 0, bottom: 0, left: 0 }, marks: [] }),
    data: () => ({ columns: [], rows: [] }),
    source: '',
  };
}
