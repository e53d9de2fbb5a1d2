/** The one base-aware URL helper: every internal link, asset and download goes through it. */

/** Joins the site's base path with `path` ("the-climb/", "data/x.csv", "#step"); fragments stay as they are. */
export function url(path: string, base: string = import.meta.env.BASE_URL): string {
  if (path.startsWith('#') || /^[a-z][a-z0-9+.-]*:/i.test(path)) return path;
  const root = base.endsWith('/') ? base : `${base}/`;
  return root + path.replace(/^\/+/, '');
}

/** The absolute URL of `path` on the configured origin (SITE_ORIGIN), for canonical links, share cards, oEmbed and sitemaps. */
export function absoluteUrl(path: string, site: URL | string | undefined, base: string = import.meta.env.BASE_URL): string {
  if (!site) throw new Error(`absoluteUrl("${path}"): no site origin configured (set SITE_ORIGIN)`);
  return new URL(url(path, base), site).href;
}
