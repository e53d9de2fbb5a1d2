/**
 * The HTML an editor pastes to embed a chapter (also oEmbed's `html`): a plain iframe that fits any height and is
 * sized by any resizer it finds (pym.js, @newswire/frames, amp-iframe, WordPress), or the containers of pym.js and
 * @newswire/frames; and the height the iframe starts at.
 */

export interface EmbedTarget {
  /** Chapter slug, for the pym container id. */
  slug: string;
  title: string;
  /** Absolute URL of /embed/<slug>/. */
  embedUrl: string;
  /** Absolute URL of the chapter page (the link shown until pym.js loads). */
  pageUrl: string;
}

/** The width oEmbed states; the iframe itself is 100% of its container (300 px and up). */
export const EMBED_WIDTH = 640;

/** WordPress never makes an embed taller than this (wp-embed.js), and shows oEmbed html at its own height until asked. */
const WP_MAX_HEIGHT = 1000;

/**
 * The fitted layout (src/styles/embed.css, layout fit) at a frame `width` px wide, in CSS px: the chart at its
 * natural shape in the text column (48rem at most, 0.75rem padding each side: 360:440 below 560 px, else 720:480),
 * the rest of the layout (the chapter's title, the chart's heading, the step controls, the source line, the link out),
 * and seven lines of a step's text. The browser tests hold every chapter to it at the stated width.
 */
export function fitStartHeight(width: number): number {
  const column = Math.min(width, 768 + 24) - 24;
  const chart = column * (column >= 560 ? 480 / 720 : 440 / 360);
  const rest = 360;
  const text = 7 * 24 + 16;
  return Math.min(WP_MAX_HEIGHT, Math.ceil(chart + rest + text));
}

/** Height an iframe starts at before the embed asks for its own (and the oEmbed height): the fitted layout's at the stated width. */
export const EMBED_START_HEIGHT = fitStartHeight(EMBED_WIDTH);

const attr = (s: string): string => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * A bare iframe, pasted as is or through oEmbed: it fits whatever height it has (fitted layout, no inner scrollbar),
 * and a resizer sizes it to the whole chapter. After WordPress's sanitising only src, width, height, frameborder
 * and title survive (and WordPress adds its own sandbox and loading), which is all it needs.
 */
export function iframeSnippet(t: EmbedTarget, height = EMBED_START_HEIGHT): string {
  return `<iframe src="${attr(t.embedUrl)}" title="${attr(t.title)}" width="100%" height="${height}" frameborder="0" style="border:0;width:100%;min-width:300px" loading="lazy"></iframe>`;
}

/** For pages that load @newswire/frames and call `autoInitFrames()`. */
export function framesSnippet(t: EmbedTarget): string {
  return `<div data-frame-src="${attr(t.embedUrl)}" data-frame-attribute-title="${attr(t.title)}"></div>`;
}

/** For pages that load pym.js (its autoInit finds `data-pym-src`); `trackscroll` lets the reader's scrolling move the chart's steps. */
export function pymSnippet(t: EmbedTarget): string {
  return `<div id="seven-thousand-${attr(t.slug)}" data-pym-src="${attr(t.embedUrl)}" data-pym-title="${attr(t.title)}" data-pym-trackscroll="true"><a href="${attr(t.pageUrl)}">${attr(t.title)}</a></div>`;
}
