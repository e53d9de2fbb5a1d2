/** Every chart's state names, without data: what the MDX checker (src/mdx/remark-steps.ts) validates against. */
import { climbStates } from './climb/climb-states';
import { ordersStates } from './orders/orders-states';
import { dayStates } from './day/day-states';
import { fedStates } from './fed/fed-states';
import { scaleStates } from './scale/scale-states';
import { indicesStates } from './indices/indices-states';
import { goldStates } from './gold/gold-states';

export const chartStates: Record<string, readonly string[]> = {
  climb: climbStates,
  orders: ordersStates,
  day: dayStates,
  fed: fedStates,
  scale: scaleStates,
  indices: indicesStates,
  gold: goldStates,
};
