/** Every chart's state names, without data: what the MDX checker (src/mdx/remark-steps.ts) validates against. */
import { climbStates } from './climb/climb-states';

export const chartStates: Record<string, readonly string[]> = {
  climb: climbStates,
};
