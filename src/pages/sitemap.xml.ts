/** sitemap.xml: the article and every chapter page, as absolute URLs on SITE_ORIGIN under the base (embeds are noindex and left out). */
import type { APIRoute } from 'astro';
import { getChapters } from '../site/chapters';
import { pagePath } from '../site/chapter-links';
import { absoluteUrl } from '../site/url';

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

export const GET: APIRoute = async ({ site }) => {
  const urls = [absoluteUrl('', site), ...(await getChapters()).map((c) => absoluteUrl(pagePath(c.slug), site))];
  const xml = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...urls.map((u) => `  <url><loc>${escape(u)}</loc></url>`),
    '</urlset>',
    '',
  ].join('\n');
  return new Response(xml, { headers: { 'Content-Type': 'application/xml' } });
};
