/** Where a chapter lives: its page, embed, oEmbed JSON and share card, as base-aware paths and absolute URLs. */
import { absoluteUrl } from './url';
import type { EmbedTarget } from './embed-snippets';

export const pagePath = (slug: string) => `${slug}/`;
export const embedPath = (slug: string) => `embed/${slug}/`;
export const oembedPath = (slug: string) => `oembed/${slug}.json`;
export const sharePath = (slug: string) => `share/${slug}.png`;

/** Absolute URLs (on SITE_ORIGIN, under the base) of everything a chapter publishes. */
export function chapterUrls(slug: string, site: URL | undefined) {
  return {
    page: absoluteUrl(pagePath(slug), site),
    embed: absoluteUrl(embedPath(slug), site),
    oembed: absoluteUrl(oembedPath(slug), site),
    share: absoluteUrl(sharePath(slug), site),
  };
}

export function embedTarget(slug: string, title: string, site: URL | undefined): EmbedTarget {
  const u = chapterUrls(slug, site);
  return { slug, title, embedUrl: u.embed, pageUrl: u.page };
}
