/** The scroll sensor, and the only file that imports scrollama: it only says "something crossed a line; look again". */
import scrollama, { type DecimalType } from 'scrollama';

/**
 * Calls `onCross` whenever a step crosses its scrolly's trigger line (a fraction of the viewport height, from
 * `triggerOf`) or a chapter's edge crosses the middle of the window. The lines follow window resizes.
 * Returns `stop`, and `reset` to place the lines again (after a reading mode moves them).
 */
export function watchCrossings(
  scrollies: HTMLElement[],
  chapters: HTMLElement[],
  triggerOf: (scrolly: HTMLElement) => number,
  onCross: () => void,
): { stop: () => void; reset: () => void } {
  let sensors: ReturnType<typeof scrollama>[] = [];
  const watch = (step: HTMLElement[], offset: number) => {
    if (!step.length) return;
    // scrollama's types list tenths only; at run time any fraction from 0 to 1 works.
    sensors.push(scrollama().setup({ step, offset: offset as DecimalType }).onStepEnter(onCross).onStepExit(onCross));
  };
  const setup = () => {
    sensors.forEach((s) => s.destroy());
    sensors = [];
    for (const scrolly of scrollies) watch([...scrolly.querySelectorAll<HTMLElement>(':scope > .scrolly-steps > .step')], triggerOf(scrolly));
    watch(chapters, 0.5);
  };
  let frame = 0;
  const onResize = () => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(setup);
  };
  setup();
  addEventListener('resize', onResize);
  addEventListener('scrollend', onCross);
  return {
    reset: setup,
    stop: () => {
      removeEventListener('resize', onResize);
      removeEventListener('scrollend', onCross);
      cancelAnimationFrame(frame);
      sensors.forEach((s) => s.destroy());
    },
  };
}
