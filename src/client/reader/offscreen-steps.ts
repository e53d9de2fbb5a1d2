/** Lets step lists far from the view skip their rendering (`content-visibility`), keeping exactly the size they last laid out at. */
import { SETTINGS_CHANGE } from '../settings/settings';

/** Set on the root while every step list's size is remembered from a layout at the current width and mode (global.css). */
const STEPS_SIZED = 'data-steps-sized';
/** Set on a step list more than FAR_BEYOND window heights from the view: only such a list may skip its rendering. */
const FAR = 'data-far';
/** Window heights between the view and a list that may skip: what the browser may scroll on its own before the page's next frame. */
const FAR_BEYOND = 2;

/**
 * Marks each step list far from the view (FAR) at every scroll event: the browser fires it in the frame that first
 * shows the new position, before that frame's layout and paint, so a list coming near is rendered in the frame it
 * comes near in, whether the reader scrolled or the page jumped to a step (a deep link, the contents, back). A list in
 * view never skips: when it did, even for one frame, Chromium reported its steps as a layout shift from an empty box.
 * STEPS_SIZED is set two frames after the start and after each resize or settings change (mode, text size): every list
 * first lays out without skipping and the browser remembers its size as that frame ends (`contain-intrinsic-size:
 * auto`), so a list that then skips keeps exactly its size.
 */
export function setupOffscreenSteps(root: HTMLElement = document.documentElement): void {
  const lists = [...document.querySelectorAll<HTMLElement>('.scrolly-steps')];
  if (!lists.length) return;
  // Reads the lists' boxes where they are now, so content that grew above a list (a data table opened) is no matter.
  // The read lays out what is pending a little earlier in the frame; positions kept from a resize observer would not
  // spare that (scrollY and innerHeight read layout too), and were tried: no cheaper in a trace.
  const mark = () => {
    const reach = FAR_BEYOND * innerHeight;
    for (const list of lists) {
      const { top, bottom } = list.getBoundingClientRect();
      const far = bottom < -reach || top > innerHeight + reach;
      if (list.hasAttribute(FAR) !== far) list.toggleAttribute(FAR, far);
    }
  };
  let frame = 0;
  const measureAgain = () => {
    root.removeAttribute(STEPS_SIZED);
    mark();
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(() => root.setAttribute(STEPS_SIZED, ''));
    });
  };
  measureAgain();
  addEventListener('scroll', mark, { passive: true });
  addEventListener('resize', measureAgain);
  addEventListener(SETTINGS_CHANGE, measureAgain);
}
