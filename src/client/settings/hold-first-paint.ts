/** The inline script that holds a deep link's first paint until the addressed element is parsed whole (ReaderBoot.astro inlines it). */

/**
 * Asks the browser (Chromium: `<link rel="expect" blocking="render">`) not to draw a frame before the element the
 * address names is parsed, so a reader opening `…#a-step` first sees that step complete where it will stay, rather
 * than the top of the page or a step whose buttons are still growing as their labels arrive (layout shifts seen under
 * load). Browsers without `rel=expect` ignore the link; an address naming nothing holds the paint until the page is
 * parsed, which is when it would have been scrolled to anyway.
 */
export const HOLD_FIRST_PAINT_SCRIPT =
  `try{if(location.hash.length>1){var l=document.createElement("link");l.rel="expect";` +
  `l.setAttribute("blocking","render");l.href=location.hash;document.head.appendChild(l)}}catch(e){}`;
