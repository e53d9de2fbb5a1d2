/** PLACEHOLDER for the scale chart: replace with the real chart (see src/charts/climb/climb.ts). */
import type { ChartDefinition } from '../lib/chart';
import { scaleStates, type ScaleState } from './scale-states';

export function scaleChart(): ChartDefinition<ScaleState> {
  return {
    id: 'scale',
    title: 'scale',
    states: scaleStates,
    scene: (state) => ({ chart: 'scale', state, title: 'scale', subtitle: '', alt: 'scale', margin: { top: 0, right: 0, bottom: 0, left: 0 }, marks: [] }),
    data: () => ({ columns: [], rows: [] }),
    source: '',
  };
}
