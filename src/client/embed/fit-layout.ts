/** Which layout an embed shows in the height its frame has, and what height it asks each kind of host for (no DOM). */
import { WP_MAX_HEIGHT } from './frame-messages';
import type { LayoutChoice } from './embed-params';

/** full: the whole chapter, as tall as it is. fit: the chart, one step's text and the step controls, exactly the frame's height. */
export type Layout = 'full' | 'fit';

/** Hosts size frames in whole pixels and the embed asks for whole pixels: a chapter this much taller than the frame still fits. */
export const FIT_TOLERANCE = 1;

/** How long a frame that has been resized before may take to grow to a new height before the embed fits itself instead. */
export const HOST_GRACE_MS = 1000;

/**
 * The layout for a frame `viewport` px tall whose whole chapter needs `full` px. The host's `layout=` wins; otherwise
 * the whole chapter when it fits, else the fitted layout. A full layout stays while a host known to resize the frame
 * (`awaitingHost`) has yet to answer a request for more height, so opening a data table does not flash the fitted layout.
 */
export function chooseLayout(choice: LayoutChoice, viewport: number, full: number, current: Layout | undefined = undefined, awaitingHost = false): Layout {
  if (choice !== 'auto') return choice;
  if (full <= viewport + FIT_TOLERANCE) return 'full';
  return current === 'full' && awaitingHost ? 'full' : 'fit';
}

/**
 * The height to ask a host that sets the frame to what it is asked (pym.js, @newswire/frames, amp-iframe): the whole
 * chapter, or the fitted layout's own height when the host chose `layout=fit`.
 */
export const askedHeight = (choice: LayoutChoice, full: number, fit: number): number => Math.ceil(choice === 'fit' ? fit : full);

/**
 * The height to ask WordPress for. It never makes a frame taller than 1,000 px, so unless the whole chapter fits in
 * that (or the host chose `layout=full`), ask for the fitted layout's own height, which the embed then fills exactly.
 */
export function askedWpHeight(choice: LayoutChoice, full: number, fit: number): number {
  if (choice === 'full' || (choice === 'auto' && full <= WP_MAX_HEIGHT)) return Math.ceil(full);
  return Math.ceil(Math.min(fit, WP_MAX_HEIGHT));
}
