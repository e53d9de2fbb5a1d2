/** The HTML an editor pastes to embed a chapter: a plain iframe (auto height with @newswire/frames or any AMP embed-size host) or pym.js's container. */

export interface EmbedTarget {
  /** Chapter slug, for the pym container id. */
  slug: string;
  title: string;
  /** Absolute URL of /embed/<slug>/. */
  embedUrl: string;
  /** Absolute URL of the chapter page (the link shown until pym.js loads). */
  pageUrl: string;
}

/** Height an iframe starts at before the embed reports its own; the oEmbed JSON gives the same. */
export const EMBED_START_HEIGHT = 800;
/** Width the oEmbed JSON gives; the iframe itself is 100% of its container (300 px and up). */
export const EMBED_WIDTH = 640;

const attr = (s: string): string => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * A plain iframe: works on any page at its start height (scrolling inside if it must), and is sized to its content
 * by @newswire/frames (`observeIframe`), amp-iframe with `resizable`, or any host that reads the AMP embed-size message.
 */
export function iframeSnippet(t: EmbedTarget): string {
  return `<iframe src="${attr(t.embedUrl)}" title="${attr(t.title)}" width="100%" height="${EMBED_START_HEIGHT}" style="border:0;width:100%;min-width:300px" loading="lazy"></iframe>`;
}

/** For pages that load @newswire/frames and call `autoInitFrames()`. */
export function framesSnippet(t: EmbedTarget): string {
  return `<div data-frame-src="${attr(t.embedUrl)}" data-frame-attribute-title="${attr(t.title)}"></div>`;
}

/** For pages that load pym.js (its autoInit finds `data-pym-src`); `trackscroll` lets the reader's scrolling move the chart's steps. */
export function pymSnippet(t: EmbedTarget): string {
  return `<div id="seven-thousand-${attr(t.slug)}" data-pym-src="${attr(t.embedUrl)}" data-pym-title="${attr(t.title)}" data-pym-trackscroll="true"><a href="${attr(t.pageUrl)}">${attr(t.title)}</a></div>`;
}
