/** The stepper reading mode: each scrolly shows one step at a time, chosen with the step controls, never by scrolling. */
import { mode } from '../reader/settings';

/** The step is on show: always in the scroll and article modes; in stepper mode, the one step per scrolly CSS shows. */
export const onShow = (step: HTMLElement): boolean => getComputedStyle(step).visibility !== 'hidden';

/**
 * The step on show, by index, in stepper mode; undefined in the other modes. CSS decides which step is
 * shown (the one chosen with the controls, else the one the address targets, else the first), so
 * this reads the result rather than repeating the rule.
 */
export function shownStepIndex(steps: readonly HTMLElement[]): number | undefined {
  if (mode() !== 'stepper') return undefined;
  const i = steps.findIndex(onShow);
  return i >= 0 ? i : undefined;
}

/** Puts `step` on show in its scrolly and tells the page (the figure follows). */
export function showStep(step: HTMLElement): void {
  for (const s of step.parentElement?.children ?? []) s.classList.toggle('is-shown', s === step);
  dispatchEvent(new Event('reader:change'));
}
