/** robots.txt: everything may be crawled (embeds say noindex themselves); points at the sitemap on SITE_ORIGIN. */
import type { APIRoute } from 'astro';
import { absoluteUrl } from '../site/url';

export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl('sitemap.xml', site)}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
