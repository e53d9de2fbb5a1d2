/** The one base-aware URL helper: every internal link, asset and download goes through it. */

/** Joins the site's base path with `path` ("the-climb/", "data/x.csv", "#step"); fragments stay as they are. */
export function url(path: string, base: string = import.meta.env.BASE_URL): string {
  if (path.startsWith('#') || /^[a-z]+:/i.test(path)) return path;
  const root = base.endsWith('/') ? base : `${base}/`;
  return root + path.replace(/^\/+/, '');
}
