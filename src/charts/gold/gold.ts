/** PLACEHOLDER for the gold chart: replace with the real chart (see src/charts/climb/climb.ts). */
import type { ChartDefinition } from '../lib/chart';
import { goldStates, type GoldState } from './gold-states';

export function goldChart(): ChartDefinition<GoldState> {
  return {
    id: 'gold',
    title: 'gold',
    states: goldStates,
    scene: (state) => ({ chart: 'gold', state, title: 'gold', subtitle: '', alt: 'gold', margin: { top: 0, right: 0, bottom: 0, left: 0 }, marks: [] }),
    data: () => ({ columns: [], rows: [] }),
    source: '',
  };
}
