/** PLACEHOLDER for the day chart: replace with the real chart (see src/charts/climb/climb.ts). */
import type { ChartDefinition } from '../lib/chart';
import { dayStates, type DayState } from './day-states';

export function dayChart(): ChartDefinition<DayState> {
  return {
    id: 'day',
    title: 'day',
    states: dayStates,
    scene: (state) => ({ chart: 'day', state, title: 'day', subtitle: '', alt: 'day', margin: { top: 0, right: 0, bottom: 0, left: 0 }, marks: [] }),
    data: () => ({ columns: [], rows: [] }),
    source: '',
  };
}
