/** The scroll sensor, and the only file that imports scrollama: it only says "steps moved; look again". */
import scrollama from 'scrollama';

/** Calls `onMove` whenever a step crosses the trigger line (a fraction of the viewport height). */
export function watchSteps(steps: HTMLElement[], trigger: number, onMove: () => void): () => void {
  const sensor = scrollama();
  sensor.setup({ step: steps, offset: trigger }).onStepEnter(onMove).onStepExit(onMove);
  return () => sensor.destroy();
}
