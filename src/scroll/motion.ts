/** Transition length: zero unless the reader's system allows motion. */

export const TRANSITION_MS = 600;

export function transitionMs(): number {
  return window.matchMedia('(prefers-reduced-motion: no-preference)').matches ? TRANSITION_MS : 0;
}
