/** The scroll sensor, and the only file that imports scrollama: it only says "steps moved; look again". */
import scrollama, { type DecimalType } from 'scrollama';

/** Calls `onMove` whenever a step crosses the trigger line (a fraction of the viewport height). */
export function watchSteps(steps: HTMLElement[], trigger: number, onMove: () => void): () => void {
  const sensor = scrollama();
  // scrollama's types list tenths only; at run time any fraction from 0 to 1 works.
  sensor.setup({ step: steps, offset: trigger as DecimalType }).onStepEnter(onMove).onStepExit(onMove);
  return () => sensor.destroy();
}
