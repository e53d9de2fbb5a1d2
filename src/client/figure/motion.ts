/** Transition length: zero unless motion is allowed (the reader's motion setting on the page, else their system's). */
import { motionAllowed } from '../settings/settings';

export const TRANSITION_MS = 600;

export function transitionMs(): number {
  return motionAllowed() ? TRANSITION_MS : 0;
}
