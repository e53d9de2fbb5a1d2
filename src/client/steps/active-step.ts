/** The scroll state model: the active step is a pure function of the steps' positions and the trigger line. */

/**
 * Index of the active step: the last step whose top has reached the trigger line (a y position
 * in viewport pixels), or the first step while none has. Being a function of positions alone, it
 * gives the same answer after a slow scroll, a fast one, a jump, a reload or back/forward.
 */
export function activeStepIndex(stepTops: readonly number[], triggerY: number): number {
  let active = 0;
  stepTops.forEach((top, i) => {
    if (top <= triggerY) active = i;
  });
  return active;
}
