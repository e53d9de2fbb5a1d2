/** oEmbed 1.0 per chapter (type "rich"): the iframe snippet, its size, and the share card as thumbnail; found through the chapter page's discovery link. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getChapters, type Chapter } from '../../site/chapters';
import { chapterUrls, embedTarget } from '../../site/chapter-links';
import { absoluteUrl } from '../../site/url';
import { EMBED_START_HEIGHT, EMBED_WIDTH, iframeSnippet } from '../../site/embed-snippets';
import { CARD } from '../../site/share/share-card';

export const getStaticPaths = (async () =>
  (await getChapters()).map((chapter) => ({ params: { chapter: chapter.slug }, props: { chapter } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) => {
  const { entry, slug } = props.chapter as Chapter;
  const urls = chapterUrls(slug, site);
  const body = {
    version: '1.0',
    type: 'rich',
    title: entry.data.title,
    provider_name: 'Seven Thousand',
    provider_url: absoluteUrl('', site),
    html: iframeSnippet(embedTarget(slug, entry.data.title, site)),
    width: EMBED_WIDTH,
    height: EMBED_START_HEIGHT,
    thumbnail_url: urls.share,
    thumbnail_width: CARD.width,
    thumbnail_height: CARD.height,
    cache_age: 86400,
  };
  return new Response(JSON.stringify(body, null, 2), { headers: { 'Content-Type': 'application/json' } });
};
