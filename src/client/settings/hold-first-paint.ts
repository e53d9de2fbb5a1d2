/** The inline script that holds the first paint until the reading bar, and the step a deep link names, are parsed whole (ReaderBoot.astro inlines it). */

/** What the page holds its first paint for, from the build. */
export interface FirstPaintHolds {
  /** The id of the reading bar's last element, or null on a page without the bar. */
  barEnd: string | null;
  /** The ids of the page's steps, in document order. */
  steps: readonly string[];
  /** The id of an element that starts after the last step ends. */
  afterSteps: string;
}

/** A value as a script literal that can sit inside <script>: no `<` to close the element early. */
const literal = (value: unknown): string => JSON.stringify(value).replace(/</g, '\\u003c');

/**
 * Asks the browser (Chromium: `<link rel="expect" blocking="render">`; others ignore it) to draw no frame before the
 * reading bar is parsed whole, and at a deep link to a step, before that step is. Drawn half-parsed, as a busy machine
 * did, a button grew as its label arrived and moved its neighbours (a layout shift), and a deep link showed the top of
 * the page before its step.
 *
 * Each hold names the element that starts just after the part that must be whole: the bar's last element (a popover,
 * hidden until opened), the next step (or, after the last, `afterSteps`). The specification releases a hold when its
 * element is parsed whole, Chromium 156 as soon as the element is inserted: named this way, both hold long enough.
 * A deep link to anything else (a chapter, the notes) holds until that element is inserted. Added from script rather
 * than written in <head>: only with script is the bar shown, and a hold depends on the address.
 */
export function holdFirstPaintScript({ barEnd, steps, afterSteps }: FirstPaintHolds): string {
  return (
    `try{var d=document,e=function(i){var l=d.createElement("link");l.rel="expect";l.setAttribute("blocking","render");` +
    `l.href="#"+encodeURIComponent(i);d.head.appendChild(l)};` +
    (barEnd ? `e(${literal(barEnd)});` : '') +
    `var s=${literal(steps)},t=decodeURIComponent(location.hash.slice(1)),n=s.indexOf(t);` +
    `if(t)e(n<0?t:s[n+1]||${literal(afterSteps)})}catch(x){}`
  );
}
