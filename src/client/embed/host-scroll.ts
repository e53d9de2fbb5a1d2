/** Steps driven by the host page's scroll: which step a stepper shows, from where it sits in the host's viewport (no DOM). */
import type { HostPosition } from './frame-messages';

/**
 * The step to show for a stepper whose box spans `top`..`bottom` in the frame's document, when the
 * host reports its viewport and the frame's position. While the box's middle travels from 75% to 25%
 * of the host's viewport height the steps advance evenly; before that it is the first step, after it
 * the last. The box stays mostly in view over that stretch, so the reader sees each state change.
 */
export function hostScrollStep(position: HostPosition, top: number, bottom: number, steps: number): number {
  if (steps <= 1) return 0;
  const middle = position.top + (top + bottom) / 2;
  const start = position.viewportHeight * 0.75;
  const end = position.viewportHeight * 0.25;
  const progress = (start - middle) / (start - end);
  return Math.min(steps - 1, Math.max(0, Math.floor(progress * steps)));
}
