/** The scroll sensor, and the only file that imports scrollama: it only says "something crossed a line; look again". */
import scrollama from 'scrollama';

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
  // One scrollama for every line: each step carries its own line in data-offset (scrollama reads it per element). Each
  // scrollama adds a scroll listener to the document that reads the scroll offset, and keeps it after `destroy`: one
  // sensor, not one per scrolly, so a scroll event runs one such listener (and a reset adds one, not one per scrolly).
  let sensor: ReturnType<typeof scrollama> | undefined;
  const setup = () => {
    sensor?.destroy();
    const lines: HTMLElement[] = [];
    for (const scrolly of scrollies) {
      const offset = String(triggerOf(scrolly));
      for (const step of scrolly.querySelectorAll<HTMLElement>(':scope > .scrolly-steps > .step')) {
        step.dataset['offset'] = offset;
        lines.push(step);
      }
    }
    for (const chapter of chapters) {
      chapter.dataset['offset'] = '0.5';
      lines.push(chapter);
    }
    sensor = lines.length ? scrollama().setup({ step: lines }).onStepEnter(onCross).onStepExit(onCross) : undefined;
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
      sensor?.destroy();
    },
  };
}
